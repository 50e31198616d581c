/**
 * The entity tagger reads a token's word facts by the word's id in the engine's vocabulary where it
 * has one: the facts must be those the word's string gives, on PolNeAR's dev articles, and still
 * after the vocabulary starts again (when an id comes to name another word).
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_FEATURES,
  NerVocabulary,
  nerFacts,
  type NerFacts,
} from '../../../../src/core/entities/learned/features.ts';
import { nameTokens } from '../../../../src/core/entities/tokens.ts';
import { lexicon } from '../../../../src/core/lexicon/index.ts';
import { refreshVocabulary, vocabulary, wordId } from '../../../../src/core/tagger/vocabulary.ts';
import { POLNEAR_DEV_PRESENT, polnearDevTokens } from './helpers.ts';

const lex = lexicon(nameTokens);

/** What the tagger reads of a document's facts, per token, in a form two vocabularies can compare. */
function readable(f: NerFacts): unknown {
  return {
    words: f.infos.map((w) => [w.written, w.exact, w.lower, w.shape, w.cap, w.classes, w.title, w.slot].join('|')),
    columns: [f.first, f.capsSentence, f.gazetteer, f.run, f.doc, f.cap, f.asWritten, f.active, f.wordId].map((a) =>
      Array.from(a),
    ),
    distinct: f.distinct,
  };
}

/** Compares the id path (vocabulary `byId`) with the string path (vocabulary `byString`) on PolNeAR dev. */
function compare(byId: NerVocabulary, byString: NerVocabulary, docs: ReturnType<typeof polnearDevTokens>): number {
  let tokens = 0;
  for (const d of docs) {
    expect(d.generation).toBe(vocabulary.generation);
    const fast = nerFacts(byId, d.words, d.sentenceFirst, ALL_FEATURES, { ids: d.ids, generation: d.generation });
    const simple = nerFacts(byString, d.words, d.sentenceFirst);
    expect(readable(fast)).toEqual(readable(simple));
    tokens += d.words.length;
  }
  return tokens;
}

describe('entity word facts by vocabulary id', () => {
  it.runIf(POLNEAR_DEV_PRESENT)('are the facts of the word as a string, also after the vocabulary restarts', () => {
    const byId = new NerVocabulary(lex);
    const byString = new NerVocabulary(lex);
    const before = vocabulary.generation;
    expect(compare(byId, byString, polnearDevTokens())).toBeGreaterThan(10_000);
    // Past the vocabulary's limit, it starts again: ids are given anew.
    for (let k = 0; vocabulary.words.length <= 200_000; k++) wordId(`filler${k}`);
    refreshVocabulary();
    expect(vocabulary.generation).toBe(before + 1);
    // Words first met in the new generation shift the ids: each now names another word than before.
    for (let k = 0; k < 7; k++) wordId(`shift${k}`);
    expect(compare(byId, byString, polnearDevTokens())).toBeGreaterThan(10_000);
  });
});
