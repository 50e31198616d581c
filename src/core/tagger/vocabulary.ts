/**
 * The words the taggers have read, each kept once with a small id. sentenceTokens gives every
 * token its word's id and the vocabulary's own copy of the word, so that a tagger keeps what it
 * derives from a word in arrays indexed by id (no Map look-up per token: a fresh string costs V8 a
 * hash and a probe of its string table on every look-up, about 50 ns), and a token's text met later
 * in any Map or Set is a string whose hash V8 has already computed. Finding a word's id hashes its
 * code units in place (FNV-1a) and probes an open-addressing table: no string is made for a word seen before.
 */

/** Words kept before the vocabulary starts again (checked between articles, by `refreshVocabulary`). */
const LIMIT = 200_000;

/** The distinct words by id; `generation` changes whenever the ids start again. */
export const vocabulary = { words: [] as string[], generation: 0 };

/** Each id's hash. */
let hashes = new Int32Array(1 << 12);
/** id + 1 per slot of an open-addressing table over the hashes (0: empty); at most half full. */
let slots = new Int32Array(1 << 13);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The id of text[start, end), added if new. */
export function spanId(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  const words = vocabulary.words;
  const mask = slots.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const v = slots[s]!;
    if (v === 0) return add(text.slice(start, end), h, s);
    const id = v - 1;
    if (hashes[id] === h) {
      const w = words[id]!;
      if (w.length === end - start && sameText(w, text, start)) return id;
    }
  }
}

/** Whether `text` reads `word` at `start` (a loop: startsWith is a call V8 does not inline, twice as slow here). */
function sameText(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The id of `word`, added if new. */
export function wordId(word: string): number {
  return spanId(word, 0, word.length);
}

function add(word: string, h: number, slot: number): number {
  const words = vocabulary.words;
  const id = words.length;
  // A copy, not a slice of the article V8 may keep it as (which would keep the article alive).
  words.push(` ${word}`.slice(1));
  if (id >= hashes.length) {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[id] = h;
  slots[slot] = id + 1;
  if (2 * words.length > slots.length) rehash(slots.length * 2);
  return id;
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < vocabulary.words.length; id++) {
    let s = hashes[id]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }
}

/**
 * Starts the vocabulary again when it holds more than LIMIT words: called before an article is
 * tokenized, so that ids never change while one article's tokens are in use.
 */
export function refreshVocabulary(): void {
  if (vocabulary.words.length <= LIMIT) return;
  vocabulary.words = [];
  vocabulary.generation++;
  hashes = new Int32Array(1 << 12);
  slots = new Int32Array(1 << 13);
}
