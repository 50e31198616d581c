import type { Sentence } from '../text/sentence.ts';
import { refreshVocabulary, spanId, vocabulary, wordId } from './vocabulary.ts';

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
 * "1,000" stay whole) but a possessive "'s" is a token of its own, as in the Penn Treebank;
 * abbreviations of single letters keep their periods ("U.S.", and an initial "J." before a capital).
 * Anything else that is not white space is a token of its own. Written with Unicode classes (L
 * letters, Lu capitals, N numbers, M marks), it serves any script.
 */
const pattern = (L: string, Lu: string, N: string, M: string): string =>
  `(?:[${L}]\\.){2,}|[${Lu}]\\.(?=\\s+[${Lu}])|[${L}${N}${M}]+(?:(?:['’](?![sS](?![${L}${N}]))|[\\-.&])[${L}${N}${M}]+` +
  `|,[${N}]{3}(?![${N}]))*|['’][sS](?![${L}${N}])|\\S`;
const TOKEN = new RegExp(pattern('\\p{L}', '\\p{Lu}', '\\p{N}', '\\p{M}'), 'gu');

/**
 * Text of Latin script and its punctuation only (U+0000–U+024F, U+2000–U+206F: nearly every sentence
 * of the news this reads) is read by `scanLatin`, a scanner of code units that finds the pattern's
 * tokens without a regular expression: no match object per token, each code unit's class read from a
 * table. TOKEN reads any other text. tests/unit/core/tagger/tokenize.test.ts compares the two with
 * the pattern on random and real text.
 */
const LATIN_END = 0x2070;
const IS_L = 1;
const IS_LU = 2;
const IS_N = 4;
const IS_M = 8;
const IS_SPACE = 16;
const IS_LATIN = 32;
const LNM = IS_L | IS_N | IS_M;
let classes: Uint8Array | null = null;

/** Each Latin code unit's classes (IS_ bits; 0 outside the Latin ranges), made on first use. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(LATIN_END);
  let latin = '';
  for (let c = 0; c < LATIN_END; c++) {
    if (c <= 0x24f || c >= 0x2000) {
      table[c] = IS_LATIN;
      latin += String.fromCharCode(c);
    }
  }
  // One pass of each class's expression over all the Latin code units (0.1 ms; one test per unit took 1.5).
  const mark = (re: RegExp, bit: number): void => {
    for (const m of latin.matchAll(re)) table[m[0].charCodeAt(0)]! |= bit;
  };
  mark(/\p{L}/gu, IS_L);
  mark(/\p{Lu}/gu, IS_LU);
  mark(/\p{N}/gu, IS_N);
  mark(/\p{M}/gu, IS_M);
  mark(/\s/g, IS_SPACE);
  classes = table;
  return table;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
/** 's' or 'S' once or-ed with 0x20. */
const LOWER_S = 0x73;

/**
 * Appends the pattern's tokens of text[start, end) to `into` and returns true; or, at the first code
 * unit outside the Latin ranges, takes back what it appended and returns false. Every code unit of
 * the range is read (spaces skipped, the rest consumed by a token), so none outside them is missed;
 * nothing at or after `end` is read, as the pattern sees the sentence alone.
 */
function scanLatin(into: Building, text: string, start: number, end: number): boolean {
  const table = classTable();
  const at = (i: number): number => {
    if (i >= end) return 0;
    const c = text.charCodeAt(i);
    return c < LATIN_END ? table[c]! : 0;
  };
  const { words, starts, ends, ids } = into;
  const first = words.length;
  const known = vocabulary.words;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = c < LATIN_END ? table[c]! : 0;
    if (!(k & IS_LATIN)) {
      words.length = starts.length = ends.length = ids.length = first;
      return false;
    }
    if (k & IS_SPACE) {
      i++;
      continue;
    }
    const from = i;
    if (k & LNM) i = wordEnd(text, i, end, k, at);
    // A possessive: ['’][sS](?![L N]).
    else if (
      (c === APOSTROPHE || c === RIGHT_QUOTE) &&
      i + 1 < end &&
      (text.charCodeAt(i + 1) | 0x20) === LOWER_S &&
      !(at(i + 2) & (IS_L | IS_N))
    )
      i += 2;
    else i++;
    const id = spanId(text, from, i);
    ids.push(id);
    words.push(known[id]!);
    starts.push(from);
    ends.push(i);
  }
  return true;
}

