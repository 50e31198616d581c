/**
 * Training a LinearModel as an averaged structured perceptron (Collins 2002), greedy and online as
 * in NLTK's PerceptronTagger: each sequence is decoded with the current weights, and every wrong
 * tag moves the weights of its features towards the gold tag. The averaged weights (kept lazily,
 * with a timestamp per weight) generalise far better than the last ones. Deterministic: the order
 * of sequences is shuffled by a seeded generator.
 */
import { MAX_FEATURES, scoreInto, type FeatureFn, type LinearModel, type SequenceOptions } from './model.ts';
import type { TagSet } from './tags.ts';

export interface TrainingSequence extends SequenceOptions {
  length: number;
  gold: Int32Array;
  featuresAt: FeatureFn;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the share of tags it got right while training. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Small, fast, seeded PRNG (mulberry32) for a reproducible shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(tags: TagSet, sequences: TrainingSequence[], options: TrainOptions): LinearModel {
  const n = tags.names.length;
  const size = (1 << options.bits) * n;
  const mask = (1 << options.bits) - 1;
  const weights = new Float32Array(size);
  const totals = new Float64Array(size);
  const stamps = new Int32Array(size);
  const model: LinearModel = { tags, bits: options.bits, weights, scale: 1 };
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float64Array(n);
  const random = seededRandom(options.seed);
  const order = sequences.map((_, i) => i);
  let clock = 1;

  const bump = (index: number, delta: number): void => {
    totals[index]! += (clock - stamps[index]!) * weights[index]!;
    stamps[index] = clock;
    weights[index]! += delta;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0;
    let seen = 0;
    for (const s of order) {
      const seq = sequences[s]!;
      let prev = -1;
      let prev2 = -1;
      for (let i = 0; i < seq.length; i++) {
        // Positions decoding never scores are O: learn nothing there, as at run time.
        if (seq.active && !seq.active[i]) {
          prev2 = prev;
          prev = 0;
          continue;
        }
        const count = seq.featuresAt(i, prev, prev2, features);
        scoreInto(model, features, count, scores);
        let guess = -1;
        for (let t = 0; t < n; t++) {
          if (tags.allowed(prev, t) && (guess < 0 || scores[t]! > scores[guess]!)) guess = t;
        }
        // After a wrong tag the gold one may be impossible (I-X after O): then X must begin here.
        const gold = tags.allowed(prev, seq.gold[i]!) ? seq.gold[i]! : tags.beginOf[seq.gold[i]!]!;
        if (guess !== gold) {
          for (let f = 0; f < count; f++) {
            const row = (features[f]! & mask) * n;
            bump(row + gold, 1);
            bump(row + guess, -1);
          }
        } else right++;
        seen++;
        clock++;
        seq.observe?.(i, guess);
        prev2 = prev;
        // Follow the model's own choice, as at run time, so it learns to recover from its mistakes.
        prev = guess;
      }
    }
    options.onEpoch?.(epoch, seen ? right / seen : 1);
  }
  for (let k = 0; k < size; k++) {
    const total = totals[k]! + (clock - stamps[k]!) * weights[k]!;
    weights[k] = total / clock;
  }
  return model;
}
