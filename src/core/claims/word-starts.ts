/**
 * A faster way to run a big alternation of phrases that starts with `\b` (the cue finder's one
 * regular expression): a match can only begin at the start of a word, and only at a word that can
 * begin one of the alternatives. The possible first words are read from the pattern's own source,
 * so the prefilter follows every edit of the phrase lists. Matching is then tried, with the same
 * pattern made sticky, at those words alone, instead of V8 trying hundreds of alternatives at
 * every character of the text.
 */

/** What can stand at one place of the pattern, as far as the first word is concerned. */
type Node =
  | { k: 'empty' }
  | { k: 'boundary' }
  | { k: 'chars'; word: string[]; anyWord: boolean; nonWord: boolean }
  | { k: 'alt'; alts: Node[][] }
  | { k: 'rep'; node: Node; min: number; max: number };

/** Regular-expression word characters (`\w` without the u flag). */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

const EMPTY: Node = { k: 'empty' };
const BOUNDARY: Node = { k: 'boundary' };
const ANY: Node = { k: 'chars', word: [], anyWord: true, nonWord: true };
const chars = (word: string[], anyWord: boolean, nonWord: boolean): Node => ({ k: 'chars', word, anyWord, nonWord });

/** A parser for the syntax the phrase lists use: groups, alternation, quantifiers, classes, escapes. */
class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly fold: boolean,
  ) {}

  alternation(): Node {
    const alts: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return { k: 'alt', alts };
  }

  sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      seq.push(this.quantified(this.atom()));
    }
    return seq;
  }

  quantified(node: Node): Node {
    const ch = this.src[this.i];
    let min: number;
    let max: number;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.i++;
      [min, max] = ch === '?' ? [0, 1] : ch === '*' ? [0, Infinity] : [1, Infinity];
    } else if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i)) as RegExpExecArray;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return node;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    return { k: 'rep', node, min, max };
  }

  atom(): Node {
    const ch = this.src[this.i++] as string;
    if (ch === '(') {
      let look = false;
      if (this.src[this.i] === '?') {
        const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i));
        if (!kind) throw new Error(`word-starts: unknown group at ${this.i} of ${this.src.slice(0, 60)}…`);
        this.i += kind[0].length;
        look = ['?=', '?!', '?<=', '?<!'].includes(kind[0]);
      }
      const inner = this.alternation();
      if (this.src[this.i++] !== ')') throw new Error('word-starts: unbalanced parenthesis');
      // A look-around consumes nothing; taking it as always true only widens the set of first words.
      return look ? EMPTY : inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '\\') {
      const e = this.src[this.i];
      if (e === 'b') {
        this.i++;
        return BOUNDARY;
      }
      if (e === 'B') {
        this.i++;
        return EMPTY;
      }
      if (e !== undefined && 'wWdDsS'.includes(e)) {
        this.i++;
        return classEscape(e);
      }
      if (e !== undefined && /[1-9k]/.test(e)) {
        // A back-reference (\1, \k<name>): it could be anything.
        this.i++;
        if (e === 'k') this.i = this.src.indexOf('>', this.i) + 1;
        else while (/\d/.test(this.src[this.i] ?? '')) this.i++;
        return ANY;
      }
      return this.literal(this.escapedChar());
    }
    return this.literal(ch);
  }

  literal(ch: string): Node {
    if (!isWordCode(ch.charCodeAt(0))) return chars([], false, true);
    return chars([this.fold ? ch.toLowerCase() : ch], false, false);
  }

  /** The character an escape stands for, after the backslash (\b is a backspace, in a class). */
  escapedChar(): string {
    const ch = this.src[this.i++] as string;
    if (ch === 'u' || ch === 'x') {
      const len = ch === 'u' ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + len);
      this.i += len;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', b: '\b', '0': '\0' };
    return control[ch] ?? ch;
  }

  charClass(): Node {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const word = new Set<string>();
    let anyWord = false;
    let nonWord = false;
    let first = true;
    while (this.src[this.i] !== ']' || first) {
      if (this.i >= this.src.length) throw new Error('word-starts: unclosed character class');
      first = false;
      const e = this.src[this.i + 1] as string;
      if (this.src[this.i] === '\\' && 'wWdDsS'.includes(e)) {
        this.i += 2;
        const k = classEscape(e) as Node & { k: 'chars' };
        anyWord ||= k.anyWord;
        nonWord ||= k.nonWord;
        continue;
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        hi = this.classChar();
      }
      for (let c = lo.charCodeAt(0); c <= hi.charCodeAt(0); c++) {
        if (!isWordCode(c)) nonWord = true;
        else word.add(this.fold ? String.fromCharCode(c).toLowerCase() : String.fromCharCode(c));
      }
    }
    this.i++;
    // A negated class, or a wide one, stands for any word character: the first word stays open.
    if (negated) return ANY;
    if (word.size > 12) return chars([], true, nonWord);
    return chars([...word], anyWord, nonWord);
  }

  classChar(): string {
    const ch = this.src[this.i++] as string;
    return ch === '\\' ? this.escapedChar() : ch;
  }
}

