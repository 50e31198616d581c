/**
 * The distinct words of one text. The tokenizer gives every token the id of its word, so the rules
 * cache what they learn about a word (its lower-case form, whether it is a common word, its
 * gazetteer hits) per id instead of asking again for every occurrence, each word becomes a string
 * once, and the strings the rules look up are the same objects every time (their hashes known).
 *
 * Words are found by a hash of their characters in an open-addressing table, compared character by
 * character in the text, so interning a token builds no string. Soft hyphens (U+00AD) are invisible:
 * "Wash\u00adington" is the word "Washington".
 */

const SOFT_HYPHEN = 0xad;

/** Words are hashed with FNV-1a: start from HASH_START and fold in each character with `hashChar`. */
export const HASH_START = 0x811c9dc5;

export function hashChar(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** The hash of text[start, end), soft hyphens left out. */
export function hashSpan(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== SOFT_HYPHEN) h = hashChar(h, c);
  }
  return h;
}

function hashString(word: string): number {
  let h = HASH_START;
  for (let k = 0; k < word.length; k++) h = hashChar(h, word.charCodeAt(k));
  return h;
}

export class Vocabulary {
  /** Number of distinct words; ids run from 0 to size - 1. */
  size = 0;
  // Hash table: slot → id + 1 (0 = empty), and the hash of that id's word.
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private mask = 1023;
  // Per id: where the word first occurs, whether it holds a soft hyphen, whether the text also
  // writes it in lower case, and its string once asked for.
  private starts = new Int32Array(512);
  private ends = new Int32Array(512);
  private soft = new Uint8Array(512);
  private lower = new Uint8Array(512);
  private readonly strings: (string | undefined)[] = [];

  constructor(private readonly text: string) {}

  /**
   * The id of the word at text[start, end) (`hash` as `hashSpan` computes it), added if new. `lower`: this
   * occurrence is written in lower case (not capitalised, not a number).
   */
  add(start: number, end: number, hash: number, soft: boolean, lower: boolean): number {
    let slot = hash & this.mask;
    for (;;) {
      const at = this.slots[slot] as number;
      if (at === 0) break;
      const id = at - 1;
      if (this.hashes[slot] === hash && this.sameWord(id, start, end, soft)) {
        if (lower) this.lower[id] = 1;
        return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    if (id === this.starts.length) this.growIds();
    this.starts[id] = start;
    this.ends[id] = end;
    this.soft[id] = soft ? 1 : 0;
    this.lower[id] = lower ? 1 : 0;
    this.strings.push(undefined);
    this.slots[slot] = id + 1;
    this.hashes[slot] = hash;
    if (this.size * 2 > this.mask) this.growTable();
    return id;
  }

  /** The word's id, or -1 when the text does not have it. */
  find(word: string): number {
    const hash = hashString(word);
    let slot = hash & this.mask;
    for (;;) {
      const at = this.slots[slot] as number;
      if (at === 0) return -1;
      if (this.hashes[slot] === hash && this.word(at - 1) === word) return at - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The word as a string, soft hyphens left out. */
  word(id: number): string {
    let s = this.strings[id];
    if (s === undefined) {
      s = this.text.slice(this.starts[id], this.ends[id]);
      if (this.soft[id]) s = s.replace(/\u00ad/g, '');
      this.strings[id] = s;
    }
    return s;
  }

  /** The text writes this word in lower case somewhere ("warned", "sanctions"). */
  writtenLower(id: number): boolean {
    return this.lower[id] === 1;
  }

  private sameWord(id: number, start: number, end: number, soft: boolean): boolean {
    const text = this.text;
    const a = this.starts[id] as number;
    const len = (this.ends[id] as number) - a;
    if (soft || this.soft[id]) return this.word(id) === text.slice(start, end).replace(/\u00ad/g, '');
    if (end - start !== len) return false;
    for (let k = 0; k < len; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private growIds(): void {
    const capacity = this.starts.length * 2;
    const wider32 = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    const wider8 = (a: Uint8Array) => {
      const b = new Uint8Array(capacity);
      b.set(a);
      return b;
    };
    this.starts = wider32(this.starts);
    this.ends = wider32(this.ends);
    this.soft = wider8(this.soft);
    this.lower = wider8(this.lower);
  }

  private growTable(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    this.mask = slots.length * 2 - 1;
    for (let k = 0; k < slots.length; k++) {
      const at = slots[k] as number;
      if (at === 0) continue;
      const h = hashes[k] as number;
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = at;
      this.hashes[slot] = h;
    }
  }
}
