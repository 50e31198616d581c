/**
 * Approximate string matching with Myers' bit-parallel algorithm (J. ACM 1999), in the blocked form
 * Hyyrö described for patterns longer than a machine word: the pattern is cut into 32-bit blocks and
 * each text character updates every block, carrying the horizontal delta from one block to the next.
 * Cost: O(⌈m/32⌉) word operations per text character.
 *
 * `editScores` returns, for every text character consumed, the edit distance D between the whole
 * pattern and the best text substring that ends at that character:
 * - `free` start: the substring may start anywhere (searching);
 * - `anchored` start: the substring starts where the scan starts (measuring from a fixed point).
 * Scanning leftwards with a reversed pattern gives the mirror image, used to find a match's start
 * from its end and to compare a suffix that must begin at a fixed point.
 */

export class Pattern {
  readonly length: number;
  readonly blocks: number;
  /** peq[id * blocks + b]: bit i set when pattern[32 b + i] has that id. */
  readonly peq: Int32Array;

  constructor(ids: Uint16Array, alphabetSize: number) {
    this.length = ids.length;
    this.blocks = Math.max(1, Math.ceil(ids.length / 32));
    this.peq = new Int32Array(alphabetSize * this.blocks);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      if (id === 0) continue; // a character the text lacks never matches
      const slot = id * this.blocks + (i >>> 5);
      this.peq[slot] = (this.peq[slot] ?? 0) | (1 << (i & 31));
    }
  }
}

export type Start = 'free' | 'anchored';

// Scratch space shared by every call: anchoring a batch runs thousands of short scans, and fresh
// arrays for each would keep the garbage collector busy.
let scratch = new Int32Array(1024);
let vertical = new Int32Array(64);

/**
 * Scores after each consumed character. Rightwards (step 1) the scan reads text[from], …, text[to-1];
 * leftwards (step -1) it reads text[to-1], …, text[from], and the pattern must be given reversed.
 * The returned array is a view of shared scratch space: read it before the next call.
 */
export function editScores(
  pattern: Pattern,
  text: Uint16Array,
  from: number,
  to: number,
  step: 1 | -1,
  start: Start,
): Int32Array {
  const n = Math.max(0, to - from);
  if (scratch.length < n) scratch = new Int32Array(Math.max(n, scratch.length * 2));
  const out = scratch.subarray(0, n);
  const m = pattern.length;
  if (m === 0) return out.fill(0);
  const w = pattern.blocks;
  const peq = pattern.peq;
  if (vertical.length < 2 * w) vertical = new Int32Array(Math.max(2 * w, vertical.length * 2));
  // pv (vertical +1 deltas) in [0, w), mv (vertical -1 deltas) in [w, 2w).
  const v = vertical;
  v.fill(-1, 0, w);
  v.fill(0, w, 2 * w);
  const lastBit = 1 << ((m - 1) & 31);
  const topHin = start === 'anchored' ? 1 : 0;
  let score = m;
  for (let k = 0; k < n; k++) {
    const c = text[step === 1 ? from + k : to - 1 - k] ?? 0;
    const base = c * w;
    let hin = topHin;
    for (let b = 0; b < w; b++) {
      let eq = peq[base + b] ?? 0;
      const Pv = v[b] ?? 0;
      const Mv = v[w + b] ?? 0;
      const xv = eq | Mv;
      if (hin < 0) eq |= 1;
      const xh = (((eq & Pv) + Pv) ^ Pv) | eq;
      let ph = Mv | ~(xh | Pv);
      let mh = Pv & xh;
      const top = b === w - 1 ? lastBit : -0x80000000;
      const hout = ph & top ? 1 : mh & top ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      v[b] = mh | ~(xv | ph);
      v[w + b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[k] = score;
  }
  return out;
}

/**
 * Edit distance between `pattern` and the text just before `at` (pattern must end at `at`, may
 * start anywhere within `slack` extra characters): how well a stored prefix still fits.
 */
export function distanceEndingAt(pattern: Pattern, text: Uint16Array, at: number, slack: number): number {
  if (pattern.length === 0) return 0;
  const from = Math.max(0, at - pattern.length - slack);
  if (from === at) return pattern.length;
  const scores = editScores(pattern, text, from, at, 1, 'free');
  return scores[scores.length - 1] ?? pattern.length;
}

/**
 * Edit distance between a pattern and the text just after `at` (pattern must start at `at`); the
 * pattern is given reversed.
 */
export function distanceStartingAt(reversedPattern: Pattern, text: Uint16Array, at: number, slack: number): number {
  if (reversedPattern.length === 0) return 0;
  const to = Math.min(text.length, at + reversedPattern.length + slack);
  if (to === at) return reversedPattern.length;
  const scores = editScores(reversedPattern, text, at, to, -1, 'free');
  return scores[scores.length - 1] ?? reversedPattern.length;
}

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The best match of the pattern inside text[from, to) with at most maxErrors errors, or null.
 * Ties go to the end nearest `preferEnd`. The start is found by matching the reversed pattern
 * leftwards from the end.
 */
export function bestHit(
  pattern: Pattern,
  reversedPattern: Pattern,
  text: Uint16Array,
  from: number,
  to: number,
  maxErrors: number,
  preferEnd: number,
): FuzzyMatch | null {
  const scores = editScores(pattern, text, from, to, 1, 'free');
  let bestEnd = -1;
  let bestErrors = maxErrors + 1;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] ?? Infinity;
    const end = from + k + 1;
    if (
      s < bestErrors ||
      (s === bestErrors && bestEnd >= 0 && Math.abs(end - preferEnd) < Math.abs(bestEnd - preferEnd))
    ) {
      bestErrors = s;
      bestEnd = end;
    }
  }
  if (bestEnd < 0) return null;
  return { start: startOf(reversedPattern, text, bestEnd, maxErrors, from), end: bestEnd, errors: bestErrors };
}

