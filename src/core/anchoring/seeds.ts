/**
 * Where in the page might an edited quote be? A q-gram index over the page text, built once per
 * batch, answers that without scanning the whole page for every annotation: the stored quote and
 * its context are cut into overlapping q-grams, each q-gram that still occurs in the page votes for
 * the start position it implies, and the few positions with most votes become candidate windows
 * for exact verification with the bit-parallel matcher.
 *
 * Any passage that kept at least one q-gram intact (q = 8: one run of 8 unchanged characters in the
 * quote or its 64 characters of context) gets votes; q-grams that occur very often (" of the ")
 * are skipped because they say little about the place. When no window wins, the caller falls back
 * to scanning the whole text.
 */

export const Q = 8;
/** q-grams more frequent than this in the page are ignored when voting. */
const MAX_OCCURRENCES = 200;
/** Width of a vote bucket in characters; neighbouring buckets are summed, so a window is 3 buckets. */
const BUCKET = 32;

function gramHash(ids: Uint16Array, at: number): number {
  let h = 0x811c9dc5;
  for (let t = 0; t < Q; t++) h = Math.imul(h ^ (ids[at + t] ?? 0), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export class SeedIndex {
  private readonly hashes: Uint32Array;
  private readonly bucketStart: Uint32Array;
  private readonly positions: Uint32Array;
  private readonly shift: number;

  constructor(text: Uint16Array) {
    const count = Math.max(0, text.length - Q + 1);
    const bits = Math.min(24, Math.max(4, Math.ceil(Math.log2(count + 1)) + 1));
    this.shift = 32 - bits;
    const hashes = new Uint32Array(count);
    const bucketStart = new Uint32Array((1 << bits) + 1);
    for (let i = 0; i < count; i++) {
      const h = gramHash(text, i);
      hashes[i] = h;
      const b = (h >>> this.shift) + 1;
      bucketStart[b] = (bucketStart[b] ?? 0) + 1;
    }
    for (let b = 1; b < bucketStart.length; b++) bucketStart[b] = (bucketStart[b] ?? 0) + (bucketStart[b - 1] ?? 0);
    const fill = bucketStart.slice(0, bucketStart.length - 1);
    const positions = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const b = (hashes[i] ?? 0) >>> this.shift;
      positions[fill[b] ?? 0] = i;
      fill[b] = (fill[b] ?? 0) + 1;
    }
    this.hashes = hashes;
    this.bucketStart = bucketStart;
    this.positions = positions;
  }

  /**
   * Adds the votes of a piece of stored text: `piece[j]` is expected at page position
   * `start + offset + j`, so each occurrence at p votes for start = p - offset - j.
   */
  vote(piece: Uint16Array, offset: number, votes: Map<number, number>): void {
    for (let j = 0; j + Q <= piece.length; j++) {
      const h = gramHash(piece, j);
      const b = h >>> this.shift;
      const lo = this.bucketStart[b] ?? 0;
      const hi = this.bucketStart[b + 1] ?? 0;
      if (hi - lo > MAX_OCCURRENCES * 4) continue; // a crowded bucket: this gram is too common
      let seen = 0;
      for (let k = lo; k < hi; k++) {
        const p = this.positions[k] ?? 0;
        if (this.hashes[p] !== h) continue;
        if (++seen > MAX_OCCURRENCES) break;
      }
      if (seen === 0 || seen > MAX_OCCURRENCES) continue;
      for (let k = lo; k < hi; k++) {
        const p = this.positions[k] ?? 0;
        if (this.hashes[p] !== h) continue;
        const key = Math.floor((p - offset - j) / BUCKET);
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
    }
  }

  /**
   * Candidate start ranges, best first: [lo, hi) of likely start positions for the best-voted
   * buckets (each with its neighbours), at most `limit`, and only those with at least `share` of
   * the best bucket's votes.
   */
  static windows(votes: Map<number, number>, limit: number, share = 0.25): Array<{ lo: number; hi: number; votes: number }> {
    const summed: Array<{ key: number; votes: number }> = [];
    for (const [key, v] of votes) {
      const total = v + (votes.get(key - 1) ?? 0) + (votes.get(key + 1) ?? 0);
      summed.push({ key, votes: total });
    }
    summed.sort((a, b) => b.votes - a.votes || a.key - b.key);
    const best = summed[0]?.votes ?? 0;
    const out: Array<{ lo: number; hi: number; votes: number }> = [];
    for (const { key, votes: v } of summed) {
      if (out.length >= limit || v < Math.max(2, best * share)) break;
      const lo = (key - 1) * BUCKET;
      const hi = (key + 2) * BUCKET;
      if (out.some((w) => lo < w.hi && hi > w.lo)) continue; // already covered by a better window
      out.push({ lo, hi, votes: v });
    }
    return out;
  }
}