/** Where the token that opens at `i` with a letter, number or mark (classes `k`) ends. */
function wordEnd(text: string, i: number, end: number, k: number, at: (i: number) => number): number {
  if (k & IS_L) {
    // (?:[L]\.){2,}: letters each followed by a period, two or more.
    let j = i;
    while (at(j) & IS_L && j + 1 < end && text.charCodeAt(j + 1) === PERIOD) j += 2;
    if (j - i >= 4) return j;
    // [Lu]\.(?=\s+[Lu]): an initial before a name.
    if (k & IS_LU && j - i === 2) {
      let s = j;
      while (at(s) & IS_SPACE) s++;
      if (s > j && at(s) & IS_LU) return j;
    }
  }
  // [L N M]+ joined by ' ’ (not a possessive's) - . & to more, or by ,ddd (not before a fourth digit).
  let j = i + 1;
  while (at(j) & LNM) j++;
  for (;;) {
    const c = j < end ? text.charCodeAt(j) : -1;
    if (c === APOSTROPHE || c === RIGHT_QUOTE) {
      const possessive = j + 1 < end && (text.charCodeAt(j + 1) | 0x20) === LOWER_S && !(at(j + 2) & (IS_L | IS_N));
      if (possessive || !(at(j + 1) & LNM)) return j;
    } else if (c === HYPHEN || c === PERIOD || c === AMPERSAND) {
      if (!(at(j + 1) & LNM)) return j;
    } else if (c === COMMA) {
      if (!(at(j + 1) & IS_N && at(j + 2) & IS_N && at(j + 3) & IS_N) || at(j + 4) & IS_N) return j;
      j += 4;
      continue;
    } else return j;
    j += 2;
    while (at(j) & LNM) j++;
  }
}

export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const tokens: Building = { words: [], starts: [], ends: [], ids: [] };
  tokenizeInto(tokens, text, start, end);
  return { words: tokens.words, starts: tokens.starts, ends: tokens.ends };
}

/** Tokens being made, with each one's word id in `vocabulary` (its word is the vocabulary's copy). */
interface Building extends Tokens {
  ids: number[];
}

/** Appends the tokens of text[start, end) to `into`. */
function tokenizeInto(into: Building, text: string, start: number, end: number): void {
  if (scanLatin(into, text, start, end)) return;
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = TOKEN;
  const { words, starts, ends, ids } = into;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const from = start + m.index;
    const id = spanId(text, from, from + m[0].length);
    ids.push(id);
    words.push(vocabulary.words[id]!);
    starts.push(from);
    ends.push(from + m[0].length);
  }
}

/** An article's tokens, sentence by sentence, as both taggers read them. */
export interface SentenceTokens extends Tokens {
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /**
   * Each token's word id in `vocabulary` (tagger/vocabulary.ts), of its generation `generation`: a
   * tagger may keep what it derives from a word in arrays indexed by id. Each token's word is the
   * vocabulary's string for its id.
   */
  ids: Int32Array;
  generation: number;
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
  if (last && last.sentences === sentences && last.text === text && last.tokens.generation === vocabulary.generation)
    return last.tokens;
  refreshVocabulary();
  // Each sentence is tokenized straight into the article's arrays, and its soft hyphens are then
  // joined in place (in an article that has any): no scratch arrays to copy from.
  const into: Building = { words: [], starts: [], ends: [], ids: [] };
  const { words, starts, ends } = into;
  const hyphenated = text.includes(SOFT_HYPHEN);
  /** Index of each sentence's first token, and past the last. */
  const firsts = new Int32Array(sentences.length + 1);
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]!;
    const first = words.length;
    firsts[index] = first;
    tokenizeInto(into, text, s.start, s.end);
    if (hyphenated) joinSoftHyphens(into, first);
  }
  firsts[sentences.length] = words.length;
  const sentenceOf = new Int32Array(words.length);
  for (let index = 0; index < sentences.length; index++) sentenceOf.fill(index, firsts[index]!, firsts[index + 1]!);
  // Copied by hand: Int32Array.from(array) takes the slow iterator path.
  const ids = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) ids[k] = into.ids[k]!;
  const tokens = { words, starts, ends, sentenceOf, ids, generation: vocabulary.generation };
  last = { sentences, text, tokens };
  return tokens;
}

/** Joins the parts of a word split by a soft hyphen among the tokens from `first` on. */
function joinSoftHyphens(into: Building, first: number): void {
  const { words, starts, ends, ids } = into;
  const length = words.length;
  let out = first;
  for (let k = first; k < length; k++) {
    const shy = words[k] === SOFT_HYPHEN && k + 1 < length && out > first;
    if (shy && starts[k] === ends[out - 1] && starts[k + 1] === ends[k]) {
      const id = wordId(words[out - 1]! + SOFT_HYPHEN + words[k + 1]!);
      ids[out - 1] = id;
      words[out - 1] = vocabulary.words[id]!;
      ends[out - 1] = ends[++k]!;
      continue;
    }
    if (out < k) {
      ids[out] = ids[k]!;
      words[out] = words[k]!;
      starts[out] = starts[k]!;
      ends[out] = ends[k]!;
    }
    out++;
  }
  if (out < length) words.length = starts.length = ends.length = ids.length = out;
}
