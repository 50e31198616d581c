/**
 * A linear sequence model over hashed features: one row of weights per hash bucket, one weight per
 * tag. Decoding is greedy, left to right, with the previous tags among the features (as NLTK's and
 * spaCy v1's averaged perceptrons do), under the tag set's BIO constraints. The weights are
 * quantised to 8 bits; `scale` turns them back into perceptron scores.
 */
import type { TagSet } from './tags.ts';

export interface LinearModel {
  tags: TagSet;
  /** log2 of the number of hash buckets. */
  bits: number;
  /** buckets × tags, row-major; with `rows`, only the buckets that have weights, in bucket order. */
  weights: Int8Array | Float32Array;
  /** Score = sum of weights × scale. */
  scale: number;
  /** Which buckets have a row in `weights` (a trained model uses few: see RowIndex). */
  rows?: RowIndex;
}

/**
 * The buckets that have weights, for a model stored without its empty rows: a bit per bucket, and
 * per 32 buckets the number of rows before them. A trained entity model fills about 6% of its 2^20
 * buckets: kept this way it takes 0.8 MB of the background's memory instead of 9.4 MB, scores the
 * same, and a feature whose bucket is empty is skipped after one bit test.
 */
export interface RowIndex {
  used: Uint32Array;
  before: Uint32Array;
}

/** Builds the index of the buckets that have rows, given in increasing order. */
export function rowIndex(bits: number, buckets: ArrayLike<number>): RowIndex {
  const words = Math.max(1, (1 << bits) >>> 5);
  const used = new Uint32Array(words);
  const before = new Uint32Array(words);
  for (let k = 0; k < buckets.length; k++) used[buckets[k]! >>> 5]! |= 1 << (buckets[k]! & 31);
  let count = 0;
  for (let w = 0; w < words; w++) {
    before[w] = count;
    count += popcount(used[w]!);
  }
  return { used, before };
}

/** Set bits of a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Where the rows of the features that have one start in a model stored with a RowIndex: written
 * over the front of `features`, in order; returns how many there are.
 */
function locateRows(model: LinearModel, rows: RowIndex, features: Uint32Array, count: number): number {
  const mask = (1 << model.bits) - 1;
  const n = model.tags.names.length;
  const { used, before } = rows;
  let kept = 0;
  for (let f = 0; f < count; f++) {
    const bucket = features[f]! & mask;
    const word = used[bucket >>> 5]!;
    const bit = 1 << (bucket & 31);
    if ((word & bit) === 0) continue;
    features[kept++] = (before[bucket >>> 5]! + popcount(word & (bit - 1))) * n;
  }
  return kept;
}

/**
 * Where the row of the feature hashed `feature` starts in `model.weights`, or -1 if its bucket has
 * none: for callers that cache sums of rows (see attribution/decode.ts).
 */
export function rowOf(model: LinearModel, feature: number): number {
  const bucket = feature & ((1 << model.bits) - 1);
  const n = model.tags.names.length;
  if (!model.rows) return bucket * n;
  const word = model.rows.used[bucket >>> 5]!;
  const bit = 1 << (bucket & 31);
  if ((word & bit) === 0) return -1;
  return (model.rows.before[bucket >>> 5]! + popcount(word & (bit - 1))) * n;
}

/**
 * Writes the hashed features of position `i` into `out` and returns how many; `prev` and `prev2`
 * are the tags already chosen for the two positions before (-1 before the start).
 */
export type FeatureFn = (i: number, prev: number, prev2: number, out: Uint32Array) => number;

/** Most features a position may have; feature functions must stay under it. */
export const MAX_FEATURES = 96;

/** Sums the rows of `features` into `scores` (one per tag). */
export function scoreInto(model: LinearModel, features: Uint32Array, count: number, scores: Float64Array): void {
  const n = model.tags.names.length;
  const w = model.weights;
  if (model.rows) {
    // Row offsets instead of buckets: the loops below then read them with a mask that keeps all.
    sumRows(n, w, features, locateRows(model, model.rows, features, count), 0xffffffff, 1, scores);
  } else sumRows(n, w, features, count, (1 << model.bits) - 1, n, scores);
}

