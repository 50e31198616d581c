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
