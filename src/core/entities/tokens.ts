/**
 * Word tokens with offsets, for entity recognition. Punctuation is not tokenised: each token keeps
 * the text between it and the previous token (`gap`), which is all the chunker needs to know
 * whether two capitalised words may belong to one name.
 *
 * Tokens are stored column by column (typed arrays for offsets, flags and word ids); a token's word
 * is a string once per distinct word (see vocabulary.ts) and its gap only when a rule asks for it.
 * A long article costs a few typed arrays rather than an object and two strings per word.
 */
import { ENDS, FLAGS, IDS, STARTS, type Scratch } from './scratch.ts';
import { HASH_START as IMPORTED_HASH_START, hashChar as importedHashChar, hashSpan, Vocabulary } from './vocabulary.ts';

// Module-local copies of what the scanner uses per character: where modules are compiled to
// CommonJS (tsx does so), every use of an imported binding is a call to a getter, which cost the
// recogniser a tenth of its time under tsx.
const HASH_START = IMPORTED_HASH_START;
const hashChar = importedHashChar;

/** Starts with an upper-case letter (or is an Arabic-style "al-Assad" particle name). */
const CAP = 1;
/** Has letters and all of them are upper case ("NATO", "U.S.", "MOSCOW"). */
const UPPER = 2;
/** Starts with a digit. */
const NUM = 4;
/** The gap holds a line break. */
const NL = 8;
/** The gap holds a bracket, "(" or ")". */
const BRACKET = 16;
/** The gap is exactly one space, by far the most common gap. */
const SPACE = 32;
/** The gap is not empty and all white space. */
const WS = 128;
/** The gap holds a comma. */
const COMMA = 256;
/** The gap holds a slash. */
const SLASH = 512;
/** The gap holds punctuation that may end a clause: . ! ? : ; and dashes. */
const CLAUSE = 1024;
/** A modifier suffix was cut off the word ("Wuhan-based"): the rare case that needs the map of suffixes. */
const SUFFIX = 2048;

/** Entries in the cache of recently asked gaps (a power of two). */
const CACHE = 512;

export class Tokens {
  readonly length: number;
  // Only the gaps rules ask about become strings: those after capitalised words and their
  // neighbours. The rules work on a few tokens at a time, so a small cache of recent ones
  // (direct-mapped by index) answers nearly every repeat while the strings die young.
  private readonly gapFor = new Int32Array(CACHE).fill(-1);
  private readonly gaps = new Array<string>(CACHE).fill('');

  constructor(
    /** The text the tokens were cut from. */
    readonly source: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    private readonly flags: Uint16Array,
    /** Per token, the id of its word in `words`. */
    private readonly ids: Int32Array,
    /** The distinct words. */
    readonly words: Vocabulary,
    /** Lower-case suffixes cut off hyphenated words ("based" for "Wuhan-based"), by token index. */
    private readonly suffixes: Map<number, string>,
    length: number,
  ) {
    this.length = length;
  }

  /**
   * The text from token first to token last as written. A single word is the vocabulary's string
   * (no copy; it lives as long as the article's analysis does anyway) unless a soft hyphen was
   * left out of it.
   */
  spanText(first: number, last: number): string {
    const start = this.start[first] as number;
    const end = this.end[last] as number;
    if (first === last) {
      const word = this.text(first);
      if (word.length === end - start) return word;
    }
    return this.source.slice(start, end);
  }

  /** The id of the token's word: two tokens have one id exactly when their texts are equal. */
  id(i: number): number {
    return this.ids[i] as number;
  }

  /** The word as looked up: "U.S.", "Yellen" (possessive cut off), "Wuhan" (of "Wuhan-based"). */
  text(i: number): string {
    return this.words.word(this.ids[i] as number);
  }

  /** Text between the previous token's end and this token's start. */
  gap(i: number): string {
    if ((this.flags[i] as number) & SPACE) return ' ';
    const slot = i & (CACHE - 1);
    if (this.gapFor[slot] === i) return this.gaps[slot] as string;
    const g = this.source.slice(i > 0 ? this.end[i - 1] : 0, this.start[i]);
    this.gapFor[slot] = i;
    this.gaps[slot] = g;
    return g;
  }

