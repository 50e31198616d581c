/**
 * Where in the page might a quote be? A q-gram index over the page text, built once per batch,
 * answers that without scanning the whole page for every annotation.
 *
 * - Exact quotes: all occurrences of the quote contain its rarest sampled q-gram at a fixed offset,
 *   so the index lists every candidate and `startsWith` confirms them.
 * - Edited quotes: the stored quote and its context are cut into overlapping q-grams; each q-gram
 *   that still occurs in the page votes for the start position it implies, and the few stretches
 *   with most votes become candidate windows for verification with the bit-parallel matcher.
 *
 * A passage that kept one run of Q = 8 unchanged characters in its quote or its context gets
 * votes. Q-grams that occur very often (" of the ") are skipped: they say little about the place.
 * When no window wins, the caller falls back to scanning the whole text.
 *
 * Layout: a rolling polynomial hash per text position, bucketed by its top bits with a counting
 * sort (CSR arrays), so building is two linear passes and a lookup reads one contiguous run.
 */

export const Q = 8;
/** Buckets holding more positions than this belong to q-grams too common to vote. */
const MAX_OCCURRENCES = 256;
/** Width of a vote cell in characters; a window spans a cell and its two neighbours. */
export const CELL = 32;

const BASE = 0x01000193;
const BASE_POW = (() => {
  let p = 1;
  for (let t = 0; t < Q - 1; t++) p = Math.imul(p, BASE);
  return p;
})();

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mixed hashes of every q-gram of `ids`, by start position. */
function gramHashes(ids: Uint16Array): Uint32Array {
  const count = Math.max(0, ids.length - Q + 1);
  const out = new Uint32Array(count);
  if (count === 0) return out;
  let h = 0;
  for (let t = 0; t < Q; t++) h = (Math.imul(h, BASE) + (ids[t] ?? 0)) | 0;
  for (let i = 0; i < count; i++) {
    out[i] = mix(h);
    if (i + Q < ids.length) h = (Math.imul(h - Math.imul(ids[i] ?? 0, BASE_POW), BASE) + (ids[i + Q] ?? 0)) | 0;
  }
  return out;
}

export interface Window {
  /** Likely start positions of the passage: [lo, hi). */
  lo: number;
  hi: number;
  votes: number;
}

export class SeedIndex {
  private readonly hashes: Uint32Array;
  private readonly bucketStart: Uint32Array;
  private readonly positions: Uint32Array;
  private readonly shift: number;
  private readonly votes: Int32Array;
  private readonly touched: number[] = [];

  constructor(private readonly text: Uint16Array) {
    const hashes = gramHashes(text);
    const count = hashes.length;
    const bits = Math.min(24, Math.max(4, Math.ceil(Math.log2(count + 1)) + 1));
    this.shift = 32 - bits;
    const bucketStart = new Uint32Array((1 << bits) + 1);
    for (let i = 0; i < count; i++) {
      const b = ((hashes[i] ?? 0) >>> this.shift) + 1;
      bucketStart[b] = (bucketStart[b] ?? 0) + 1;
    }
    for (let b = 1; b < bucketStart.length; b++) bucketStart[b] = (bucketStart[b] ?? 0) + (bucketStart[b - 1] ?? 0);
    const fill = bucketStart.slice(0, bucketStart.length - 1);
    const positions = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const b = (hashes[i] ?? 0) >>> this.shift;
      const slot = fill[b] ?? 0;
      positions[slot] = i;
      fill[b] = slot + 1;
    }
    this.hashes = hashes;
    this.bucketStart = bucketStart;
    this.positions = positions;
    this.votes = new Int32Array(Math.ceil(text.length / CELL) + 1);
  }

  /**
   * Every position where `pattern` (ids) occurs, ascending; `undefined` when the pattern is shorter
   * than a q-gram and the caller must search another way.
   */
  occurrences(pattern: Uint16Array, limit: number): number[] | undefined {
    if (pattern.length < Q) return undefined;
    const hashes = gramHashes(pattern);
    // The sampled q-gram with the fewest candidates: every occurrence contains it at its offset.
    let bestOffset = 0;
    let bestSize = Infinity;
    for (let off = 0; off < hashes.length; off += Q) {
      const b = (hashes[off] ?? 0) >>> this.shift;
      const size = (this.bucketStart[b + 1] ?? 0) - (this.bucketStart[b] ?? 0);
      if (size < bestSize) {
        bestSize = size;
        bestOffset = off;
      }
      if (size === 0) return [];
    }
    const h = hashes[bestOffset] ?? 0;
    const b = h >>> this.shift;
    const out: number[] = [];
    for (let k = this.bucketStart[b] ?? 0, end = this.bucketStart[b + 1] ?? 0; k < end; k++) {
      const p = this.positions[k] ?? 0;
      if (this.hashes[p] !== h) continue;
      const start = p - bestOffset;
      if (start >= 0 && this.matchesAt(pattern, start)) out.push(start);
    }
    out.sort((x, y) => x - y);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  private matchesAt(pattern: Uint16Array, start: number): boolean {
    if (start + pattern.length > this.text.length) return false;
    for (let i = 0; i < pattern.length; i++) if (this.text[start + i] !== pattern[i]) return false;
    return true;
  }

  /**
   * Adds the votes of a piece of stored text: `piece[j]` is expected at page position
   * `start + offset + j`, so an occurrence of its q-gram at p votes for start = p - offset - j.
   */
  vote(piece: Uint16Array, offset: number): void {
    const hashes = gramHashes(piece);
    const votes = this.votes;
    const cells = votes.length;
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j] ?? 0;
      const b = h >>> this.shift;
      const lo = this.bucketStart[b] ?? 0;
      const hi = this.bucketStart[b + 1] ?? 0;
      if (hi - lo > MAX_OCCURRENCES) continue;
      for (let k = lo; k < hi; k++) {
        const p = this.positions[k] ?? 0;
        if (this.hashes[p] !== h) continue;
        const start = p - offset - j;
        if (start < 0) continue;
        const cell = (start / CELL) | 0;
        if (cell >= cells) continue;
        if (votes[cell] === 0) this.touched.push(cell);
        votes[cell] = (votes[cell] ?? 0) + 1;
      }
    }
  }

  /**
   * The best-voted stretches, best first (each a cell and its neighbours), at most `limit`, each
   * with at least `share` of the best one's votes; then forgets the votes for the next quote.
   */
  windows(limit: number, share = 0.25): Window[] {
    const votes = this.votes;
    const totalOf = (cell: number) =>
      (votes[cell] ?? 0) + (cell > 0 ? (votes[cell - 1] ?? 0) : 0) + (votes[cell + 1] ?? 0);
    let best = 0;
    for (const cell of this.touched) best = Math.max(best, totalOf(cell));
    const floor = Math.max(2, best * share);
    const ranked: Window[] = [];
    for (const cell of this.touched) {
      const total = totalOf(cell);
      if (total >= floor) ranked.push({ lo: (cell - 1) * CELL, hi: (cell + 2) * CELL, votes: total });
    }
    for (const cell of this.touched) votes[cell] = 0;
    this.touched.length = 0;
    ranked.sort((a, b) => b.votes - a.votes || a.lo - b.lo);
    const out: Window[] = [];
    for (const w of ranked) {
      if (out.length >= limit) break;
      if (out.some((o) => w.lo < o.hi && w.hi > o.lo)) continue; // inside a better window already
      out.push({ lo: Math.max(0, w.lo), hi: w.hi, votes: w.votes });
    }
    return out;
  }
}
