/**
 * The merge of the model's cues with the rules' (cues.ts) drops a model cue that overlaps any rule
 * cue; the test it uses is a binary search, which must answer as the plain pass over all cues does.
 */
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../../src/core/claims/candidate.ts';
import { overlapTest } from '../../../../src/core/claims/cues.ts';

const span = (start: number, end: number): Cue => ({ start, end, kind: 'unnamed-source', confidence: 0.5, reason: '' });
const plain = (spans: Cue[], start: number, end: number) => spans.some((c) => c.start < end && start < c.end);

describe('the overlap test of merged cues', () => {
  it('answers as a pass over every cue does, on unsorted, nested and touching spans', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      // Spans out of order, some long (a cue may reach back over a noun phrase), some touching.
      const spans = Array.from({ length: random(12) }, () => {
        const start = random(200);
        return span(start, start + 1 + random(random(4) === 0 ? 120 : 15));
      });
      const overlaps = overlapTest(spans);
      for (let start = 0; start < 230; start += 3) {
        for (const length of [1, 4, 30]) {
          expect(overlaps(start, start + length), `${start}+${length}`).toBe(plain(spans, start, start + length));
        }
      }
    }
  });

  it('finds no overlap with no cues, and none with a span that only touches', () => {
    expect(overlapTest([])(0, 10)).toBe(false);
    expect(overlapTest([span(10, 20)])(20, 25)).toBe(false);
    expect(overlapTest([span(10, 20)])(5, 10)).toBe(false);
    expect(overlapTest([span(10, 20), span(0, 100)])(50, 51)).toBe(true);
  });
});
