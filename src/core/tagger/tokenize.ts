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
 * The same pattern for text of Latin script and its punctuation only (U+0000–U+024F, U+2000–U+206F:
 * nearly every sentence of the news this reads), with the classes spelled out as ranges: V8 runs it
 * without the Unicode flag, about three times as fast, and it finds the same tokens.
 */
const LATIN = [
  [0, 0x24f],
  [0x2000, 0x206f],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const OUTSIDE_LATIN = new RegExp(`[^${LATIN.map(([from, to]) => `${hex(from!)}-${hex(to!)}`).join('')}]`);

/** The code units of LATIN that `test` accepts, as a character class's ranges. */
function ranges(test: RegExp): string {
  let out = '';
  for (const [from, to] of LATIN) {
    let open = -1;
    for (let c = from!; c <= to! + 1; c++) {
      const inside = c <= to! && test.test(String.fromCharCode(c));
      if (inside && open < 0) open = c;
      if (!inside && open >= 0) {
        out += open === c - 1 ? hex(open) : `${hex(open)}-${hex(c - 1)}`;
        open = -1;
      }
    }
  }
  return out;
}

const LATIN_TOKEN = new RegExp(pattern(ranges(/\p{L}/u), ranges(/\p{Lu}/u), ranges(/\p{N}/u), ranges(/\p{M}/u)), 'g');

export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const tokens: Tokens = { words: [], starts: [], ends: [] };
  tokenizeInto(tokens, text, start, end);
  return tokens;
}

/** Appends the tokens of text[start, end) to `into`. */
function tokenizeInto(into: Tokens, text: string, start: number, end: number): void {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = OUTSIDE_LATIN.test(slice) ? TOKEN : LATIN_TOKEN;
  const { words, starts, ends } = into;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word = m[0];
    words.push(word);
    starts.push(start + m.index);
    ends.push(start + m.index + word.length);
  }
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
  // Each sentence is tokenized straight into the article's arrays, and its soft hyphens are then
  // joined in place: no scratch arrays to copy from.
  const into: Tokens = { words: [], starts: [], ends: [] };
  const { words, starts, ends } = into;
  const sentenceIds: number[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]!;
    const first = words.length;
    tokenizeInto(into, text, s.start, s.end);
    const length = words.length;
    let out = first;
    for (let k = first; k < length; k++) {
      const shy = words[k] === SOFT_HYPHEN && k + 1 < length && out > first;
      if (shy && starts[k] === ends[out - 1] && starts[k + 1] === ends[k]) {
        words[out - 1] += SOFT_HYPHEN + words[k + 1]!;
        ends[out - 1] = ends[++k]!;
        continue;
      }
      if (out < k) {
        words[out] = words[k]!;
        starts[out] = starts[k]!;
        ends[out] = ends[k]!;
      }
      out++;
    }
    if (out < length) words.length = starts.length = ends.length = out;
    for (let k = first; k < out; k++) sentenceIds.push(index);
  }
  const tokens = { words, starts, ends, sentenceOf: new Int32Array(sentenceIds) };
  last = { sentences, text, tokens };
  return tokens;
}