  /** The gap is white space only (and the token exists). */
  spaced(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & WS) !== 0;
  }

  /** The gap holds a comma, a slash, or clause-ending punctuation (. ! ? : ; dashes). */
  comma(i: number): boolean {
    return ((this.flags[i] as number) & COMMA) !== 0;
  }

  slash(i: number): boolean {
    return ((this.flags[i] as number) & SLASH) !== 0;
  }

  clausePunct(i: number): boolean {
    return ((this.flags[i] as number) & CLAUSE) !== 0;
  }

  /**
   * The gap before token i ends a clause, so the word starts afresh: sentence punctuation followed
   * only by closing quotes, brackets and white space ('." ', ': '), a dash of one or two hyphens
   * standing alone (' -- '), or a blank line. Read backwards from the gap's end in the text, as
   * /[.!?:;\u2014\u2013]\s*["'“”‘’(\[]*\s*$|(^|\s)-{1,2}\s*$|\n\s*\n/ would match the gap.
   */
  endsClause(i: number): boolean {
    if (((this.flags[i] as number) & (CLAUSE | NL)) === 0) return false;
    const text = this.source;
    const from = i > 0 ? (this.end[i - 1] as number) : 0;
    const to = this.start[i] as number;
    let k = to;
    while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
    const beforeSpace = k;
    while (k > from && isQuoteOrOpening(text.charCodeAt(k - 1))) k--;
    while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k > from && isClauseMark(text.charCodeAt(k - 1))) return true;
    let h = beforeSpace;
    while (h > from && text.charCodeAt(h - 1) === 45) h--;
    const hyphens = beforeSpace - h;
    if ((hyphens === 1 || hyphens === 2) && (h === from || isSpaceCode(text.charCodeAt(h - 1)))) return true;
    let afterBreak = false;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c === 10) {
        if (afterBreak) return true;
        afterBreak = true;
      } else if (!isSpaceCode(c)) afterBreak = false;
    }
    return false;
  }

  cap(i: number): boolean {
    return ((this.flags[i] as number) & CAP) !== 0;
  }

  upper(i: number): boolean {
    return ((this.flags[i] as number) & UPPER) !== 0;
  }

  num(i: number): boolean {
    return ((this.flags[i] as number) & NUM) !== 0;
  }

  nl(i: number): boolean {
    return ((this.flags[i] as number) & NL) !== 0;
  }

  bracket(i: number): boolean {
    return ((this.flags[i] as number) & BRACKET) !== 0;
  }

  suffix(i: number): string {
    return (this.flags[i] as number) & SUFFIX ? (this.suffixes.get(i) as string) : '';
  }

  /** Every token that had a suffix cut off, with the suffix ("Wuhan-based" → [i, "based"]). */
  suffixed(): Iterable<[number, string]> {
    return this.suffixes;
  }

  /** Length of the word in the text (with any soft hyphen). */
  width(i: number): number {
    return (this.end[i] as number) - (this.start[i] as number);
  }

  /** The text writes this word in lower case somewhere ("warned", "sanctions"): for telling a headline's words from names. */
  writtenLower(word: string): boolean {
    const id = this.words.find(word);
    return id >= 0 && this.words.writtenLower(id);
  }
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|abu|bani)-\p{Lu}/u;
/** Abbreviations whose period belongs to the word ("Mr.", "Inc.", "Sen."). */
const ABBREVIATIONS = new Set(
  (
    'mr|mrs|ms|dr|sen|rep|gov|gen|col|lt|maj|capt|adm|sgt|cpl|pvt|cmdr|brig|st|jr|sr|inc|corp|co|ltd|bros|prof|rev|mt|ft|' +
    'no|nos|vs|etc|dept|univ|assn|messrs|mme|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ave|blvd|gov|pres|supt|det|insp|' +
    'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo'
  ).split('|'),
);
/** Hyphenated endings that turn a name into a modifier: "Wuhan-based", "Kremlin-backed". */
const MODIFIER_SUFFIXES = new Set(
  'based|led|backed|born|owned|made|funded|run|controlled|linked|allied|affiliated|style|bound|era|headquartered|registered|listed|built|supported|sponsored|occupied|held|annexed|administered'.split(
    '|',
  ),
);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits: ASCII decided by code, the rest by one Unicode class test. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xad || c === 0x2019) return false;
  return WORD_CHAR.test(text[i] as string);
}

/** Has letters, none of them lower case ("NATO", "U.S."), checked code by code without allocating. */
function allUpper(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = text[k] as string;
      if (HAS_LOWER.test(ch)) return false;
      if (HAS_LETTER.test(ch)) letters++;
    }
  }
  return letters > 0;
}

