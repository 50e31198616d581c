/**
 * The attribution tagger's decoding, shaped for speed (spaCy's trick): of a position's 28 features
 * (features.ts), 9 read one word alone (the token, or the word one or two before or after it) and
 * 13 read small numbers only (quotation state, place in the sentence, distances to a verb of
 * saying, capital, the tags before) or nothing. Their weight rows are summed once, per distinct word
 * into a pool and per combination of numbers into tables, so a position adds nine cached vectors
 * and six hashed rows instead of 28 hashed rows. The weights are 8-bit integers, so the sums are
 * exact in any order: the tags and margins are those of `decode` with `attributionFeatures`, which
 * stays the reference (training uses it; tests/unit/core/attribution/decode.test.ts compares the
 * two on PolNeAR dev).
 */
import { mix } from '../tagger/hash.ts';
import type { LinearModel } from '../tagger/model.ts';
import {
  BOUNDARY,
  T1,
  T13,
  T14,
  T15,
  T16,
  T17,
  T18,
  T19,
  T20,
  T23,
  T24,
  T25,
  T26,
  T28,
  type TokenFacts,
  type WordFacts,
} from './features.ts';

/** Tags of the attribution tag set: O, and B and I of source, cue and content. */
const N = 7;
/** A word's five cached vectors: as the token, and as the word before, after, two before, two after. */
const AS_TOKEN = 0;
const AS_BEFORE = N;
const AS_AFTER = 2 * N;
const AS_BEFORE2 = 3 * N;
const AS_AFTER2 = 4 * N;
const SLOT = 5 * N;
/** Words whose vectors are kept (4.6 MB at most); past it the pool starts again. */
const MAX_SLOTS = 1 << 16;
/** prev + 2 for prev in -1…6. */
const P = 9;

interface Cache {
  model: LinearModel;
  /**
   * The model's weights with a row for every bucket (458 KB for the attribution model's 2^16), so
   * that a hashed feature's row is found with a mask and no look-up in the model's RowIndex.
   */
  weights: Int8Array;
  mask: number;
  /** Words' slots are valid while their `generation` is this. */
  generation: number;
  /** Summed rows per word slot; a sum of at most four 8-bit weights fits in 16 bits. */
  pool: Int16Array;
  slots: number;
  /** Quotation, and distance to a verb of saying: T16 + T19 + T20 + T28 by (quote, quote before, left, right). */
  around: Int32Array;
  /** Place in the sentence: T17 + T18 by (from its start, to its end). */
  place: Int32Array;
  /** The tag before with small numbers: T13 + T23 + T24 + T25 + T26 by (p, right, left, capital, quote). */
  withTag: Int32Array;
  /** The two tags before: T14 by (p, pp). */
  tagPair: Int32Array;
  /** allowed(prev, t) at (prev + 1) * N + t. */
  allow: Uint8Array;
}

let cache: Cache | null = null;
let generations = 0;

/** Adds the row of `feature` (if it has one) to `out` at `at`. */
function addRow(c: Cache, feature: number, out: Int32Array | Int16Array, at: number): void {
  const row = (feature & c.mask) * N;
  for (let t = 0; t < N; t++) out[at + t]! += c.weights[row + t]!;
}

/** Most bucket bits of a model decoded here: its weights are kept with a row for every bucket. */
const MAX_BITS = 17;

/**
 * The cache for `model`, or null if it cannot be cached exactly (float weights, another tag set) or
 * has too many buckets to keep them all.
 */
