/**
 * Word tokens with offsets, for entity recognition. Punctuation is not tokenised: each token keeps
 * the text between it and the previous token (`gap`), which is all the chunker needs to know
 * whether two capitalised words may belong to one name.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Text between the previous token's end and this token's start. */
  gap: string;
  /** Starts with an upper-case letter (or is an Arabic-style "al-Assad" particle name). */
  cap: boolean;
  /** Has letters and all of them are upper case ("NATO", "U.S.", "MOSCOW"). */
  upper: boolean;
  /** Starts with a digit. */
  num: boolean;
  /** Lower-case suffix cut off a hyphenated word ("based" for "Wuhan-based"). */
  suffix: string;
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
function allUpper(word: string): boolean {
  let letters = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = word[k] as string;
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
const STATE_ABBREVIATIONS = new Set('ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo'.split('|'));

/** Whether the period after `word` (at `end`) is part of it: "U.S.", "Inc.", the initial in "A. Dale". */
function periodBelongs(text: string, start: number, end: number, word: string, prevEnd: number): boolean {
  if (word.includes('.')) return true;
  // Nothing but the end of a paragraph after it: the period closes the sentence ("… on X.", "… Claudia Mo.").
  const after = text.charCodeAt(end + 1);
  const closes = end + 1 >= text.length || after === 10 || after === 13;
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

/** A hand-written scanner: one pass, no regular-expression match objects per word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordCode(text, i)) i++;
      const c = text.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && isWordCode(text, i + 1)) {
        i += 1;
        continue;
      }
      // "U.S.-Israeli": a period and a hyphen together join too.
      if (c === 46 && text.charCodeAt(i + 1) === 45 && i + 2 < n && isWordCode(text, i + 2)) {
        i += 2;
        continue;
      }
      break;
    }
    const matchEnd = i;
    let end = matchEnd;
    let word = text.slice(start, end);
    let suffix = '';
    // Possessive 's is not part of a name ("Yellen's" → "Yellen").
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      end -= 2;
      word = word.slice(0, -2);
    }
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0) {
      const tail = word.slice(hyphen + 1).toLowerCase();
      if (MODIFIER_SUFFIXES.has(tail)) {
        suffix = tail;
        end = start + hyphen;
        word = word.slice(0, hyphen);
      }
    }
    if (text.charCodeAt(end) === 46 && end === start + word.length && !suffix && periodBelongs(text, start, end, word, last)) {
      end += 1;
      word += '.';
    }
    const c = word.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    // Soft hyphens (U+00AD) are invisible; names are looked up without them.
    if (word.includes('\u00ad')) word = word.replace(/\u00ad/g, '');
    // ASCII fast paths: most words are plain lower-case English, decided without a Unicode regex.
    const asciiLower = c >= 97 && c <= 122;
    const cap = digit ? false : asciiLower ? word.indexOf('-') > 0 && PARTICLE_NAME.test(word) : (c >= 65 && c <= 90) || UPPER_START.test(word);
    tokens.push({
      start,
      end,
      text: word,
      // One space is by far the most common gap: share the string instead of slicing a new one.
      gap: start === last + 1 && text.charCodeAt(last) === 32 ? ' ' : text.slice(last, start),
      cap,
      upper: cap && allUpper(word),
      num: digit,
      suffix,
    });
    // The cut-off possessive or suffix stays in the next gap, so it still separates names.
    last = end;
    i = matchEnd;
  }
  return tokens;
}

/** The token texts of a gazetteer name, as `tokenize` would cut them. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.text);
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

