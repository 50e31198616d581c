import { describe, expect, it } from 'vitest';
import { hashString, mix } from '../../../../src/core/tagger/hash.ts';
import { decode, scoreInto, type FeatureFn, type LinearModel } from '../../../../src/core/tagger/model.ts';
import { packModel, unpackModel, fromBase64, toBase64 } from '../../../../src/core/tagger/pack.ts';
import { bioTags, spansOf } from '../../../../src/core/tagger/tags.ts';
import { seededRandom, trainPerceptron, type TrainingSequence } from '../../../../src/core/tagger/train.ts';

/**
 * A tiny made-up language: "NAME says that ..." where NAME is one or two capitalised words and the
 * content runs to the end. The tagger must learn source / cue / content spans from examples and
 * tag sentences it has never seen, with names it has never seen.
 */
const tags = bioTags(['SRC', 'CUE', 'CNT']);
const NAMES = ['Ana', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo'];
const WORDS = ['rain', 'will', 'fall', 'prices', 'rise', 'the', 'team', 'won', 'a', 'vote'];

function sentence(random: () => number): { words: string[]; gold: number[] } {
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)]!;
  const name = random() < 0.5 ? [pick(NAMES)] : [pick(NAMES), pick(NAMES)];
  const content = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(WORDS));
  const words = [...name, 'says', 'that', ...content];
  const t = (n: string): number => tags.names.indexOf(n);
  const gold = [
    ...name.map((_, k) => t(k === 0 ? 'B-SRC' : 'I-SRC')),
    t('B-CUE'),
    t('B-CNT'),
    ...content.map(() => t('I-CNT')),
  ];
  return { words, gold };
}

const shape = (w: string): number => (w[0] === w[0]!.toUpperCase() ? 1 : 2);
function featuresOf(words: string[]): FeatureFn {
  return (i, prev, _prev2, out) => {
    out[0] = mix(1, hashString(words[i]!));
    out[1] = mix(2, shape(words[i]!));
    out[2] = mix(3, prev + 2);
    out[3] = mix(mix(4, prev + 2), shape(words[i]!));
    out[4] = mix(5, hashString(words[i + 1] ?? '</s>'));
    return 5;
  };
}

function train(seed: number) {
  const random = seededRandom(seed);
  const sequences: TrainingSequence[] = Array.from({ length: 300 }, () => {
    const s = sentence(random);
    return { length: s.words.length, gold: Int32Array.from(s.gold), featuresAt: featuresOf(s.words) };
  });
  return trainPerceptron(tags, sequences, { bits: 12, epochs: 4, seed });
}

describe('averaged perceptron tagger', () => {
  it('learns source, cue and content spans of a tiny language and tags unseen sentences', () => {
    const model = train(7);
    const words = ['Zed', 'Quinn', 'says', 'that', 'the', 'team', 'will', 'rise'];
    const { tags: out } = decode(model, words.length, featuresOf(words));
    const spans = spansOf(out, tags).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
    expect(spans).toEqual(['SRC:Zed Quinn', 'CUE:says', 'CNT:that the team will rise']);
  });

  it('trains deterministically for a seed', () => {
    const a = train(3);
    const b = train(3);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it('keeps its decisions through 8-bit packing', () => {
    const model = train(11);
    const packed = packModel(model, ['SRC', 'CUE', 'CNT']);
    const restored = unpackModel(packed, tags);
    const random = seededRandom(99);
    for (let k = 0; k < 50; k++) {
      const s = sentence(random);
      const before = decode(model, s.words.length, featuresOf(s.words)).tags;
      const after = decode(restored, s.words.length, featuresOf(s.words)).tags;
      expect(Array.from(after)).toEqual(Array.from(before));
    }
  });

  it('scores a model kept without its empty rows exactly as the dense table', () => {
    const restored = unpackModel(packModel(train(13), ['SRC', 'CUE', 'CNT']), tags);
    const n = tags.names.length;
    // The dense table the sparse rows stand for, row by row.
    const dense = new Int8Array((1 << restored.bits) * n);
    let row = 0;
    for (let bucket = 0; bucket < 1 << restored.bits; bucket++) {
      if (restored.rows!.used[bucket >>> 5]! & (1 << (bucket & 31))) {
        dense.set(restored.weights.subarray(row * n, (row + 1) * n), bucket * n);
        row++;
      }
    }
    expect(row * n).toBe(restored.weights.length);
    const plain: LinearModel = { tags, bits: restored.bits, weights: dense, scale: restored.scale };
    const random = seededRandom(5);
    for (let k = 0; k < 200; k++) {
      const count = 1 + Math.floor(random() * 20);
      const features = Uint32Array.from({ length: count }, () => Math.floor(random() * 2 ** 32));
      const a = new Float64Array(n);
      const b = new Float64Array(n);
      scoreInto(plain, features.slice(), count, a);
      scoreInto(restored, features.slice(), count, b);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });

  it('never lets an inside tag follow a tag of another type', () => {
    const model = train(5);
    const words = ['says', 'Ana', 'that', 'that', 'Bo'];
    const { tags: out } = decode(model, words.length, featuresOf(words));
    for (let i = 0; i < out.length; i++) {
      expect(tags.allowed(i === 0 ? -1 : out[i - 1]!, out[i]!)).toBe(true);
    }
  });
});

describe('base64 of packed weights', () => {
  it('round-trips any bytes', () => {
    const random = seededRandom(1);
    for (const length of [0, 1, 2, 3, 4, 100, 1001]) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('rejects text that is not base64 with a clear error', () => {
    expect(() => fromBase64('ab$d')).toThrow(/not base64: character 2/);
    expect(() => fromBase64('AAAAAé==')).toThrow(/not base64: character 5/);
    expect(() => fromBase64('AAAAAA\u0141A')).toThrow(/not base64: character 6/);
  });
});
