/**
 * Greedy decoding of the entity tagger, as `decode` (tagger/model.ts) does it over `nerFeatures`,
 * with the weights of the features that depend on one word alone summed once per distinct word.
 *
 * Of a position's ~47 features, ~26 are those of its word and its four neighbours as such (see the
 * groups in features.ts). From the second time a word meets a role (itself, in a sentence in
 * capitals or not; previous; next; before the previous; after the next), the weights of its features
 * in that role are a row of sums, kept with the word's other facts across documents: a position
 * then adds up to five rows and scores only its ~21 positional features. The first time, the
 * features are scored with the position's, so a word met once costs what it did.
 *
 * The weights are 8-bit integers, so the sums are exact in any order and the tags and margins are
 * those `decode` gives (a unit test compares the two on the corpus and on CoNLL).
 */
import { chooseTag, lead, MAX_FEATURES, scoreInto, type Decoded, type LinearModel } from '../../tagger/model.ts';
import {
  afterNextFeatures,
  beforePreviousFeatures,
  KEY_BITS,
  KEY_SPAN,
  keyedFeature,
  keyedFeatures,
  nextFeatures,
  ownFeatures,
  pairFeatures,
  previousFeatures,
  TYPE_OF,
  wordAt,
  type FeatureSwitches,
  type NerFacts,
  type WordInfo,
} from './features.ts';

/** Roles of a word at a position: itself (in a sentence in capitals or not), then as each neighbour. */
const OWN = 0;
const OWN_IN_CAPS = 1;
const PREVIOUS = 2;
const NEXT = 3;
const BEFORE_PREVIOUS = 4;
const AFTER_NEXT = 5;
const ROLES = 6;

/**
 * Keyed positional features (see keyedFeatures) by template: the numbers each mixes stay below
 * these bounds, and each key below them has a row of its weights here. A key over its bound (none
 * is, by how the numbers are made) is scored as a feature.
 */
const KEY_BOUNDS: readonly (readonly [number, number])[] = [
  [22, 11],
  [23, 176],
  [27, 32],
  [29, 88],
  [31, 20],
  [32, 640],
  [33, 640],
  [34, 168],
  [44, 64],
  [45, 32],
  [46, 8],
  [47, 512],
  [48, 64],
  [49, 464],
];
/** Per template, where its keys' rows start among all keys' (-1 for the templates not keyed), and its bound. */
const KEY_BASE = new Int32Array(64).fill(-1);
const KEY_BOUND = new Int32Array(64);
let KEYS = 0;
for (const [template, bound] of KEY_BOUNDS) {
  KEY_BASE[template] = KEYS;
  KEY_BOUND[template] = bound;
  KEYS += bound;
}
/** A key's row: not summed yet, summed, or summed to nothing (its feature has no weights). */
const KEY_NEW = 0;
const KEY_ROW = 1;
const KEY_EMPTY = 2;

/** Generations of all decoders' stores: a word's sums are valid in the one it names. */
let generations = 0;

export class NerDecoder {
  private readonly n: number;
  /** The position's features, and those of one word in one role or of one key being summed. */
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly summing = new Uint32Array(MAX_FEATURES);
  private readonly keys = new Uint32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  private readonly partial: Float64Array;
  /**
   * Rows of n sums (16 bits: at most 37 features of 8-bit weights): one per key (see KEY_BOUNDS),
   * then ROLES per word that has sums.
   */
  private store: Int16Array;
  private readonly keyState = new Uint8Array(KEYS);
  private words = 0;
  private generation = ++generations;
  /** Where the rows to add at this position start in the store, and how many there are. */
  private readonly rows = new Int32Array(MAX_FEATURES);
  private rowCount = 0;

  constructor(
    readonly model: LinearModel,
    readonly switches: FeatureSwitches,
    /** Words whose sums the store keeps before it starts afresh (between documents): about 3 MB. */
    private readonly maxWords = 30_000,
  ) {
    // Sums of 8-bit weights are exact whatever their order, and small.
    if (!(model.weights instanceof Int8Array)) throw new Error('NerDecoder needs a model with 8-bit weights');
    this.n = model.tags.names.length;
    this.scores = new Float64Array(this.n);
    this.partial = new Float64Array(this.n);
    this.store = new Int16Array((KEYS + 1024 * ROLES) * this.n);
  }

