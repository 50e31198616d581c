/**
 * openedByNamed finds the attribution before a position with a binary search: the same answers as
 * the plain walk back over every attribution, at every token of PolNeAR dev.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../scripts/lib/paths.ts';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { analyseAttributions, type JudgedAttribution } from '../../../../src/core/attribution/analyse.ts';
import { openedByNamed } from '../../../../src/core/attribution/claim-cues.ts';
import { recognizeEntities } from '../../../../src/core/entities/recognize.ts';
import { tokenize } from '../../../../src/core/tagger/tokenize.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';

const present = existsSync(join(ROOT, '../shared/polnear/dev'));
if (!present) console.warn('../shared/polnear/dev is missing: openedByNamed is not compared with its plain form');

/** The plain form: the nearest attribution back from the article's end whose cue ends by `at`. */
function openedByNamedPlain(text: string, judged: JudgedAttribution[], at: number): boolean {
  for (let k = judged.length - 1; k >= 0; k--) {
    const a = judged[k]!;
    if (a.cue.end > at) continue;
    if (at - a.cue.end > 40) return false;
    const speakerFirst = a.source !== null && a.source.end <= a.cue.start;
    return (
      speakerFirst &&
      a.verdict.status === 'named' &&
      /^\s*(?:(?:that|in)\s+)?(?:the|a|an|this|his|her|their|its)?\s*$/i.test(text.slice(a.cue.end, at))
    );
  }
  return false;
}

describe.skipIf(!present)('openedByNamed on PolNeAR dev', () => {
  it('answers as the walk back over every attribution does', () => {
    let positions = 0;
    let opened = 0;
    for (const { text } of loadPolnear('dev')) {
      const sentences = segmentSentences(text, linesOf(text));
      const judged = analyseAttributions(text, sentences, recognizeEntities(text, sentences));
      for (const at of tokenize(text).starts) {
        const expected = openedByNamedPlain(text, judged, at);
        expect(openedByNamed(text, judged, at)).toBe(expected);
        positions++;
        if (expected) opened++;
      }
    }
    expect(positions).toBeGreaterThan(50_000);
    expect(opened).toBeGreaterThan(20);
  });
});
