import type { Sentence } from '../text/sentence.ts';

/**
 * The engine's one tokenizer: words (with inner apostrophes, hyphens and the periods of
 * abbreviations like "U.S."), numbers, and single punctuation marks, each with its UTF-16 offsets.
 * Taggers (attributions, entities) read these tokens; offsets map their spans back to the text.
 */

export interface Tokens {
  /** Token texts, as written. */
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * A word: letters/digits/marks joined by inner ' ’ - . & (so "don't", "AT&T", "co-founder", "3.5",
 * "1,000" stay whole) but a possessive "'s" is a token of its own, as in the Penn Treebank; abbreviations of single letters keep their periods ("U.S.", and an initial
 * "J." before a capital).
 * Anything else that is not white space is a token of its own.
 */
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}\p{M}]+(?:(?:['’](?![sS](?![\p{L}\p{N}]))|[\-.&])[\p{L}\p{N}\p{M}]+|,\p{N}{3}(?!\p{N}))*|['’][sS](?![\p{L}\p{N}])|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    words.push(m[0]);
    starts.push(start + m.index);
    ends.push(start + m.index + m[0].length);
  }
  return { words, starts, ends };
}

/** An article's tokens, sentence by sentence, as both taggers read them. */
export interface SentenceTokens extends Tokens {
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

const SOFT_HYPHEN = '\u00ad';
/** The last article tokenized: the two taggers of one reading share it, and no more is kept. */
let last: { sentences: readonly Sentence[]; text: string; tokens: SentenceTokens } | null = null;

/**
 * Tokens of every sentence of an article, made once per reading: the entity and attribution
 * taggers ask for the same sentences in turn, and the second gets the first's tokens (a one-entry
 * cache, so that readings kept for incremental analysis do not keep their tokens alive). A soft hyphen
 * (U+00AD, an invisible line-break hint in some pages' HTML) between two parts of a word stays
 * inside the word ("Netan\u00adyahu").
 */
export function sentenceTokens(text: string, sentences: readonly Sentence[]): SentenceTokens {
  if (last && last.sentences === sentences && last.text === text) return last.tokens;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceIds: number[] = [];
  sentences.forEach((s, index) => {
    const t = tokenize(text, s.start, s.end);
    const first = words.length;
    for (let k = 0; k < t.words.length; k++) {
      const shy = t.words[k] === SOFT_HYPHEN && k + 1 < t.words.length && words.length > first;
      if (shy && t.starts[k] === ends[ends.length - 1] && t.starts[k + 1] === t.ends[k]) {
        words[words.length - 1] += SOFT_HYPHEN + t.words[k + 1]!;
        ends[ends.length - 1] = t.ends[++k]!;
        continue;
      }
      words.push(t.words[k]!);
      starts.push(t.starts[k]!);
      ends.push(t.ends[k]!);
      sentenceIds.push(index);
    }
  });
  const tokens = { words, starts, ends, sentenceOf: Int32Array.from(sentenceIds) };
  last = { sentences, text, tokens };
  return tokens;
}