  /** Tags and margins of a document's tokens, as `decode(model, f.length, featuresAt, …)` would give them. */
  decode(f: NerFacts): Decoded {
    const { model, n, features, scores, keys, rows } = this;
    if (this.words > this.maxWords) {
      this.generation = ++generations;
      this.words = 0;
    }
    const length = f.length;
    const tags = new Int32Array(length);
    const margins = new Float64Array(length);
    const history = new Int32Array(f.distinct * 5);
    const { infos, active, capsSentence } = f;
    let prev = -1;
    let prev2 = -1;
    for (let i = 0; i < length; i++) {
      if (!active[i]) {
        // O (tag 0) without scoring; the margin says nothing was weighed.
        prev2 = prev;
        prev = 0;
        continue;
      }
      this.rowCount = 0;
      let count = pairFeatures(f, i, prev, features, 0);
      const keyCount = keyedFeatures(f, history, i, prev, prev2, keys, 0);
      for (let k = 0; k < keyCount; k++) count = this.key(keys[k]!, count);
      count = this.role(infos[i]!, capsSentence[i] ? OWN_IN_CAPS : OWN, count);
      count = this.role(wordAt(f, i - 1), PREVIOUS, count);
      count = this.role(wordAt(f, i + 1), NEXT, count);
      count = this.role(wordAt(f, i - 2), BEFORE_PREVIOUS, count);
      count = this.role(wordAt(f, i + 2), AFTER_NEXT, count);
      scoreInto(model, features, count, scores);
      addRows(n, this.store, rows, this.rowCount, scores);
      const best = chooseTag(model.tags, prev, scores, n);
      tags[i] = best;
      margins[i] = lead[0]! * model.scale;
      history[f.wordId[i]! * 5 + TYPE_OF[best]!]!++;
      prev2 = prev;
      prev = best;
    }
    return { tags, margins };
  }

  /** A keyed feature: its row noted to add (summed the first time), or written out if it has none. */
  private key(key: number, count: number): number {
    const template = key >>> KEY_BITS;
    const number = key & (KEY_SPAN - 1);
    if (KEY_BASE[template]! < 0 || number >= KEY_BOUND[template]!) {
      this.features[count++] = keyedFeature(key);
      return count;
    }
    const entry = KEY_BASE[template]! + number;
    let state = this.keyState[entry]!;
    if (state === KEY_NEW) {
      this.summing[0] = keyedFeature(key);
      scoreInto(this.model, this.summing, 1, this.partial);
      this.store.set(this.partial, entry * this.n);
      state = this.partial.some((x) => x !== 0) ? KEY_ROW : KEY_EMPTY;
      this.keyState[entry] = state;
    }
    if (state === KEY_ROW) this.rows[this.rowCount++] = entry * this.n;
    return count;
  }

  /**
   * The word's features in `role` at this position: written out after the position's (`count` of
   * them) the first time the word meets the role, a row of their sums to add from the second on
   * (a word met once costs no more than writing its features out).
   */
  private role(w: WordInfo, role: number, count: number): number {
    if (w.sumsIn !== this.generation) {
      w.sumsIn = this.generation;
      w.sumsAt = -1;
      w.roles = 0;
    }
    const met = 1 << role;
    const summed = met << ROLES;
    if ((w.roles & met) === 0) {
      w.roles |= met;
      return this.write(w, role, this.features, count);
    }
    if (w.sumsAt < 0) w.sumsAt = this.allocate();
    const row = w.sumsAt + role * this.n;
    if ((w.roles & summed) === 0) {
      scoreInto(this.model, this.summing, this.write(w, role, this.summing, 0), this.partial);
      this.store.set(this.partial, row);
      w.roles |= summed;
    }
    this.rows[this.rowCount++] = row;
    return count;
  }

  private write(w: WordInfo, role: number, out: Uint32Array, n: number): number {
    const switches = this.switches;
    if (role === OWN || role === OWN_IN_CAPS) return ownFeatures(w, role === OWN_IN_CAPS ? 1 : 0, switches, out, n);
    if (role === PREVIOUS) return previousFeatures(w, switches, out, n);
    if (role === NEXT) return nextFeatures(w, switches, out, n);
    if (role === BEFORE_PREVIOUS) return beforePreviousFeatures(w, switches, out, n);
    return afterNextFeatures(w, out, n);
  }

  /** Room for one more word's rows in the store, after the keys'. */
  private allocate(): number {
    const size = ROLES * this.n;
    const at = KEYS * this.n + this.words++ * size;
    if (at + size > this.store.length) {
      const wider = new Int16Array(this.store.length * 2);
      wider.set(this.store);
      this.store = wider;
    }
    return at;
  }
}

/**
 * Adds the rows of n sums at `rows[0..count)` of `store` to `scores`. For the 9 entity tags the sums
 * run in locals: added through the array, each waits on the store of the one before.
 */
function addRows(n: number, store: Int16Array, rows: Int32Array, count: number, scores: Float64Array): void {
  if (n !== 9) {
    for (let r = 0; r < count; r++) {
      const row = rows[r]!;
      for (let t = 0; t < n; t++) scores[t]! += store[row + t]!;
    }
    return;
  }
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  for (let r = 0; r < count; r++) {
    const row = rows[r]!;
    s0 += store[row]!;
    s1 += store[row + 1]!;
    s2 += store[row + 2]!;
    s3 += store[row + 3]!;
    s4 += store[row + 4]!;
    s5 += store[row + 5]!;
    s6 += store[row + 6]!;
    s7 += store[row + 7]!;
    s8 += store[row + 8]!;
  }
  scores[0]! += s0;
  scores[1]! += s1;
  scores[2]! += s2;
  scores[3]! += s3;
  scores[4]! += s4;
  scores[5]! += s5;
  scores[6]! += s6;
  scores[7]! += s7;
  scores[8]! += s8;
}