/** Where a match ending at `end` starts: the alignment with fewest errors, then length nearest m. */
export function startOf(
  reversedPattern: Pattern,
  text: Uint16Array,
  end: number,
  maxErrors: number,
  floor = 0,
): number {
  const m = reversedPattern.length;
  const from = Math.max(floor, end - m - maxErrors);
  const scores = editScores(reversedPattern, text, from, end, -1, 'anchored');
  let best = 0;
  let bestScore = Infinity;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] ?? Infinity;
    const length = k + 1;
    if (s < bestScore || (s === bestScore && Math.abs(length - m) < Math.abs(best - m))) {
      bestScore = s;
      best = length;
    }
  }
  return end - best;
}

/**
 * All local best matches over [from, to): ends whose score is ≤ maxErrors and not worse than
 * their neighbours, best first, at most `limit`. Used for the whole-text fallback search.
 */
export function allHits(
  pattern: Pattern,
  reversedPattern: Pattern,
  text: Uint16Array,
  from: number,
  to: number,
  maxErrors: number,
  limit: number,
): FuzzyMatch[] {
  const scores = editScores(pattern, text, from, to, 1, 'free');
  const ends: { end: number; errors: number }[] = [];
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] ?? Infinity;
    if (s > maxErrors) continue;
    const prev = k > 0 ? (scores[k - 1] ?? Infinity) : Infinity;
    const next = k + 1 < scores.length ? (scores[k + 1] ?? Infinity) : Infinity;
    if (s <= prev && s < next) ends.push({ end: from + k + 1, errors: s });
  }
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return ends
    .slice(0, limit)
    .map(({ end, errors }) => ({ start: startOf(reversedPattern, text, end, maxErrors), end, errors }));
}

export interface Fit {
  /** Where the context meets the passage: the end of a prefix, the start of a suffix. */
  at: number;
  errors: number;
}

/**
 * Where a stored prefix fits best when it must end within `margin` characters of `around`: the
 * end position with fewest errors, ties nearest `around`. Tells where an edited quote begins.
 */
export function fitBefore(
  prefix: Pattern,
  text: Uint16Array,
  around: number,
  margin: number,
  slack: number,
): Fit | null {
  if (prefix.length === 0) return null;
  const lo = Math.max(0, around - margin);
  const hi = Math.min(text.length, around + margin);
  const from = Math.max(0, lo - prefix.length - slack);
  const scores = editScores(prefix, text, from, hi, 1, 'free');
  let best: Fit | null = null;
  for (let k = 0; k < scores.length; k++) {
    const at = from + k + 1;
    if (at < lo) continue;
    const errors = scores[k] ?? Infinity;
    if (
      !best ||
      errors < best.errors ||
      (errors === best.errors && Math.abs(at - around) < Math.abs(best.at - around))
    ) {
      best = { at, errors };
    }
  }
  return best;
}

/** The mirror of fitBefore: where a suffix (given reversed) fits best when it starts near `around`. */
export function fitAfter(
  reversedSuffix: Pattern,
  text: Uint16Array,
  around: number,
  margin: number,
  slack: number,
): Fit | null {
  if (reversedSuffix.length === 0) return null;
  const lo = Math.max(0, around - margin);
  const hi = Math.min(text.length, around + margin);
  const to = Math.min(text.length, hi + reversedSuffix.length + slack);
  const scores = editScores(reversedSuffix, text, lo, to, -1, 'free');
  let best: Fit | null = null;
  for (let k = 0; k < scores.length; k++) {
    const at = to - 1 - k;
    if (at > hi) continue;
    const errors = scores[k] ?? Infinity;
    if (
      !best ||
      errors < best.errors ||
      (errors === best.errors && Math.abs(at - around) < Math.abs(best.at - around))
    ) {
      best = { at, errors };
    }
  }
  return best;
}

/** Edit distance between the whole pattern and exactly text[from, to). */
export function distanceBetween(pattern: Pattern, text: Uint16Array, from: number, to: number): number {
  if (to <= from) return pattern.length;
  const scores = editScores(pattern, text, from, to, 1, 'anchored');
  return scores[scores.length - 1] ?? pattern.length;
}