function classEscape(e: string): Node {
  if (e === 'w' || e === 'd') return chars([], true, false);
  if (e === 's' || e === 'W') return chars([], false, true);
  return ANY;
}

/** A first word being built: still open, ended (the next character is no word character), or open-ended. */
interface State {
  s: string;
  end: 'open' | 'done' | 'prefix';
}

/** More states than this and the pattern is too open for a prefilter to pay. */
const MAX_STATES = 20000;

class Expander {
  overflow = false;

  seq(nodes: Node[], states: State[]): State[] {
    let out = states;
    for (const node of nodes) out = this.step(node, out);
    return out;
  }

  step(node: Node, states: State[]): State[] {
    if (node.k === 'empty' || this.overflow) return states;
    if (node.k === 'boundary') {
      // After a word character, \b ends the word; at the match's start it says nothing more.
      return states.map((st) => (st.end === 'open' && st.s !== '' ? { s: st.s, end: 'done' as const } : st));
    }
    if (node.k === 'alt') return this.union(node.alts.map((alt) => this.seq(alt, states)));
    if (node.k === 'rep') {
      let out = states;
      for (let n = 0; n < node.min; n++) out = this.step(node.node, out);
      if (node.max === Infinity) {
        // Once more, then anything may follow: a word still open after it is open-ended.
        const more = this.step(node.node, out).map((st) =>
          st.end === 'open' && consumesWord(node.node) ? { s: st.s, end: 'prefix' as const } : st,
        );
        return this.union([out, more]);
      }
      for (let n = node.min; n < node.max; n++) out = this.union([out, this.step(node.node, out)]);
      return out;
    }
    const out: State[] = [];
    for (const st of states) {
      if (st.end !== 'open') {
        out.push(st);
        continue;
      }
      for (const w of node.word) out.push({ s: st.s + w, end: 'open' });
      if (node.anyWord) out.push({ s: st.s, end: 'prefix' });
      if (node.nonWord) out.push({ s: st.s, end: 'done' });
    }
    return this.union([out]);
  }

  union(lists: State[][]): State[] {
    const seen = new Map<string, State>();
    for (const list of lists) for (const st of list) seen.set(`${st.end}:${st.s}`, st);
    if (seen.size > MAX_STATES) this.overflow = true;
    return [...seen.values()];
  }
}

function consumesWord(node: Node): boolean {
  if (node.k === 'empty' || node.k === 'boundary') return false;
  if (node.k === 'chars') return node.anyWord || node.word.length > 0;
  if (node.k === 'alt') return node.alts.some((alt) => alt.some(consumesWord));
  return node.max > 0 && consumesWord(node.node);
}

export interface FirstWords {
  /** Whole first words (lower-cased under the i flag). */
  words: Set<string>;
  /** Beginnings of first words that may go on with any word characters. */
  prefixes: string[];
}

/**
 * The words a match of `pattern` can begin with, or null when a match need not begin at a word
 * (no leading `\b`, an alternative that may begin with no word character) or the pattern is too
 * open for a prefilter. Look-arounds are taken as true, so the set may be wider than needed,
 * never narrower. Patterns with the u or v flag are not read (their \w and case folding differ).
 */
