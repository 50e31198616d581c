/**
 * Features of the attribution tagger. Each position's features are hashed from a template number
 * and word hashes computed once per token, so no feature string is ever built.
 *
 * What the model sees at token i: the word and its neighbours (two either side, lower-cased),
 * bigrams, a 3-letter suffix, the word's shape (Xxxx, xxxx, X.X., d, punctuation), whether it is
 * inside a quotation, its place in the sentence, the nearest verb of saying to either side (which
 * word, how far), and the tags already given to the two tokens before.
 */
import { hashString, mix } from '../tagger/hash.ts';
import type { FeatureFn } from '../tagger/model.ts';
import type { Tokens } from '../tagger/tokenize.ts';
import { vocabulary, wordId } from '../tagger/vocabulary.ts';
import { CLOSING_QUOTES, OPENING_QUOTES, QUOTES, SAYING } from './lexicon.ts';

/**
 * Per-token facts of a sequence: its tokens' facts are at [at, at + length) of the arrays, which
 * may hold a whole article's (articleTokens fills one set of arrays for all its sequences: a few
 * large allocations rather than a dozen small ones per paragraph).
 */
export interface TokenFacts extends FactArrays {
  length: number;
  at: number;
}

export interface FactArrays {
  /** Each token's cached word facts. */
  words: WordFacts[];
  /** 1 inside a quotation, 2 on a quotation mark, 0 otherwise. */
  quote: Uint8Array;
  /** Token's index in its sentence (capped), and distance to the sentence's end (capped). */
  fromStart: Uint8Array;
  toEnd: Uint8Array;
  /** Distance to the nearest verb of saying in the same sentence, left and right (0 = none). */
  sayLeft: Uint8Array;
  sayRight: Uint8Array;
  /** The lower-case hash of that verb (0 = none). */
  sayLeftWord: Uint32Array;
  sayRightWord: Uint32Array;
}

/** Arrays for the facts of `size` tokens. */
export function factArrays(size: number): FactArrays {
  return {
    words: new Array<WordFacts>(size),
    quote: new Uint8Array(size),
    fromStart: new Uint8Array(size),
    toEnd: new Uint8Array(size),
    sayLeft: new Uint8Array(size),
    sayRight: new Uint8Array(size),
    sayLeftWord: new Uint32Array(size),
    sayRightWord: new Uint32Array(size),
  };
}

/**
 * What the features need of one word, computed once per distinct word and cached: its hashes, and
 * the word's share of every feature that reads it (template mixed with the hash), so that decoding
 * mixes only what depends on neighbours together or on the tags just chosen.
 */
export interface WordFacts {
  lower: number;
  suffix: number;
  shape: number;
  capital: number;
  saying: number;
  /** What the word does to the quotation state: one of the MARK_ values. */
  mark: number;
  /** mix(template, hash) for templates 2–12 and 27 (see attributionFeatures). */
  w2: number;
  w3: number;
  w4: number;
  w5: number;
  w6: number;
  w7: number;
  w8: number;
  w9: number;
  w10: number;
  w11: number;
  w12: number;
  w27: number;
  /** Where decode.ts keeps this word's cached scores, valid while `generation` is its cache's. */
  slot: number;
  generation: number;
}

/**
 * Quotation marks: one that opens (“ ‘ «), closes (” »: not ’, more often an apostrophe) or
 * toggles ("). Others (' ’) leave the state as it is and read as the text around them.
 */
const MARK_NONE = 0;
const MARK_OPEN = 1;
const MARK_CLOSE = 2;
const MARK_TOGGLE = 3;

function markOf(word: string): number {
  if (!QUOTES.has(word)) return MARK_NONE;
  if (OPENING_QUOTES.has(word)) return MARK_OPEN;
  if (CLOSING_QUOTES.has(word) && word !== '’') return MARK_CLOSE;
  return word === '"' ? MARK_TOGGLE : MARK_NONE;
}

