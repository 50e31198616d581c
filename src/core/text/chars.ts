/**
 * Character classes read by code unit from a table, for the scanners that run over every
 * character of an article (sentence ends, word windows). A Unicode regular expression per
 * character costs many times more.
 */

export const LETTER = 1;
export const NUMBER = 2;
const UNKNOWN = -1;
/** Class of each BMP code unit (LETTER, NUMBER or 0), filled on first use. */
const CLASS = new Int8Array(0x10000).fill(UNKNOWN);
const IS_LETTER = /\p{L}/u;
const IS_NUMBER = /\p{N}/u;

/**
 * LETTER, NUMBER or 0 for one code unit, as /\p{L}/u and /\p{N}/u judge it alone: a surrogate,
 * which is half of a code point, is neither.
 */
export function unitClass(code: number): number {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? NUMBER : 0;
  let k = CLASS[code] as number;
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(code);
    k = code >= 0xd800 && code <= 0xdfff ? 0 : IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : 0;
    CLASS[code] = k;
  }
  return k;
}

/** A letter or a number, as /[\p{L}\p{N}]/u judges one code unit. */
export const isAlnumUnit = (code: number): boolean => unitClass(code) !== 0;

/** White space as JavaScript's \s. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    (code > 255 &&
      (code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  );
}

/**
 * Lower-case forms already made. An article's text is usually stored two bytes a character (it
 * has curly quotes), and lower-casing such a string takes the slow general path; the words asked
 * for repeat, so each is lower-cased once.
 */
const LOWER_CASE = new Map<string, string>();

/** `s.toLowerCase()`, with no work for a string that has no capital or non-ASCII letter. */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) {
      let lower = LOWER_CASE.get(s);
      if (lower === undefined) {
        lower = s.toLowerCase();
        if (LOWER_CASE.size >= 20000) LOWER_CASE.clear();
        LOWER_CASE.set(s, lower);
      }
      return lower;
    }
  }
  return s;
}
