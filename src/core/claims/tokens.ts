/**
 * Bounded word windows around a position, inside one sentence. Every look-around the detector
 * makes goes through these, so the work per cue is capped whatever the sentence's length.
 */

import { LETTER, NUMBER, isAlnumUnit, isSpaceCode, lowerCase, unitClass } from '../text/chars.ts';

const IS_LETTER = /\p{L}/u;
const IS_NUMBER = /\p{N}/u;

export interface Token {
  /** As written. */
  t: string;
  /** Lower-case, curly apostrophes made straight. */
  lo: string;
  start: number;
  end: number;
}

/** Characters to read per token wanted: enough for long words, small enough to stay cheap. */
const CHARS_PER_TOKEN = 14;

/*
 * A hand-written scanner with the meaning of /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’&.-][\p{L}\p{N}]+)*|\S/gu:
 * a dotted abbreviation keeps its final dot ("U.S."), any other word stops before punctuation, and
 * anything else is one character (one code point). It reads code units from a table instead of
 * running a Unicode regular expression, which was a third of the detector's time.
 */
/** Letter or number class of the code point at i, and its length in code units. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? NUMBER : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      return IS_LETTER.test(ch) ? LETTER | 4 : IS_NUMBER.test(ch) ? NUMBER | 4 : 4;
    }
    return 0;
  }
  return unitClass(code);
}

/** Code units taken by the code point at i (1, or 2 for a surrogate pair). */
const width = (k: number): number => (k & 4 ? 2 : 1);

/** End of a run of letters and numbers from i. */
function alnumRun(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = classAt(text, i);
    if (!(k & 3)) break;
    i += width(k);
  }
  return i;
}

/** The end of the token that starts at i (i is not white space). */
function tokenEnd(text: string, i: number): number {
  const k = classAt(text, i);
  if (!(k & 3)) return i + width(k);
  // Dotted abbreviation: at least two letter-dot pairs.
  if (k & LETTER) {
    let j = i;
    let pairs = 0;
    for (;;) {
      const kj = classAt(text, j);
      if (!(kj & LETTER)) break;
      const w = width(kj);
      if (text.charCodeAt(j + w) !== 46) break;
      j += w + 1;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  let end = alnumRun(text, i);
  for (;;) {
    const sep = text.charCodeAt(end);
    // ' ’ & . -
    if (sep !== 39 && sep !== 0x2019 && sep !== 38 && sep !== 46 && sep !== 45) break;
    if (!(classAt(text, end + 1) & 3)) break;
    end = alnumRun(text, end + 1);
  }
  return end;
}

/** `t` lower-cased with curly apostrophes made straight; `t` itself when it is lower-case ASCII already. */
function lowerAt(text: string, from: number, to: number, t: string): string {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return lowered(t);
  }
  return t;
}

/** A word lower-cased with curly apostrophes made straight ("Didn’t" → "didn't"). */
export function lowered(word: string): string {
  const lower = lowerCase(word);
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function tokenize(text: string, from: number, to: number, max = Infinity): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  while (out.length < max) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const end = tokenEnd(text, i);
    // A token may not run past `to`.
    const stop = Math.min(end, to);
    const t = text.slice(i, stop);
    out.push({ t, lo: lowerAt(text, i, stop, t), start: i, end: stop });
    i = end;
  }
  return out;
}

/** Up to `n` tokens after `pos`, not past `limit`. */
export function tokensAfter(text: string, pos: number, limit: number, n: number): Token[] {
  return tokenize(text, pos, Math.min(limit, pos + Math.max(40, n * CHARS_PER_TOKEN)), n);
}

/** Up to `n` tokens before `pos`, not before `limit`, nearest first. */
export function tokensBefore(text: string, pos: number, limit: number, n: number): Token[] {
  let from = Math.max(limit, pos - Math.max(40, n * CHARS_PER_TOKEN));
  // Do not start in the middle of a word: it would read as a different word.
  while (from > limit && isAlnumUnit(text.charCodeAt(from - 1))) from++;
  // No token holds white space, so the scan from `from` is between tokens at every space: start
  // at the n-th run of spaces back from `pos`, which leaves at least n tokens to read, and read
  // the same tokens as from `from` with less work.
  let gaps = 0;
  for (let i = pos - 1; i > from; i--) {
    if (isSpaceCode(text.charCodeAt(i)) && !isSpaceCode(text.charCodeAt(i - 1)) && ++gaps > n) {
      from = i;
      break;
    }
  }
  const toks = tokenize(text, from, pos);
  const out: Token[] = [];
  for (let k = toks.length - 1; k >= 0 && out.length < n; k--) out.push(toks[k] as Token);
  return out;
}

const UPPER_FIRST = /^\p{Lu}/u;

export function isCapitalized(tok: Token | undefined): boolean {
  if (tok === undefined) return false;
  const code = tok.t.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(tok.t);
}

export function isWord(tok: Token | undefined): boolean {
  return tok !== undefined && (classAt(tok.t, 0) & 3) !== 0;
}