/** Characters that may join two parts of one word: "U.S", "O'Neill", "Wuhan-based", "AT&T", soft hyphen. */
function isJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 38 || c === 0xad;
}

/** US state abbreviations: they follow a town and a comma ("Kansas City, Mo."), never a given name. */
const STATE_ABBREVIATIONS = new Set(
  'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo'.split(
    '|',
  ),
);

/** Whether the period after `word` (at `end`) is part of it: "U.S.", "Inc.", the initial in "A. Dale". */
function periodBelongs(text: string, start: number, end: number, word: string, prevEnd: number): boolean {
  if (word.includes('.')) return true;
  // Nothing but the end of a paragraph after it: the period closes the sentence ("… on X.", "… Claudia Mo.").
  const closes = end + 1 >= text.length || text.charCodeAt(end + 1) === 10 || text.charCodeAt(end + 1) === 13;
  if (word.length === 1) return UPPER_START.test(word) && !closes;
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  if (STATE_ABBREVIATIONS.has(lower)) {
    // "Claudia Mo." is a name ending a sentence; "Columbus, Ohio" style places put a comma first.
    const gap = text.slice(prevEnd, start);
    if (gap === ' ' && prevEnd > 0 && UPPER_START.test(text.slice(lastWordStart(text, prevEnd), prevEnd))) return false;
  }
  return true;
}

/** Start of the word that ends at `end`. */
function lastWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordCode(text, i - 1)) i--;
  return i;
}

/** White space as /\s/ knows it. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** . ! ? : ; em and en dash. */
function isClauseMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013;
}

/** Quotes and opening brackets that may stand between a sentence's end and the next word. */
function isQuoteOrOpening(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 40 || c === 91;
}

/** Letters and digits among the ASCII codes. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/**
 * A hand-written scanner: one pass, no regular-expression match objects per word. What later steps
 * ask of a word (a hyphen, an apostrophe, a soft hyphen) or of a gap (a line break, a bracket) is
 * noted while scanning, so no word or gap is searched again, and no word is cut out of the text.
 *
 * With `scratch`, the columns are its buffers (see scratch.ts): the tokens are valid until it is
 * lent again.
 */
