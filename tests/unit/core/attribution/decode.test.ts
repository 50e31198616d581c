/**
 * decodeAttributions (cached per-word scores) against the reference, decode() with
 * attributionFeatures: the same tags and margins on real text, for the shipped model and for
 * another, and when its pool of word scores fills and starts again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../scripts/lib/paths.ts';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { decodeAttributions } from '../../../../src/core/attribution/decode.ts';
import { attributionFeatures, tokenFacts, type TokenFacts } from '../../../../src/core/attribution/features.ts';
import { articleTokens } from '../../../../src/core/attribution/sequences.ts';
import { attributionModel } from '../../../../src/core/attribution/tagger.ts';
import { decode, rowOf, type LinearModel } from '../../../../src/core/tagger/model.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';

const present = existsSync(join(ROOT, '../shared/polnear/dev'));
if (!present) console.warn('../shared/polnear/dev is missing: the cached decoding is checked on made-up text only');
const docs = present ? loadPolnear('dev') : [];

/** Compares the two decodings of every sequence; returns how many positions were compared. */
function compare(model: LinearModel, sequences: TokenFacts[]): number {
  let positions = 0;
  for (const facts of sequences) {
    const expected = decode(model, facts.length, attributionFeatures(facts));
    const tags = new Int32Array(facts.length + 3).fill(-1);
    const margins = new Float64Array(facts.length + 3);
    expect(decodeAttributions(model, facts, tags, margins, 3)).toBe(true);
    expect(tags.subarray(3)).toEqual(expected.tags);
    expect(margins.subarray(3)).toEqual(expected.margins);
    expect(Array.from(tags.subarray(0, 3))).toEqual([-1, -1, -1]);
    positions += facts.length;
  }
  return positions;
}

const polnearSequences = (): TokenFacts[] =>
  docs.flatMap((d) => articleTokens(d.text, segmentSentences(d.text, linesOf(d.text))).sequences.map((s) => s.facts));

describe.skipIf(!present)('cached attribution decoding on PolNeAR dev', () => {
  it('gives the tags and margins of the reference decoding', () => {
    expect(compare(attributionModel(), polnearSequences())).toBeGreaterThan(50_000);
  });

  it('scores with the model it is given, not the weights it cached for another', () => {
    const shipped = attributionModel();
    const sequences = polnearSequences().slice(0, 200);
    compare(shipped, sequences);
    // Another model: the shipped weights reversed, so every cached sum is wrong for it.
    const reversed: LinearModel = { ...shipped, weights: Int8Array.from(shipped.weights).reverse() };
    compare(reversed, sequences);
    const first = decode(shipped, sequences[0]!.length, attributionFeatures(sequences[0]!)).tags;
    expect(decode(reversed, sequences[0]!.length, attributionFeatures(sequences[0]!)).tags).not.toEqual(first);
    // The same weights stored with a row for every bucket and no RowIndex.
    const dense = new Int8Array((1 << shipped.bits) * 7);
    for (let b = 0; b < 1 << shipped.bits; b++) {
      const row = rowOf(shipped, b);
      if (row >= 0) dense.set(shipped.weights.subarray(row, row + 7), b * 7);
    }
    compare({ tags: shipped.tags, bits: shipped.bits, weights: dense, scale: shipped.scale }, sequences);
    compare(shipped, sequences);
  });
});

describe('cached attribution decoding on made-up text', () => {
  it('stays exact when its pool of word scores fills and starts again', () => {
    // Over 65,536 distinct words (the pool's size) between common ones, whose slots go stale when
    // the pool starts again, in sentences of 20 with verbs of saying and quotes.
    const common = 'the officials said a spokesman told “ ” , . according to who that reporters it was'.split(' ');
    const words: string[] = [];
    const sentenceOf: number[] = [];
    for (let k = 0; k < 140_000; k++) {
      words.push(k % 2 ? common[(k >> 1) % common.length]! : `Wort${k.toString(36)}${k % 3 ? 'en' : 's'}`);
      sentenceOf.push(Math.floor(k / 20));
    }
    const tokens = { words, starts: words.map((_, k) => k), ends: words.map((_, k) => k + 1) };
    const sequences: TokenFacts[] = [];
    for (let from = 0; from < words.length; from += 400) {
      sequences.push(tokenFacts(tokens, from, Math.min(words.length, from + 400), sentenceOf));
    }
    // Twice: the second pass meets words whose slots the reset made stale.
    expect(compare(attributionModel(), sequences)).toBe(140_000);
    expect(compare(attributionModel(), sequences)).toBe(140_000);
  });

  it('leaves a model with float weights to the reference decoding', () => {
    const shipped = attributionModel();
    const float: LinearModel = { ...shipped, weights: Float32Array.from(shipped.weights) };
    const words = ['Officials', 'said', 'it', 'was', 'late', '.'];
    const tokens = { words, starts: [0, 1, 2, 3, 4, 5], ends: [1, 2, 3, 4, 5, 6] };
    const facts = tokenFacts(tokens, 0, words.length, [0, 0, 0, 0, 0, 0]);
    expect(decodeAttributions(float, facts, new Int32Array(6), new Float64Array(6), 0)).toBe(false);
  });
});
