/**
 * tagArticle reads the entity spans from the tag numbers in one pass (learned/tagger.ts); `spansOf`
 * (tagger/tags.ts) is the simple form: the same spans, MISC ones apart, each with the smallest margin
 * of its tags, on PolNeAR's dev articles as the engine tokenizes them.
 */
import { describe, expect, it } from 'vitest';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { NerDecoder } from '../../../../src/core/entities/learned/decode.ts';
import { ALL_FEATURES, NerVocabulary, nerFacts } from '../../../../src/core/entities/learned/features.ts';
import { NER_TAGS } from '../../../../src/core/entities/learned/tags.ts';
import { tagArticle } from '../../../../src/core/entities/learned/tagger.ts';
import { ENTITY_WEIGHTS } from '../../../../src/core/entities/learned/weights.ts';
import { nameTokens } from '../../../../src/core/entities/tokens.ts';
import { lexicon } from '../../../../src/core/lexicon/index.ts';
import { unpackModel } from '../../../../src/core/tagger/pack.ts';
import { spansOf } from '../../../../src/core/tagger/tags.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { POLNEAR_DEV_PRESENT } from './helpers.ts';

describe('entity spans read from tag numbers', () => {
  it.runIf(POLNEAR_DEV_PRESENT)(
    'are the spans spansOf reads on PolNeAR dev',
    () => {
      const lex = lexicon(nameTokens);
      const vocab = new NerVocabulary(lex);
      const decoder = new NerDecoder(unpackModel(ENTITY_WEIGHTS, NER_TAGS), ALL_FEATURES);
      let count = 0;
      for (const doc of loadPolnear('dev')) {
        const tagged = tagArticle(doc.text, segmentSentences(doc.text, linesOf(doc.text)), lex);
        const { tags, margins } = decoder.decode(nerFacts(vocab, tagged.tokens.words, tagged.sentenceFirst));
        const spans: typeof tagged.spans = [];
        const misc: typeof tagged.misc = [];
        for (const s of spansOf(tags, NER_TAGS)) {
          if (s.type === 'MISC') misc.push({ first: s.start, last: s.end - 1 });
          else {
            const margin = Math.min(...Array.from(margins.subarray(s.start, s.end)));
            spans.push({ type: s.type as 'PER' | 'ORG' | 'LOC', first: s.start, last: s.end - 1, margin });
          }
        }
        expect(tagged.spans).toEqual(spans);
        expect(tagged.misc).toEqual(misc);
        count += spans.length + misc.length;
      }
      expect(count).toBeGreaterThan(1000);
    },
    60_000,
  );
});