/** Sums the rows at (features[f] & mask) × stride into `scores`. */
function sumRows(
  n: number,
  w: Int8Array | Float32Array,
  features: Uint32Array,
  count: number,
  mask: number,
  stride: number,
  scores: Float64Array,
): void {
  if (n === 7) {
    // The attribution tag set. Sums in locals rather than the array: this loop is the engine's
    // hottest, and the specialised form runs it about twice as fast.
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0;
    for (let f = 0; f < count; f++) {
      const row = ((features[f]! & mask) >>> 0) * stride;
      s0 += w[row]!;
      s1 += w[row + 1]!;
      s2 += w[row + 2]!;
      s3 += w[row + 3]!;
      s4 += w[row + 4]!;
      s5 += w[row + 5]!;
      s6 += w[row + 6]!;
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    return;
  }
  if (n === 9) {
    // The entity tag set (B and I of four types, and O).
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    for (let f = 0; f < count; f++) {
      const row = ((features[f]! & mask) >>> 0) * stride;
      s0 += w[row]!;
      s1 += w[row + 1]!;
      s2 += w[row + 2]!;
      s3 += w[row + 3]!;
      s4 += w[row + 4]!;
      s5 += w[row + 5]!;
      s6 += w[row + 6]!;
      s7 += w[row + 7]!;
      s8 += w[row + 8]!;
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
    return;
  }
  scores.fill(0, 0, n);
  for (let f = 0; f < count; f++) {
    const row = ((features[f]! & mask) >>> 0) * stride;
    for (let t = 0; t < n; t++) scores[t]! += w[row + t]!;
  }
}

export interface Decoded {
  tags: Int32Array;
  /** For each position, the winning score's margin over the best allowed other tag (in score units). */
  margins: Float64Array;
}

const scratch = { features: new Uint32Array(MAX_FEATURES), scores: new Float64Array(64) };

/**
 * Optional parts of a sequence: `active` marks the positions worth scoring (the others are O without
 * a look, e.g. lower-case words far from any name: most of a text, so most of the time); `observe`
 * hears each position's tag once chosen (document-level features remember earlier decisions).
 */
export interface SequenceOptions {
  active?: Uint8Array;
  observe?: (i: number, tag: number) => void;
}

/** Where `chooseTag` leaves the winner's lead over the best allowed other tag (score units). */
export const lead = new Float64Array(1);

/**
 * The best of the first `n` tags allowed after `prev` (the first of equals), with its lead in `lead`:
 * the one decision of every greedy decoder here, so that they all break ties alike.
 */
export function chooseTag(set: TagSet, prev: number, scores: Float64Array, n: number): number {
  let best = -1;
  let second = -Infinity;
  for (let t = 0; t < n; t++) {
    if (!set.allowed(prev, t)) continue;
    if (best < 0 || scores[t]! > scores[best]!) {
      if (best >= 0) second = Math.max(second, scores[best]!);
      best = t;
    } else second = Math.max(second, scores[t]!);
  }
  lead[0] = scores[best]! - second;
  return best;
}

/** Greedy decoding of `length` positions. */
export function decode(
  model: LinearModel,
  length: number,
  featuresAt: FeatureFn,
  options: SequenceOptions = {},
): Decoded {
  const tags = new Int32Array(length);
  const margins = new Float64Array(length);
  const n = model.tags.names.length;
  const { features, scores } = scratch;
  const { active, observe } = options;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < length; i++) {
    if (active && !active[i]) {
      // O (tag 0) without scoring; the margin says nothing was weighed.
      prev2 = prev;
      prev = 0;
      continue;
    }
    const count = featuresAt(i, prev, prev2, features);
    scoreInto(model, features, count, scores);
    const best = chooseTag(model.tags, prev, scores, n);
    tags[i] = best;
    margins[i] = lead[0]! * model.scale;
    observe?.(i, best);
    prev2 = prev;
    prev = best;
  }
  return { tags, margins };
}
