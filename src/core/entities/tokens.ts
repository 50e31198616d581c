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

const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[.'’\-&]|\.-|\u00ad)[\p{L}\p{M}\p{N}]+)*/gu;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    let word = m[0];
    let suffix = '';
    // Possessive 's is not part of a name ("Yellen's" → "Yellen").
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      end -= 2;
      word = word.slice(0, -2);
    }
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0) {
      const tail = word.slice(hyphen + 1);
      if (MODIFIER_SUFFIXES.has(tail.toLowerCase())) {
        suffix = tail.toLowerCase();
        end = start + hyphen;
        word = word.slice(0, hyphen);
      }
    }
    if (text[end] === '.' && end === start + word.length && !suffix) {
      const lower = word.toLowerCase();
      if (word.includes('.') || (word.length === 1 && UPPER_START.test(word)) || ABBREVIATIONS.has(lower)) {
        end += 1;
        word += '.';
      }
    }
    const first = word[0] as string;
    const digit = first >= '0' && first <= '9';
    // Soft hyphens (U+00AD) are invisible; names are looked up without them.
    if (word.includes('\u00ad')) word = word.replace(/\u00ad/g, '');
    tokens.push({
      start,
      end,
      text: word,
      gap: text.slice(last, start),
      cap: !digit && (UPPER_START.test(first) || PARTICLE_NAME.test(word)),
      upper: !digit && HAS_LETTER.test(word) && !HAS_LOWER.test(word),
      num: digit,
      suffix,
    });
    // The cut-off possessive or suffix stays in the next gap, so it still separates names.
    last = end;
    WORD.lastIndex = start + m[0].length;
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