export function firstWords(pattern: RegExp): FirstWords | null {
  if (pattern.unicode || pattern.flags.includes('v') || !pattern.source.startsWith('\\b')) return null;
  const parser = new Parser(pattern.source, pattern.ignoreCase);
  let tree: Node;
  try {
    tree = parser.alternation();
    if (parser.i !== pattern.source.length) throw new Error('word-starts: unbalanced parenthesis');
  } catch {
    // Syntax the reader does not know: no prefilter, the plain scan (the cue finder's test asks for one).
    return null;
  }
  const expander = new Expander();
  const states = expander.step(tree, [{ s: '', end: 'open' }]);
  if (expander.overflow) return null;
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const st of states) {
    if (st.s === '') return null;
    // A word still open at the pattern's end may go on: "\\breport" matches in "reports".
    if (st.end !== 'done') prefixes.add(st.s);
    else words.add(st.s);
  }
  return { words, prefixes: [...prefixes] };
}

/** Next match at or after `from`, as a global scan with `lastIndex = from` would find it. */
export type Scan = (text: string, from: number) => RegExpExecArray | null;

/** Trie columns: one per regular-expression word character, -1 for any other ASCII character. */
const COLUMN = new Int8Array(128).fill(-1);
let columns = 0;
for (let c = 0; c < 128; c++) if (isWordCode(c)) COLUMN[c] = columns++;
/** Trie node flags: a first word ends here; any word characters may follow. */
const WORD_END = 1;
const ANY_AFTER = 2;

/**
 * The first words as a trie over character codes, walked as the scan reads each word: no word
 * is cut out of the text or lower-cased on the way (the text is often two bytes a character,
 * where lower-casing is slow).
 */
class Trie {
  next: number[] = [];
  flags: number[] = [];
  constructor() {
    this.node();
  }
  node(): number {
    this.next.push(...new Array<number>(columns).fill(-1));
    return this.flags.push(0) - 1;
  }
  add(word: string, flag: number): void {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const at = state * columns + (COLUMN[word.charCodeAt(i)] as number);
      let to = this.next[at] as number;
      if (to < 0) {
        to = this.node();
        this.next[at] = to;
      }
      state = to;
    }
    this.flags[state] = (this.flags[state] as number) | flag;
  }
}

/**
 * A scan for `pattern` (whose g or y flag is ignored) that tries the pattern only where
 * `firstWords` allows a match to begin; a plain global scan when it allows anywhere.
 */
export function wordStartScan(pattern: RegExp): Scan {
  const flags = pattern.flags.replace(/[gy]/g, '');
  const first = firstWords(pattern);
  if (!first) {
    const global = new RegExp(pattern.source, `${flags}g`);
    return (text, from) => {
      global.lastIndex = from;
      return global.exec(text);
    };
  }
  const sticky = new RegExp(pattern.source, `${flags}y`);
  const trie = new Trie();
  for (const w of first.words) trie.add(w, WORD_END);
  for (const w of first.prefixes) trie.add(w, ANY_AFTER);
  const next = Int32Array.from(trie.next);
  const nodeFlags = Uint8Array.from(trie.flags);
  // Under the i flag the words are lower-case; an upper-case letter in the text reads as its lower case.
  const column = Int8Array.from(COLUMN);
  if (pattern.ignoreCase) for (let c = 65; c <= 90; c++) column[c] = COLUMN[c + 32] as number;
  return (text, from) => {
    const n = text.length;
    let i = from;
    // Not from the middle of a word: the next word start is after it.
    if (i > 0) while (i < n && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i))) i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 128 || (column[c] as number) < 0) {
        i++;
        continue;
      }
      // A word starts at p: walk the trie along it to its end.
      const p = i;
      let state = 0;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        const col = d < 128 ? (column[d] as number) : -1;
        if (col < 0) break;
        if (state >= 0 && !((nodeFlags[state] as number) & ANY_AFTER)) state = next[state * columns + col] as number;
      }
      if (state >= 0 && nodeFlags[state]) {
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m) return m;
      }
    }
    return null;
  };
}
