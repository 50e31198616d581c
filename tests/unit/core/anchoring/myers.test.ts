import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Alphabet, reversed } from '../../../../src/core/anchoring/alphabet.ts';
import { bestHit, editScores, Pattern } from '../../../../src/core/anchoring/myers.ts';

/** Textbook dynamic programming: distance of the pattern to the best substring ending at each position. */
function naiveScores(pattern: string, text: string, anchored: boolean): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const cur = [anchored ? j : 0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[i] = Math.min((prev[i - 1] ?? 0) + cost, (prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1);
    }
    out.push(cur[m] ?? 0);
    prev = cur;
  }
  return out;
}

function scoresOf(pattern: string, text: string, anchored: boolean, leftwards = false): number[] {
  const alphabet = new Alphabet();
  const ids = alphabet.encodeText(text);
  const p = alphabet.encode(pattern);
  const compiled = new Pattern(leftwards ? reversed(p) : p, alphabet.size);
  return Array.from(editScores(compiled, ids, 0, ids.length, leftwards ? -1 : 1, anchored ? 'anchored' : 'free'));
}

describe('Myers bit-parallel matcher', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' '), minLength: 1, maxLength: 90 });

  it('computes the same distances as dynamic programming, for patterns of one and several 32-bit blocks', () => {
    fc.assert(
      fc.property(word, word, fc.boolean(), (pattern, text, anchored) => {
        expect(scoresOf(pattern, text, anchored)).toEqual(naiveScores(pattern, text, anchored));
      }),
      { numRuns: 400 },
    );
  });

  it('scans leftwards with a reversed pattern as dynamic programming on reversed strings', () => {
    fc.assert(
      fc.property(word, word, (pattern, text) => {
        const rev = (s: string) => [...s].reverse().join('');
        expect(scoresOf(pattern, text, true, true)).toEqual(naiveScores(rev(pattern), rev(text), true));
      }),
      { numRuns: 200 },
    );
  });

  it('finds an edited passage with its start, end and error count', () => {
    const text = 'The ministry said on Tuesday that the convoy had been delayed by weather near the border.';
    const alphabet = new Alphabet();
    const ids = alphabet.encodeText(text);
    const quote = 'the convoy was delayed by weather';
    const q = alphabet.encode(quote);
    const hit = bestHit(
      new Pattern(q, alphabet.size),
      new Pattern(reversed(q), alphabet.size),
      ids,
      0,
      ids.length,
      16,
      0,
    );
    expect(hit).not.toBeNull();
    expect(text.slice(hit!.start, hit!.end)).toBe('the convoy had been delayed by weather');
  });
});
