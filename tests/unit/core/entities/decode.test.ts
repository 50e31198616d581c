/**
 * The engine decodes entities with weight sums kept per distinct word (learned/decode.ts); `decode`
 * over `nerFeatures` (what training reads) is the simple form of the same. The two must give the
 * same tags and margins to the last bit on real text: CoNLL-2003's eng.testa (headlines in
 * capitals, tables, long documents) and PolNeAR's dev articles as the engine tokenizes them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONLL_DIR, loadConll } from '../../../../scripts/lib/conll.ts';
import { NerDecoder } from '../../../../src/core/entities/learned/decode.ts';
import {
  ALL_FEATURES,
  NerVocabulary,
  nerFacts,
  nerFeatures,
  type FeatureSwitches,
} from '../../../../src/core/entities/learned/features.ts';
import { NER_TAGS } from '../../../../src/core/entities/learned/tags.ts';
import { ENTITY_WEIGHTS } from '../../../../src/core/entities/learned/weights.ts';
import { nameTokens } from '../../../../src/core/entities/tokens.ts';
import { lexicon } from '../../../../src/core/lexicon/index.ts';
import { decode } from '../../../../src/core/tagger/model.ts';
import { unpackModel } from '../../../../src/core/tagger/pack.ts';
import { POLNEAR_DEV_PRESENT, polnearDevTokens } from './helpers.ts';

const model = unpackModel(ENTITY_WEIGHTS, NER_TAGS);

interface Doc {
  words: readonly string[];
  sentenceFirst: Uint8Array;
}

/** Positions where the two decoders disagree, as "doc:position tag/margin vs tag/margin" (none expected). */
function differences(docs: Doc[], switches: FeatureSwitches, maxWords?: number): string[] {
  // One vocabulary for both, and documents read in turn: word sums kept from one document serve the next.
  const vocab = new NerVocabulary(lexicon(nameTokens));
  const fast = new NerDecoder(model, switches, maxWords);
  const out: string[] = [];
  docs.forEach((d, n) => {
    const facts = nerFacts(vocab, d.words, d.sentenceFirst, switches);
    const { featuresAt, observe } = nerFeatures(facts);
    const simple = decode(model, facts.length, featuresAt, { active: facts.active, observe });
    const quick = fast.decode(facts);
    for (let i = 0; i < facts.length; i++) {
      if (simple.tags[i] === quick.tags[i] && Object.is(simple.margins[i], quick.margins[i])) continue;
      out.push(`${n}:${i} ${simple.tags[i]}/${simple.margins[i]} vs ${quick.tags[i]}/${quick.margins[i]}`);
    }
  });
  return out;
}

describe('entity decoding with word sums', () => {
  it.runIf(POLNEAR_DEV_PRESENT)(
    'tags PolNeAR dev exactly as decode over nerFeatures does',
    () => {
      const docs = polnearDevTokens();
      expect(docs.reduce((n, d) => n + d.words.length, 0)).toBeGreaterThan(50_000);
      expect(differences(docs, ALL_FEATURES)).toEqual([]);
    },
    60_000,
  );

  describe.runIf(existsSync(join(CONLL_DIR, 'eng.testa')))('on CoNLL-2003 eng.testa', () => {
    const testa = loadConll('eng.testa');

    it('gives the same tags and margins as decode over nerFeatures', () => {
      expect(differences(testa, ALL_FEATURES)).toEqual([]);
    }, 60_000);

    it('does so when its store of word sums starts afresh between documents', () => {
      expect(differences(testa.slice(0, 60), ALL_FEATURES, 200)).toEqual([]);
    }, 60_000);

    it('does so with a feature group switched off, as the ablations train', () => {
      const noClasses = { ...ALL_FEATURES, classes: false };
      expect(differences(testa.slice(0, 40), noClasses)).toEqual([]);
    }, 60_000);
  });
});
