/**
 * An article as the attribution tagger reads it: one tokenization of the whole text, each token's
 * sentence, and one sequence per block (paragraph), so that a quotation running over several
 * sentences keeps its state and a source can be found in the sentence before its quote.
 */
import type { Sentence } from '../text/sentence.ts';
import { sentenceTokens, type Tokens } from '../tagger/tokenize.ts';
import { factArrays, tokenFacts, type TokenFacts } from './features.ts';

export interface TaggedSequence {
  /** Token range [from, to). */
  from: number;
  to: number;
  facts: TokenFacts;
}

export interface ArticleTokens {
  tokens: Tokens;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  sequences: TaggedSequence[];
}

/** Sequences longer than this are cut at a sentence boundary (a "paragraph" of a whole book). */
const MAX_SEQUENCE = 400;

export function articleTokens(text: string, sentences: Sentence[]): ArticleTokens {
  const sentenceTokensOf = sentenceTokens(text, sentences);
  const { words, starts, ends, sentenceOf } = sentenceTokensOf;
  const tokens: Tokens = { words, starts, ends };
  const sequences: TaggedSequence[] = [];
  // One set of arrays for every sequence's facts, each at its tokens' indices.
  const arrays = factArrays(words.length);
  let from = 0;
  for (let k = 1; k <= words.length; k++) {
    const boundary =
      k === words.length ||
      (sentenceOf[k] !== sentenceOf[k - 1] &&
        (sentences[sentenceOf[k]!]!.block !== sentences[sentenceOf[k - 1]!]!.block || k - from >= MAX_SEQUENCE));
    if (boundary) {
      sequences.push({ from, to: k, facts: tokenFacts(tokens, from, k, sentenceOf, arrays, from, sentenceTokensOf) });
      from = k;
    }
  }
  return { tokens, sentenceOf, sequences };
}
