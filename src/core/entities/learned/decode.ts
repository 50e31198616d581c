/**
 * Greedy decoding of the entity tagger, as `decode` (tagger/model.ts) does it over `nerFeatures`,
 * with the weights of the features that depend on one word alone summed once per distinct word.
 *
 * Of a position's ~47 features, ~26 are those of its word and its four neighbours as such (see the
 * groups in features.ts). Each distinct word keeps their weight sums, one row of scores per role
 * (itself, in a sentence in capitals or not; previous; next; before the previous; after the next),
 * summed on first need and kept with the word's other facts across documents: a position then adds
 * five rows and scores only its ~21 positional features. The weights are 8-bit integers, so the
 * sums are exact in any order and the tags and margins are those `decode` gives (a unit test
 * compares the two on the corpus).
 */
import { MAX_FEATURES, scoreInto, type Decoded, type LinearModel } from '../../tagger/model.ts';
import {
  afterNextFeatures,
  beforePreviousFeatures,
  nextFeatures,
  ownFeatures,
  positionFeatures,
  previousFeatures,
  TYPE_OF,
  wordAt,
  type FeatureSwitches,
  type NerFacts,
  type WordInfo,
} from './features.ts';

/** Rows of a word's sums: itself (in a sentence in capitals or not), then as each neighbour. */
const OWN = 0;
const OWN_IN_CAPS = 1;
const PREVIOUS = 2;
const NEXT = 3;
const BEFORE_PREVIOUS = 4;
const AFTER_NEXT = 5;
const ROLES = 6;

export class NerDecoder {
  private readonly n: number;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  private readonly partial: Float64Array;

  constructor(
    readonly model: LinearModel,
    readonly switches: FeatureSwitches,
  ) {
    // Sums of 8-bit weights are exact whatever their order, and small: kept in 16 bits per word.
    if (!(model.weights instanceof Int8Array)) throw new Error('NerDecoder needs a model with 8-bit weights');
    this.n = model.tags.names.length;
    this.scores = new Float64Array(this.n);
    this.partial = new Float64Array(this.n);
  }

  /** Tags and margins of a document's tokens, as `decode(model, f.length, featuresAt, …)` would give them. */
  decode(f: NerFacts): Decoded {
    const { model, n, features, scores } = this;
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
      const count = positionFeatures(f, history, i, prev, prev2, features, 0);
      scoreInto(model, features, count, scores);
      this.add(infos[i]!, capsSentence[i] ? OWN_IN_CAPS : OWN);
      this.add(wordAt(f, i - 1), PREVIOUS);
      this.add(wordAt(f, i + 1), NEXT);
      this.add(wordAt(f, i - 2), BEFORE_PREVIOUS);
      this.add(wordAt(f, i + 2), AFTER_NEXT);
      let best = -1;
      let second = -Infinity;
      for (let t = 0; t < n; t++) {
        if (!model.tags.allowed(prev, t)) continue;
        if (best < 0 || scores[t]! > scores[best]!) {
          if (best >= 0) second = Math.max(second, scores[best]!);
          best = t;
        } else second = Math.max(second, scores[t]!);
      }
      tags[i] = best;
      margins[i] = (scores[best]! - second) * model.scale;
      history[f.wordId[i]! * 5 + TYPE_OF[best]!]!++;
      prev2 = prev;
      prev = best;
    }
    return { tags, margins };
  }

  /** Adds the word's row for `role` to the scores, summing it first if no document has needed it yet. */
  private add(w: WordInfo, role: number): void {
    const n = this.n;
    if (w.scoredBy !== this) {
      w.scoredBy = this;
      w.scores = new Int16Array(ROLES * n);
      w.scored = 0;
    }
    const row = role * n;
    if ((w.scored & (1 << role)) === 0) this.sum(w, role, row);
    const s = this.scores;
    const v = w.scores;
    for (let t = 0; t < n; t++) s[t]! += v[row + t]!;
  }

  private sum(w: WordInfo, role: number, row: number): void {
    const { features, switches } = this;
    let count = 0;
    if (role === OWN || role === OWN_IN_CAPS)
      count = ownFeatures(w, role === OWN_IN_CAPS ? 1 : 0, switches, features, 0);
    else if (role === PREVIOUS) count = previousFeatures(w, switches, features, 0);
    else if (role === NEXT) count = nextFeatures(w, switches, features, 0);
    else if (role === BEFORE_PREVIOUS) count = beforePreviousFeatures(w, switches, features, 0);
    else count = afterNextFeatures(w, features, 0);
    // At most 37 features of 8-bit weights: every sum fits 16 bits.
    scoreInto(this.model, features, count, this.partial);
    w.scores.set(this.partial, row);
    w.scored |= 1 << role;
  }
}