function wordFacts(
  lower: number,
  suffix: number,
  shape: number,
  capital: number,
  saying: number,
  mark: number,
): WordFacts {
  return {
    lower,
    suffix,
    shape,
    capital,
    saying,
    mark,
    w2: mix(2, lower),
    w3: mix(3, lower),
    w4: mix(4, lower),
    w5: mix(5, lower),
    w6: mix(6, lower),
    w7: mix(7, suffix),
    w8: mix(8, shape),
    w9: mix(9, shape),
    w10: mix(10, shape),
    w11: mix(11, lower),
    w12: mix(12, lower),
    w27: mix(27, shape),
    slot: -1,
    generation: -1,
  };
}

const NONE = 0x9e3779b9;
/** Stands for the missing neighbours before a sequence's first token and after its last. */
export const BOUNDARY = wordFacts(NONE, NONE, NONE, 0, 0, MARK_NONE);

/** Each vocabulary word's facts, by word id (tagger/vocabulary.ts), for the vocabulary's generation `factsGeneration`. */
let factsById: Array<WordFacts | undefined> = [];
let factsGeneration = -1;

function factsOf(word: string): WordFacts {
  const lower = word.toLowerCase();
  return wordFacts(
    hashString(lower),
    hashString(lower.length > 3 ? lower.slice(-3) : lower),
    hashString(shapeOf(word)),
    lower !== word ? 1 : 0,
    SAYING.has(lower) ? 1 : 0,
    markOf(word),
  );
}

/** Xxxx, xxxx, XXXX, X.X., dddd, d.d, and punctuation as itself. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length && shape.length < 6; i++) {
    const ch = word[i]!;
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

const MAX_DISTANCE = 8;
const bucket = (d: number): number => (d === 0 ? 0 : d <= 3 ? d : d <= 5 ? 4 : d <= MAX_DISTANCE ? 5 : 6);

/**
 * Facts of the tokens `from`…`to` of `tokens`, with `sentenceOf` giving each token's sentence
 * number (tokens of one sentence are contiguous), written into `arrays` from `at` (new arrays of
 * their own by default). A word's facts are made once and kept by its id in the vocabulary: the ids
 * sentenceTokens gave (`ids`), else looked up here.
 */
export function tokenFacts(
  tokens: Tokens,
  from: number,
  to: number,
  sentenceOf: ArrayLike<number>,
  arrays: FactArrays = factArrays(to - from),
  at = 0,
  ids?: { ids: Int32Array; generation: number },
): TokenFacts {
  const length = to - from;
  const { words, quote, fromStart, toEnd, sayLeft, sayRight, sayLeftWord, sayRightWord } = arrays;
  if (factsGeneration !== vocabulary.generation) {
    factsById = [];
    factsGeneration = vocabulary.generation;
  }
  const known = ids?.generation === factsGeneration ? ids.ids : null;
  let inQuote = 0;
  for (let k = 0; k < length; k++) {
    const word = tokens.words[from + k]!;
    const id = known ? known[from + k]! : wordId(word);
    let w = factsById[id];
    if (w === undefined) {
      // Filled up to the id (ids come mostly in order), so the array never turns sparse.
      while (factsById.length <= id) factsById.push(undefined);
      factsById[id] = w = factsOf(word);
    }
    words[at + k] = w;
    if (w.mark === MARK_NONE) quote[at + k] = inQuote;
    else {
      if (w.mark === MARK_OPEN) inQuote = 1;
      else if (w.mark === MARK_CLOSE) inQuote = 0;
      else inQuote ^= 1;
      quote[at + k] = 2;
    }
  }
  // Sentence positions and the nearest verb of saying, each in one pass per direction.
  let sentenceStart = 0;
  let lastSay = -1;
  for (let k = 0; k < length; k++) {
    if (k > 0 && sentenceOf[from + k] !== sentenceOf[from + k - 1]) {
      sentenceStart = k;
      lastSay = -1;
    }
    fromStart[at + k] = Math.min(k - sentenceStart, 7);
    if (lastSay >= 0 && k - lastSay <= MAX_DISTANCE) {
      sayLeft[at + k] = bucket(k - lastSay);
      sayLeftWord[at + k] = words[at + lastSay]!.lower;
    } else {
      sayLeft[at + k] = 0;
      sayLeftWord[at + k] = 0;
    }
    if (words[at + k]!.saying) lastSay = k;
  }
  let sentenceEnd = length;
  let nextSay = -1;
  for (let k = length - 1; k >= 0; k--) {
    if (k < length - 1 && sentenceOf[from + k] !== sentenceOf[from + k + 1]) {
      sentenceEnd = k + 1;
      nextSay = -1;
    }
    toEnd[at + k] = Math.min(sentenceEnd - 1 - k, 7);
    if (nextSay >= 0 && nextSay - k <= MAX_DISTANCE) {
      sayRight[at + k] = bucket(nextSay - k);
      sayRightWord[at + k] = words[at + nextSay]!.lower;
    } else {
      sayRight[at + k] = 0;
      sayRightWord[at + k] = 0;
    }
    if (words[at + k]!.saying) nextSay = k;
  }
  // Spelled out: an object spread here cost as much as the loops above.
  return { words, quote, fromStart, toEnd, sayLeft, sayRight, sayLeftWord, sayRightWord, length, at };
}