function cacheFor(model: LinearModel): Cache | null {
  if (cache?.model === model) return cache;
  if (!(model.weights instanceof Int8Array) || model.tags.names.length !== N || model.bits > MAX_BITS) return null;
  const buckets = 1 << model.bits;
  let weights = model.weights;
  if (model.rows) {
    // The rows are stored in bucket order: each used bucket takes the next (no subarray per row,
    // which made this a few milliseconds of the first analysis).
    const used = model.rows.used;
    weights = new Int8Array(buckets * N);
    let row = 0;
    for (let b = 0; b < buckets; b++) {
      if ((used[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      for (let t = 0; t < N; t++) weights[b * N + t] = model.weights[row + t]!;
      row += N;
    }
  }
  const c: Cache = {
    model,
    weights,
    mask: buckets - 1,
    generation: ++generations,
    pool: new Int16Array(1024 * SLOT),
    slots: 0,
    around: new Int32Array(4 * 4 * 8 * 8 * N),
    place: new Int32Array(8 * 8 * N),
    withTag: new Int32Array(P * 8 * 8 * 2 * 4 * N),
    tagPair: new Int32Array(P * P * N),
    allow: new Uint8Array((N + 1) * N),
  };
  for (let q = 0; q < 4; q++)
    for (let qb = 0; qb < 4; qb++)
      for (let sl = 0; sl < 8; sl++)
        for (let sr = 0; sr < 8; sr++) {
          const at = (((q * 4 + qb) * 8 + sl) * 8 + sr) * N;
          addRow(c, T16[q * 4 + qb]!, c.around, at);
          addRow(c, T19[sl]!, c.around, at);
          addRow(c, T20[sr]!, c.around, at);
          addRow(c, T28[(sl * 8 + sr) * 4 + q]!, c.around, at);
        }
  for (let s = 0; s < 8; s++)
    for (let e = 0; e < 8; e++) {
      addRow(c, T17[s]!, c.place, (s * 8 + e) * N);
      addRow(c, T18[e]!, c.place, (s * 8 + e) * N);
    }
  for (let p = 0; p < P; p++) {
    for (let sr = 0; sr < 8; sr++)
      for (let sl = 0; sl < 8; sl++)
        for (let cap = 0; cap < 2; cap++)
          for (let q = 0; q < 4; q++) {
            const at = ((((p * 8 + sr) * 8 + sl) * 2 + cap) * 4 + q) * N;
            addRow(c, T13[p]!, c.withTag, at);
            addRow(c, T23[p * 8 + sr]!, c.withTag, at);
            addRow(c, T24[p * 8 + sl]!, c.withTag, at);
            addRow(c, T25[p * 4 + cap]!, c.withTag, at);
            addRow(c, T26[p * 4 + q]!, c.withTag, at);
          }
    for (let pp = 0; pp < P; pp++) addRow(c, T14[p * 64 + pp]!, c.tagPair, (p * P + pp) * N);
  }
  for (let prev = -1; prev < N; prev++)
    for (let t = 0; t < N; t++) c.allow[(prev + 1) * N + t] = model.tags.allowed(prev, t) ? 1 : 0;
  cache = c;
  return c;
}

/** The slot of a word's vectors, summed on its first sight. */
function slotOf(c: Cache, w: WordFacts): number {
  if (w.generation === c.generation) return w.slot;
  if ((c.slots + 1) * SLOT > c.pool.length) {
    const grown = new Int16Array(c.pool.length * 2);
    grown.set(c.pool);
    c.pool = grown;
  }
  const slot = c.slots++;
  const at = slot * SLOT;
  c.pool.fill(0, at, at + SLOT);
  addRow(c, T1, c.pool, at + AS_TOKEN);
  addRow(c, w.w2, c.pool, at + AS_TOKEN);
  addRow(c, w.w7, c.pool, at + AS_TOKEN);
  addRow(c, w.w8, c.pool, at + AS_TOKEN);
  addRow(c, w.w3, c.pool, at + AS_BEFORE);
  addRow(c, w.w9, c.pool, at + AS_BEFORE);
  addRow(c, w.w4, c.pool, at + AS_AFTER);
  addRow(c, w.w10, c.pool, at + AS_AFTER);
  addRow(c, w.w5, c.pool, at + AS_BEFORE2);
  addRow(c, w.w6, c.pool, at + AS_AFTER2);
  w.slot = slot;
  w.generation = c.generation;
  return slot;
}

let slotScratch = new Int32Array(0);
const scores = new Float64Array(N);

/**
 * Tags the sequence `f` into `tags` and `margins` from `offset`, as `decode(model, f.length,
 * attributionFeatures(f))` would; false (and nothing written) when `model` cannot be cached exactly.
 */
export function decodeAttributions(
  model: LinearModel,
  f: TokenFacts,
  tags: Int32Array,
  margins: Float64Array,
  offset: number,
): boolean {
  const c = cacheFor(model);
  if (!c) return false;
  const { words, length, quote, fromStart, toEnd, sayLeft, sayRight, sayLeftWord, sayRightWord } = f;
  // Positions k of the sequence are i = k + first in the facts' arrays.
  const first = f.at;
  if (c.slots + length + 1 > MAX_SLOTS) {
    // A fresh pool: every word's slot, the boundary's included, is summed again on sight.
    c.slots = 0;
    c.generation = ++generations;
  }
  // Each position's word slot × SLOT, with the boundary's two either side.
  if (slotScratch.length < length + 4) slotScratch = new Int32Array(2 * length + 4);
  const at = slotScratch;
  const boundary = slotOf(c, BOUNDARY) * SLOT;
  at[0] = at[1] = at[length + 2] = at[length + 3] = boundary;
  for (let k = 0; k < length; k++) at[k + 2] = slotOf(c, words[first + k]!) * SLOT;
  const { pool, weights, around, place, withTag, tagPair, allow, mask } = c;
  const row = (feature: number): number => (feature & mask) * N;
  let prev = -1;
  let prev2 = -1;
  for (let k = 0; k < length; k++) {
    const i = first + k;
    const w = words[i]!;
    const m1 = k > 0 ? words[i - 1]! : BOUNDARY;
    const p1 = k + 1 < length ? words[i + 1]! : BOUNDARY;
    const q = quote[i]!;
    const sl = sayLeft[i]!;
    const sr = sayRight[i]!;
    const p = prev + 2;
    const self = at[k + 2]! + AS_TOKEN;
    const before = at[k + 1]! + AS_BEFORE;
    const after = at[k + 3]! + AS_AFTER;
    const before2 = at[k]! + AS_BEFORE2;
    const after2 = at[k + 4]! + AS_AFTER2;
    const ar = (((q * 4 + (k > 0 ? quote[i - 1]! : 3)) * 8 + sl) * 8 + sr) * N;
    const pl = (fromStart[i]! * 8 + toEnd[i]!) * N;
    const wt = ((((p * 8 + sr) * 8 + sl) * 2 + w.capital) * 4 + q) * N;
    const tp = (p * P + prev2 + 2) * N;
    const r1 = row(mix(m1.w11, w.lower));
    const r2 = row(mix(w.w12, p1.lower));
    const r3 = row(mix(21, sayLeftWord[i]! ^ sl));
    const r4 = row(mix(22, sayRightWord[i]! ^ sr));
    const r5 = row(mix(T15[p]!, w.lower));
    const r6 = row(mix(w.w27, p));
    for (let t = 0; t < N; t++) {
      scores[t] =
        pool[self + t]! +
        pool[before + t]! +
        pool[after + t]! +
        pool[before2 + t]! +
        pool[after2 + t]! +
        around[ar + t]! +
        place[pl + t]! +
        withTag[wt + t]! +
        tagPair[tp + t]! +
        weights[r1 + t]! +
        weights[r2 + t]! +
        weights[r3 + t]! +
        weights[r4 + t]! +
        weights[r5 + t]! +
        weights[r6 + t]!;
    }
    // The best allowed tag and its lead over the next, as decode() finds them (the first of equals).
    let best = -1;
    let top = -Infinity;
    let second = -Infinity;
    const allowed = (prev + 1) * N;
    for (let t = 0; t < N; t++) {
      if (!allow[allowed + t]) continue;
      const v = scores[t]!;
      if (v > top) {
        second = top;
        top = v;
        best = t;
      } else if (v > second) second = v;
    }
    tags[offset + k] = best;
    margins[offset + k] = (top - second) * model.scale;
    prev2 = prev;
    prev = best;
  }
  return true;
}
