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
import { CLOSING_QUOTES, OPENING_QUOTES, QUOTES, SAYING } from './lexicon.ts';

/** Per-token facts computed once per sequence. */
export interface TokenFacts {
  length: number;
  lower: Uint32Array;
  suffix: Uint32Array;
  shape: Uint32Array;
  /** 1 inside a quotation, 2 on a quotation mark, 0 otherwise. */
  quote: Uint8Array;
  /** Token's index in its sentence (capped), and distance to the sentence's end (capped). */
  fromStart: Uint8Array;
  toEnd: Uint8Array;
  /** Distance to the nearest verb of saying in the same sentence, left and right (0 = none). */
  sayLeft: Uint8Array;
  sayRight: Uint8Array;
  sayLeftWord: Uint32Array;
  sayRightWord: Uint32Array;
  capital: Uint8Array;
}

/** What the features need of one word, computed once per distinct word and cached. */
interface WordFacts {
  lower: number;
  suffix: number;
  shape: number;
  capital: number;
  saying: number;
}

const WORD_CACHE_LIMIT = 200_000;
const wordFacts = new Map<string, WordFacts>();

function factsOf(word: string): WordFacts {
  let facts = wordFacts.get(word);
  if (facts === undefined) {
    if (wordFacts.size > WORD_CACHE_LIMIT) wordFacts.clear();
    const lower = word.toLowerCase();
    facts = {
      lower: hashString(lower),
      suffix: hashString(lower.length > 3 ? lower.slice(-3) : lower),
      shape: hashString(shapeOf(word)),
      capital: lower !== word ? 1 : 0,
      saying: SAYING.has(lower) ? 1 : 0,
    };
    // A copy of the key, not the slice of an article V8 may keep it as (see entities' word cache).
    wordFacts.set((' ' + word).slice(1), facts);
  }
  return facts;
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
 * number (tokens of one sentence are contiguous).
 */
export function tokenFacts(tokens: Tokens, from: number, to: number, sentenceOf: ArrayLike<number>): TokenFacts {
  const length = to - from;
  const facts: TokenFacts = {
    length,
    lower: new Uint32Array(length),
    suffix: new Uint32Array(length),
    shape: new Uint32Array(length),
    quote: new Uint8Array(length),
    fromStart: new Uint8Array(length),
    toEnd: new Uint8Array(length),
    sayLeft: new Uint8Array(length),
    sayRight: new Uint8Array(length),
    sayLeftWord: new Uint32Array(length),
    sayRightWord: new Uint32Array(length),
    capital: new Uint8Array(length),
  };
  const saying = new Uint8Array(length);
  let inQuote = false;
  for (let k = 0; k < length; k++) {
    const word = tokens.words[from + k]!;
    const w = factsOf(word);
    facts.lower[k] = w.lower;
    facts.suffix[k] = w.suffix;
    facts.shape[k] = w.shape;
    facts.capital[k] = w.capital;
    saying[k] = w.saying;
    if (QUOTES.has(word)) {
      if (OPENING_QUOTES.has(word)) inQuote = true;
      else if (CLOSING_QUOTES.has(word) && word !== '’') inQuote = false;
      else if (word === '"') inQuote = !inQuote;
      facts.quote[k] = word === '’' || word === "'" ? (inQuote ? 1 : 0) : 2;
    } else facts.quote[k] = inQuote ? 1 : 0;
  }
  // Sentence positions and the nearest verb of saying, each in one pass per direction.
  let sentenceStart = 0;
  let lastSay = -1;
  for (let k = 0; k < length; k++) {
    if (k > 0 && sentenceOf[from + k] !== sentenceOf[from + k - 1]) {
      sentenceStart = k;
      lastSay = -1;
    }
    facts.fromStart[k] = Math.min(k - sentenceStart, 7);
    if (lastSay >= 0 && k - lastSay <= MAX_DISTANCE) {
      facts.sayLeft[k] = bucket(k - lastSay);
      facts.sayLeftWord[k] = facts.lower[lastSay]!;
    }
    if (saying[k]) lastSay = k;
  }
  let sentenceEnd = length;
  let nextSay = -1;
  for (let k = length - 1; k >= 0; k--) {
    if (k < length - 1 && sentenceOf[from + k] !== sentenceOf[from + k + 1]) {
      sentenceEnd = k + 1;
      nextSay = -1;
    }
    facts.toEnd[k] = Math.min(sentenceEnd - 1 - k, 7);
    if (nextSay >= 0 && nextSay - k <= MAX_DISTANCE) {
      facts.sayRight[k] = bucket(nextSay - k);
      facts.sayRightWord[k] = facts.lower[nextSay]!;
    }
    if (saying[k]) nextSay = k;
  }
  return facts;
}

const NONE = 0x9e3779b9;

/** The feature function over precomputed facts. */
export function attributionFeatures(f: TokenFacts): FeatureFn {
  return (i, prev, prev2, out) => {
    let n = 0;
    const at = (arr: Uint32Array, k: number): number => (k >= 0 && k < f.length ? arr[k]! : NONE);
    const w0 = f.lower[i]!;
    const wm1 = at(f.lower, i - 1);
    const wp1 = at(f.lower, i + 1);
    const p = prev + 2;
    const pp = prev2 + 2;
    out[n++] = mix(1, 0);
    out[n++] = mix(2, w0);
    out[n++] = mix(3, wm1);
    out[n++] = mix(4, wp1);
    out[n++] = mix(5, at(f.lower, i - 2));
    out[n++] = mix(6, at(f.lower, i + 2));
    out[n++] = mix(7, f.suffix[i]!);
    out[n++] = mix(8, f.shape[i]!);
    out[n++] = mix(9, at(f.shape, i - 1));
    out[n++] = mix(10, at(f.shape, i + 1));
    out[n++] = mix(mix(11, wm1), w0);
    out[n++] = mix(mix(12, w0), wp1);
    out[n++] = mix(13, p);
    out[n++] = mix(14, p * 64 + pp);
    out[n++] = mix(mix(15, p), w0);
    out[n++] = mix(16, f.quote[i]! * 4 + (i > 0 ? f.quote[i - 1]! : 3));
    out[n++] = mix(17, f.fromStart[i]!);
    out[n++] = mix(18, f.toEnd[i]!);
    out[n++] = mix(19, f.sayLeft[i]!);
    out[n++] = mix(20, f.sayRight[i]!);
    out[n++] = mix(21, f.sayLeftWord[i]! ^ f.sayLeft[i]!);
    out[n++] = mix(22, f.sayRightWord[i]! ^ f.sayRight[i]!);
    out[n++] = mix(23, p * 8 + f.sayRight[i]!);
    out[n++] = mix(24, p * 8 + f.sayLeft[i]!);
    out[n++] = mix(25, p * 4 + f.capital[i]!);
    out[n++] = mix(26, p * 4 + f.quote[i]!);
    out[n++] = mix(mix(27, f.shape[i]!), p);
    out[n++] = mix(mix(28, f.sayLeft[i]! * 8 + f.sayRight[i]!), f.quote[i]!);
    return n;
  };
}
