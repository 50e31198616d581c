/**
 * The vocabulary of word ids that sentenceTokens gives each token: one id per distinct word, the
 * token's text the vocabulary's string for it, and a tagger's results unchanged when the vocabulary
 * starts again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../scripts/lib/paths.ts';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { tagAttributions } from '../../../../src/core/attribution/tagger.ts';
import { sentenceTokens } from '../../../../src/core/tagger/tokenize.ts';
import { spanId, vocabulary, wordId } from '../../../../src/core/tagger/vocabulary.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';

const present = existsSync(join(ROOT, '../shared/polnear/dev'));
const texts = present
  ? loadPolnear('dev').map((d) => d.text)
  : ['Officials said the U.S. envoy’s plan, worth $1,000, was “dead”.', 'Two sources told Reuters so. They said no.'];

describe('word ids', () => {
  it('gives each distinct word one id, and each token its id and the vocabulary’s string', () => {
    const idOf = new Map<string, number>();
    let tokens = 0;
    for (const text of texts) {
      const t = sentenceTokens(text, segmentSentences(text, linesOf(text)));
      expect(t.generation).toBe(vocabulary.generation);
      for (let k = 0; k < t.words.length; k++) {
        const word = t.words[k]!;
        expect(word).toBe(text.slice(t.starts[k], t.ends[k]));
        expect(vocabulary.words[t.ids[k]!]).toBe(word);
        expect(idOf.get(word) ?? t.ids[k]).toBe(t.ids[k]);
        idOf.set(word, t.ids[k]!);
      }
      tokens += t.words.length;
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    expect(tokens).toBeGreaterThan(present ? 50_000 : 20);
  });

  it('finds a word by its text in place or as a string, among many that share hash slots', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const ids = words.map(wordId);
    expect(new Set(ids).size).toBe(words.length);
    const text = ` ${words.join(' ')} `;
    let at = 1;
    for (const [k, word] of words.entries()) {
      expect(spanId(text, at, at + word.length)).toBe(ids[k]);
      at += word.length + 1;
    }
  });

  it('tags an article the same after the vocabulary starts again', () => {
    // Not the first text read above: after the vocabulary starts again its words get other ids.
    const text = texts[1]!;
    const sentences = segmentSentences(text, linesOf(text));
    const before = tagAttributions(text, sentences);
    const generation = vocabulary.generation;
    // Past the vocabulary's limit: the next article tokenized starts it again.
    for (let k = 0; vocabulary.words.length <= 200_000; k++) wordId(`filler${k}`);
    const again = segmentSentences(text, linesOf(text));
    const after = tagAttributions(text, again);
    expect(vocabulary.generation).toBe(generation + 1);
    expect(vocabulary.words.length).toBeLessThan(20_000);
    expect(Array.from(after.tags)).toEqual(Array.from(before.tags));
    expect(Array.from(after.margins)).toEqual(Array.from(before.margins));
  });
});
