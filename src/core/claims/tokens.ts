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
  // Scans the text in place rather than a copy of the window; a token may not run past `to`.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    if (m.index + t.length > to) t = t.slice(0, to - m.index);
    const lower = t.toLowerCase();
    out.push({ t, lo: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + t.length });
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
