/**
 * The learned entity tagger at run time: the article tokenized once with the engine's tokenizer,
 * sentence by sentence, then tagged as one document (so earlier decisions about a word weigh in
 * later), greedily, scoring only the tokens near capitals.
 */
import type { Sentence } from '../../text/sentence.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { unpackModel } from '../../tagger/pack.ts';
import { sentenceTokens, type Tokens } from '../../tagger/tokenize.ts';
import { NerDecoder } from './decode.ts';
import { ALL_FEATURES, NerVocabulary, nerFacts, type NerFacts } from './features.ts';
import { NER_TAGS, type NerType } from './tags.ts';
import { ENTITY_WEIGHTS } from './weights.ts';

export interface TaggedSpan {
  type: Exclude<NerType, 'MISC'>;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** The smallest margin of the span's tags over their best rival (perceptron score units). */
  margin: number;
}

export interface TaggedArticle {
  tokens: Tokens;
  /** 1 where a token opens a sentence. */
  sentenceFirst: Uint8Array;
  /** 1 where a token opens a block (paragraph, heading, title). */
  blockFirst: Uint8Array;
  facts: NerFacts;
  spans: TaggedSpan[];
  /** MISC spans (nationalities, events, products): not entities, but not parts of one either. */
  misc: { first: number; last: number }[];
}

/** Tags that open a span (B-…); tag 0 is O. */
const BEGINS = NER_TAGS.names.map((name) => name.startsWith('B-'));

let decoder: NerDecoder | null = null;
let vocabulary: NerVocabulary | null = null;

function loaded(lex: Lexicon): { decoder: NerDecoder; vocab: NerVocabulary } {
  decoder ??= new NerDecoder(unpackModel(ENTITY_WEIGHTS, NER_TAGS), ALL_FEATURES);
  if (!vocabulary || vocabulary.lex !== lex) vocabulary = new NerVocabulary(lex);
  return { decoder, vocab: vocabulary };
}

export function tagArticle(text: string, sentences: Sentence[], lex: Lexicon): TaggedArticle {
  const { words, starts, ends, sentenceOf, ids, generation } = sentenceTokens(text, sentences);
  const firsts = new Uint8Array(words.length);
  const blockFirsts = new Uint8Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const s = sentenceOf[k]!;
    if (k > 0 && sentenceOf[k - 1] === s) continue;
    firsts[k] = 1;
    // The first token of a block: no earlier token, or the previous token's sentence in another block.
    if (k === 0 || sentences[sentenceOf[k - 1]!]!.block !== sentences[s]!.block) blockFirsts[k] = 1;
  }
  const blockFirst = blockFirsts;
  const tokens: Tokens = { words, starts, ends };
  const sentenceFirst = firsts;
  const { decoder: d, vocab } = loaded(lex);
  const facts = nerFacts(vocab, words, sentenceFirst, ALL_FEATURES, { ids, generation });
  const spans: TaggedSpan[] = [];
  const misc: { first: number; last: number }[] = [];
  if (words.length === 0) return { tokens, sentenceFirst, blockFirst, facts, spans, misc };
  const { tags, margins } = d.decode(facts);
  // The spans `spansOf` (tagger/tags.ts) reads, told by tag numbers: most tokens are O and pass by.
  const types = NER_TAGS.types;
  let open = -1;
  const close = (end: number): void => {
    const type = types[tags[open]!]!;
    if (type === 'MISC') {
      misc.push({ first: open, last: end - 1 });
      return;
    }
    let margin = Infinity;
    for (let k = open; k < end; k++) margin = Math.min(margin, margins[k]!);
    spans.push({ type: type as TaggedSpan['type'], first: open, last: end - 1, margin });
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (open >= 0 && (tag === 0 || BEGINS[tag] || types[tag] !== types[tags[open]!])) {
      close(i);
      open = -1;
    }
    if (tag !== 0 && open < 0) open = i;
  }
  if (open >= 0) close(tags.length);
  return { tokens, sentenceFirst, blockFirst, facts, spans, misc };
}