export function tokenize(text: string, scratch?: Scratch): Tokens {
  const n = text.length;
  // English averages a word and a gap every six characters; grown if the text is denser.
  let capacity = Math.max(16, Math.ceil(n / 5) + 16);
  let starts = scratch ? scratch.int32(STARTS, capacity, false) : new Int32Array(capacity);
  let ends = scratch ? scratch.int32(ENDS, capacity, false) : new Int32Array(capacity);
  let flags = scratch ? scratch.uint16(FLAGS, capacity, false) : new Uint16Array(capacity);
  let ids = scratch ? scratch.int32(IDS, capacity, false) : new Int32Array(capacity);
  const words = new Vocabulary(text);
  const suffixes = new Map<number, string>();
  let count = 0;
  let last = 0;
  let i = 0;
  // What the gap before the next token holds; it starts out "white space only" until shown otherwise.
  let gapFlags = WS;
  let gapEmpty = true;
  while (i < n) {
    const g = text.charCodeAt(i);
    if (g < 128 ? ASCII_WORD[g] === 0 : !isWordCode(text, i)) {
      gapEmpty = false;
      if (g === 32) {
        /* the usual case */
      } else if (g === 10) gapFlags |= NL;
      else if (!isSpaceCode(g)) {
        gapFlags &= ~WS;
        if (g === 40 || g === 41) gapFlags |= BRACKET;
        else if (g === 44) gapFlags |= COMMA;
        else if (g === 47) gapFlags |= SLASH;
        else if (g === 46 || g === 33 || g === 63 || g === 58 || g === 59 || g === 45 || g === 0x2013 || g === 0x2014)
          gapFlags |= CLAUSE;
      }
      i++;
      continue;
    }
    const start = i;
    let hyphenAt = -1;
    let apostrophe = false;
    let soft = false;
    // The word's hash for the vocabulary, taken while scanning (soft hyphens left out, as hashSpan does).
    let hash = hashChar(HASH_START, g);
    i++;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCode(text, i)) break;
        hash = hashChar(hash, c);
        i++;
      }
      // A joiner needs a character after it. (Stopping here also keeps every read inside the text:
      // a read past its end yields NaN, and once V8 has seen that, the whole scanner works on
      // floating-point numbers. Building the lexicon tokenizes thousands of short names first.)
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i);
      if (isJoiner(c) && isWordCode(text, i + 1)) {
        if (c === 45) hyphenAt = i;
        else if (c === 39 || c === 0x2019) apostrophe = true;
        if (c === 0xad) soft = true;
        else hash = hashChar(hash, c);
        i += 1;
        continue;
      }
      // "U.S.-Israeli": a period and a hyphen together join too.
      if (c === 46 && text.charCodeAt(i + 1) === 45 && i + 2 < n && isWordCode(text, i + 2)) {
        hyphenAt = i + 1;
        hash = hashChar(hashChar(hash, 46), 45);
        i += 2;
        continue;
      }
      break;
    }
    const matchEnd = i;
    let end = matchEnd;
    let suffix = '';
    // Possessive 's is not part of a name ("Yellen's" → "Yellen").
    if (apostrophe && end - start > 2 && text.charCodeAt(end - 1) === 115) {
      const q = text.charCodeAt(end - 2);
      if (q === 39 || q === 0x2019) end -= 2;
    }
    if (hyphenAt > start && hyphenAt < end) {
      const tail = text.slice(hyphenAt + 1, end).toLowerCase();
      if (MODIFIER_SUFFIXES.has(tail)) {
        suffix = tail;
        end = hyphenAt;
      }
    }
    if (end < n && text.charCodeAt(end) === 46 && !suffix) {
      const word = text.slice(start, end);
      if (periodBelongs(text, start, end, soft ? word.replace(/\u00ad/g, '') : word, last)) end += 1;
    }
    const c = text.charCodeAt(start);
    const digit = c >= 48 && c <= 57;
    // ASCII fast paths: most words are plain lower-case English, decided without a Unicode regex.
    let cap: boolean;
    if (digit) cap = false;
    else if (c >= 97 && c <= 122) cap = hyphenAt > start && PARTICLE_NAME.test(text.slice(start, end));
    else cap = (c >= 65 && c <= 90) || UPPER_START.test(text[start] as string);
    let f = gapFlags;
    if (gapEmpty) f &= ~WS;
    if (start === last + 1 && text.charCodeAt(last) === 32) f |= SPACE;
    if (cap) {
      f |= CAP;
      if (allUpper(text, start, end)) f |= UPPER;
    }
    if (digit) f |= NUM;
    if (suffix) f |= SUFFIX;
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      ids = grow(ids, capacity);
      const wider = new Uint16Array(capacity);
      wider.set(flags);
      flags = wider;
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = f;
    // A possessive or suffix cut off, or a period taken in, changes the word: hash it again then.
    ids[count] = words.add(start, end, end === matchEnd ? hash : hashSpan(text, start, end), soft, !cap && !digit);
    if (suffix) suffixes.set(count, suffix);
    count++;
    // The cut-off possessive or suffix stays in the next gap, so it still separates names; a period
    // taken into the word ("U.S.") is not part of the next gap.
    last = end;
    i = Math.max(matchEnd, end);
    gapFlags = end < matchEnd ? 0 : WS;
    gapEmpty = end >= matchEnd;
  }
  return new Tokens(text, starts, ends, flags, ids, words, suffixes, count);
}

function grow(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(capacity);
  wider.set(a);
  return wider;
}

/**
 * The token texts of gazetteer names, as `tokenize` would cut each of them, one list per name.
 *
 * The names are cut together, one per line of one text: a line break ends a word and joins nothing,
 * so each name comes out as it would alone. Cutting them one by one would call `tokenize` thousands
 * of times on strings of every internal kind V8 has (constants, slices, concatenations); its
 * feedback at `text.length` and `text.charCodeAt` would turn megamorphic, and every article would
 * then be scanned through generic calls at half the speed.
 */
export function nameTokens(names: string[]): string[][] {
  const tokens = tokenize(names.join('\n'));
  const out: string[][] = [];
  let t = 0;
  let end = 0;
  for (const name of names) {
    end += name.length;
    const words: string[] = [];
    for (; t < tokens.length && (tokens.start[t] as number) < end; t++) words.push(tokens.text(t));
    out.push(words);
    end += 1;
  }
  return out;
}

/** The word and the stems it may be inflected from ("warns" → "warn", "parties" → "party"). */
export function baseForms(w: string): string[] {
  const forms = [w];
  if (w.length < 4) return forms;
  if (w.endsWith('ies')) forms.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) forms.push(w.slice(0, -1));
  if (w.endsWith('ed')) forms.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) forms.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('ly')) forms.push(w.slice(0, -2));
  return forms;
}
