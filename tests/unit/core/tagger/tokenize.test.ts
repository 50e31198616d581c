/**
 * The engine's tokenizer: what the taggers were trained on, so its tokens must stay exactly those of
 * its documented pattern, whichever of its two regular expressions (any script, or Latin only) runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../scripts/lib/paths.ts';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { sentenceTokens, tokenize } from '../../../../src/core/tagger/tokenize.ts';
import { seededRandom } from '../../../../src/core/tagger/train.ts';
import type { Sentence } from '../../../../src/core/text/sentence.ts';

/** The pattern as documented in tokenize.ts, with Unicode classes: the reference. */
const REFERENCE =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}\p{M}]+(?:(?:['’](?![sS](?![\p{L}\p{N}]))|[\-.&])[\p{L}\p{N}\p{M}]+|,\p{N}{3}(?!\p{N}))*|['’][sS](?![\p{L}\p{N}])|\S/gu;

function reference(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => `${m[0]}@${m.index}`);
}

function tokens(text: string): string[] {
  const t = tokenize(text);
  return t.words.map((w, k) => `${w}@${t.starts[k]}`);
}

describe('tokenize', () => {
  it('keeps abbreviations, inner punctuation and numbers whole and splits a possessive', () => {
    const t = tokenize('The U.S. envoy J. Smith said AT&T’s co-founder paid $1,000 in 3.5 days.');
    expect(t.words).toEqual('The U.S. envoy J. Smith said AT&T ’s co-founder paid $ 1,000 in 3.5 days .'.split(' '));
  });

  it('finds the tokens of its documented pattern in any script', () => {
    const alphabet = [
      ...'abcxyzABCXYZ0123456789',
      ...' \t\n',
      ...`.,;:!?'"-&()$%/`,
      ...'éÉüÜñÑßøØªºµ²½×÷',
      ...'’‘“”—–…\u00ad\u00a0\u2009',
      ...'\u0301', // a combining accent (outside the Latin fast path)
      ...'Жжαβ中文',
      '😀',
      // Pieces the pattern treats specially, so that random text meets them often.
      ...['J. ', 'É. ', 'U.S.', 'ø.', '’s', "'S", ',000', '-', '&'],
    ];
    const random = seededRandom(21);
    for (let k = 0; k < 2000; k++) {
      const length = 1 + Math.floor(random() * 30);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(tokens(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('finds the tokens of its documented pattern in text of Latin script (the scanner, no fallback)', () => {
    const alphabet = [
      ...'abzAZ09',
      ...' \t\n\u00a0\u2009',
      ...`.,'"-&$\u00ad`,
      ...'éÉßøªµ²½\u0301\u0300',
      ...'’‘“”—…\u200b',
      ...['J. ', 'É. ', 'U.S.', 'u.s', 'ø.', '’s', "'S", "'sa", ',000', ',00', ',0000', '1,000', '-', '&', 'A.\n'],
    ];
    const random = seededRandom(5);
    for (let k = 0; k < 5000; k++) {
      const length = 1 + Math.floor(random() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(tokens(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('gives each sentence the tokens of the pattern, a soft hyphen inside a word joining its parts', () => {
    // The plain form: each sentence's reference tokens, then the soft hyphens between two parts joined.
    const plain = (text: string, sentences: Sentence[]): string[] =>
      sentences.flatMap((s, index) => {
        const out: Array<{ word: string; start: number; end: number }> = [];
        const found = [...text.slice(s.start, s.end).matchAll(REFERENCE)].map((m) => ({
          word: m[0],
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
        }));
        for (let k = 0; k < found.length; k++) {
          const t = found[k]!;
          const prior = out[out.length - 1];
          const next = found[k + 1];
          if (t.word === '\u00ad' && prior && next && prior.end === t.start && next.start === t.end) {
            prior.word += t.word + next.word;
            prior.end = next.end;
            k++;
          } else out.push({ ...t });
        }
        return out.map((t) => `${t.word}@${t.start}-${t.end}/${index}`);
      });
    const alphabet = [...'abcXYZ01', ' ', ' ', '.', ',', '’', '\u00ad', '\u00ad', 'é', 'Ж', 'U.S.', "'s"];
    const random = seededRandom(8);
    for (let k = 0; k < 500; k++) {
      const length = 1 + Math.floor(random() * 40);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      // Sentences over random cuts of the text (not always all of it).
      const cuts = [0, ...Array.from({ length: 3 }, () => Math.floor(random() * text.length)), text.length];
      cuts.sort((a, b) => a - b);
      const sentences = cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end, block: 0 }));
      const t = sentenceTokens(text, sentences);
      const got = t.words.map((w, j) => `${w}@${t.starts[j]}-${t.ends[j]}/${t.sentenceOf[j]}`);
      expect(got, JSON.stringify(text)).toEqual(plain(text, sentences));
    }
  });

  it.skipIf(!existsSync(join(ROOT, '../shared/polnear/dev')))("finds the pattern's tokens in PolNeAR dev", () => {
    let count = 0;
    for (const { text } of loadPolnear('dev')) {
      // Paragraphs, as sentences are read: no token runs across one's end.
      let from = 0;
      for (const paragraph of text.split('\n')) {
        const to = from + paragraph.length;
        const t = tokenize(text, from, to);
        const got = t.words.map((w, k) => `${w}@${t.starts[k]! - from}`);
        expect(got).toEqual(reference(paragraph));
        count += got.length;
        from = to + 1;
      }
    }
    expect(count).toBeGreaterThan(50_000);
  });

  it('gives sentence tokens with their sentence numbers and offsets in the whole text', () => {
    const text = 'Officials said so. Critics disagree.';
    const sentences: Sentence[] = [
      { start: 0, end: 18, block: 0 },
      { start: 19, end: 36, block: 0 },
    ];
    const t = sentenceTokens(text, sentences);
    expect(t.words).toEqual(['Officials', 'said', 'so', '.', 'Critics', 'disagree', '.']);
    expect(Array.from(t.sentenceOf)).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(t.words.map((w, k) => text.slice(t.starts[k], t.ends[k]) === w)).not.toContain(false);
  });
});
