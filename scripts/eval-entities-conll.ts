/**
 * Entity recognition on CoNLL-2003's eng.testa (../shared/conll, the selection set; the test split is
 * never used): exact-span precision, recall and F1 per type (PER, ORG, LOC) and micro-F1.
 *
 * 1. The learned tagger alone with the shipped weights, on CoNLL's own tokens (what training selects on).
 * 2. The whole recogniser as the engine runs it (recognizeEntities: tagger, then roles, lists,
 *    outlets, linking), on each document's tokens joined by spaces, one sentence per line.
 * 3. The rule recogniser it replaced (rules.ts), on the same text.
 *
 *   npx tsx scripts/eval-entities-conll.ts [--errors]   (also run by `npm run eval`)
 */
import { pathToFileURL } from 'node:url';
import type { Entity } from '../src/core/model/analysis.ts';
import type { Sentence } from '../src/core/text/sentence.ts';
import { recognizeEntities } from '../src/core/entities/recognize.ts';
import { recognizeEntitiesByRules } from '../src/core/entities/rules.ts';
import { NER_TAGS } from '../src/core/entities/learned/tags.ts';
import { ENTITY_WEIGHTS } from '../src/core/entities/learned/weights.ts';
import { unpackModel } from '../src/core/tagger/pack.ts';
import { spansOf } from '../src/core/tagger/tags.ts';
import { loadConll, type ConllDoc } from './lib/conll.ts';
import { CONLL, scoreNer, type NerScoring, type NerSpan, type NerType } from './lib/ner.ts';
import { formatScores, scoreConll } from './train/entities.ts';

/** A CoNLL document as plain text, with its sentences and gold spans in character offsets. */
export interface ConllText {
  text: string;
  sentences: Sentence[];
  gold: NerSpan[];
}

export function conllText(doc: ConllDoc): ConllText {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (let k = 0; k < doc.words.length; k++) {
    if (doc.sentenceFirst[k] && k > 0) {
      sentences[sentences.length - 1]!.end = text.length;
      text += '\n';
    } else if (k > 0) text += ' ';
    if (doc.sentenceFirst[k]) sentences.push({ start: text.length, end: text.length, block: sentences.length });
    starts.push(text.length);
    text += doc.words[k]!;
    ends.push(text.length);
  }
  if (sentences.length) sentences[sentences.length - 1]!.end = text.length;
  const tags = doc.tags.map((t) => NER_TAGS.names.indexOf(t));
  const gold: NerSpan[] = [];
  for (const s of spansOf(tags, NER_TAGS)) {
    if (s.type === 'MISC') continue;
    gold.push({ start: starts[s.start]!, end: ends[s.end - 1]!, type: s.type as NerType });
  }
  return { text, sentences, gold };
}

type Recognizer = (text: string, sentences: Sentence[]) => Entity[];

export function scoreRecognizer(docs: ConllText[], recognize: Recognizer, errors: boolean): number {
  const scored: NerScoring[] = docs.map((d, i) => ({
    id: `testa#${i}`,
    text: d.text,
    gold: d.gold,
    pred: recognize(d.text, d.sentences).map((e) => ({ start: e.start, end: e.end, type: CONLL[e.type] })),
  }));
  return scoreNer(scored, errors);
}

export function evalConll(errors = false): void {
  const docs = loadConll('eng.testa');
  console.log(`\n# Entities: CoNLL-2003 eng.testa (${docs.length} documents; the selection set, no test split)`);
  const tagger = formatScores(scoreConll(unpackModel(ENTITY_WEIGHTS, NER_TAGS), docs)).replace(/ · /g, '\n');
  console.log(`\n## Learned tagger alone, shipped weights, CoNLL tokens\n${tagger}`);
  const texts = docs.map(conllText);
  console.log('\n## Whole recogniser (recognizeEntities), tokens joined by spaces');
  scoreRecognizer(texts, recognizeEntities, errors);
  console.log('\n## Rule recogniser it replaced (rules.ts), same text');
  scoreRecognizer(texts, recognizeEntitiesByRules, false);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) evalConll(process.argv.includes('--errors'));