/** mix(template, v) for the small integers v a template takes. */
function table(template: number, size: number): Uint32Array {
  const t = new Uint32Array(size);
  for (let v = 0; v < size; v++) t[v] = mix(template, v);
  return t;
}

// Tags are numbered below 14 (prev + 2 < 16), quotation states below 4, distances below 8.
// Exported for decode.ts, which caches the weights of these features.
export const T1 = mix(1, 0);
export const T13 = table(13, 16);
export const T14 = table(14, 16 * 64);
export const T15 = table(15, 16);
export const T16 = table(16, 16);
export const T17 = table(17, 8);
export const T18 = table(18, 8);
export const T19 = table(19, 8);
export const T20 = table(20, 8);
export const T23 = table(23, 16 * 8);
export const T24 = table(24, 16 * 8);
export const T25 = table(25, 16 * 4);
export const T26 = table(26, 16 * 4);
export const T28 = new Uint32Array(64 * 4);
for (let v = 0; v < 64; v++) for (let q = 0; q < 4; q++) T28[v * 4 + q] = mix(mix(28, v), q);

/**
 * The feature function over precomputed facts. Every feature is mix(template, value) or
 * mix(mix(template, a), b); the parts that depend on one word or on small numbers come from the
 * word cache and the tables above, so the values are the same as mixing them here.
 */
export function attributionFeatures(f: TokenFacts): FeatureFn {
  const { words, length, at, quote, fromStart, toEnd, sayLeft, sayRight, sayLeftWord, sayRightWord } = f;
  return (k, prev, prev2, out) => {
    const i = at + k;
    const w = words[i]!;
    const m1 = k > 0 ? words[i - 1]! : BOUNDARY;
    const p1 = k + 1 < length ? words[i + 1]! : BOUNDARY;
    const m2 = k > 1 ? words[i - 2]! : BOUNDARY;
    const p2 = k + 2 < length ? words[i + 2]! : BOUNDARY;
    const p = prev + 2;
    const pp = prev2 + 2;
    const q = quote[i]!;
    const sl = sayLeft[i]!;
    const sr = sayRight[i]!;
    out[0] = T1;
    out[1] = w.w2;
    out[2] = m1.w3;
    out[3] = p1.w4;
    out[4] = m2.w5;
    out[5] = p2.w6;
    out[6] = w.w7;
    out[7] = w.w8;
    out[8] = m1.w9;
    out[9] = p1.w10;
    out[10] = mix(m1.w11, w.lower);
    out[11] = mix(w.w12, p1.lower);
    out[12] = T13[p]!;
    out[13] = T14[p * 64 + pp]!;
    out[14] = mix(T15[p]!, w.lower);
    out[15] = T16[q * 4 + (k > 0 ? quote[i - 1]! : 3)]!;
    out[16] = T17[fromStart[i]!]!;
    out[17] = T18[toEnd[i]!]!;
    out[18] = T19[sl]!;
    out[19] = T20[sr]!;
    out[20] = mix(21, sayLeftWord[i]! ^ sl);
    out[21] = mix(22, sayRightWord[i]! ^ sr);
    out[22] = T23[p * 8 + sr]!;
    out[23] = T24[p * 8 + sl]!;
    out[24] = T25[p * 4 + w.capital]!;
    out[25] = T26[p * 4 + q]!;
    out[26] = mix(w.w27, p);
    out[27] = T28[(sl * 8 + sr) * 4 + q]!;
    return 28;
  };
}
