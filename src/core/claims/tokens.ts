/**
 * Bounded word windows around a position, inside one sentence. Every look-around the detector
 * makes goes through these, so the work per cue is capped whatever the sentence's length.
 */

export interface Token {
  /** As written. */
  t: string;
  /** Lower-case, curly apostrophes made straight. */
  lo: string;
  start: number;
  end: number;
}

/** Dotted abbreviations keep their final dot ("U.S."); any other word stops before punctuation. */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’&.-][\p{L}\p{N}]+)*|\S/gu;
/** Characters to read per token wanted: enough for long words, small enough to stay cheap. */
const CHARS_PER_TOKEN = 14;

function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    out.push({ t: m[0], lo: m[0].toLowerCase().replace(/’/g, "'"), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** Up to `n` tokens after `pos`, not past `limit`. */
export function tokensAfter(text: string, pos: number, limit: number, n: number): Token[] {
  return tokenize(text, pos, Math.min(limit, pos + Math.max(40, n * CHARS_PER_TOKEN))).slice(0, n);
}

/** Up to `n` tokens before `pos`, not before `limit`, nearest first. */
export function tokensBefore(text: string, pos: number, limit: number, n: number): Token[] {
  let from = Math.max(limit, pos - Math.max(40, n * CHARS_PER_TOKEN));
  // Do not start in the middle of a word: it would read as a different word.
  while (from > limit && /[\p{L}\p{N}]/u.test(text[from - 1] as string)) from++;
  return tokenize(text, from, pos).slice(-n).reverse();
}

export const isCapitalized = (tok: Token | undefined): boolean => tok !== undefined && /^\p{Lu}/u.test(tok.t);
export const isWord = (tok: Token | undefined): boolean => tok !== undefined && /^[\p{L}\p{N}]/u.test(tok.t);
