/**
 * The scorecard's word count: runs of letters and digits, joined into one word by an apostrophe, a
 * period or a hyphen between two of them ("don't", "U.S", "Wuhan-based", "3.5"). It counts exactly
 * what the regular expression `[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*` (global, u flag) matches, but
 * in one pass over the characters: run over a long article, that expression cost more than the rest
 * of the scorecard together.
 */

const WORD = 0;
const JOINER = 1;
const OTHER = 2;
/** Not met yet. */
const UNKNOWN = 3;
/** A high surrogate: the code point it starts decides. */
const HIGH_SURROGATE = 4;

/** What each UTF-16 code unit is, filled in as characters are met (ASCII and the joiners up front). */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++)
  KIND[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;
for (const c of [39, 0x2019, 46, 45]) KIND[c] = JOINER;
KIND.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Classifies a BMP character met for the first time, once. */
function learnKind(c: number): number {
  const kind = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD : OTHER;
  KIND[c] = kind;
  return kind;
}

/** Where the scan stands: outside a word, just after a letter or digit, just after a joiner that follows one. */
const OUTSIDE = 0;
const IN_WORD = 1;
const JOINED = 2;

/**
 * A word starts at every letter or digit that neither follows one nor follows a joiner that follows
 * one: that is where each match of the expression above begins. The scan is a three-state machine
 * read from two small tables, so no character costs a branch: on prose, with a word boundary every
 * few characters, such branches are too irregular for the processor to predict.
 */
const STEP = new Uint8Array(4 * 4);
const STARTS = new Uint8Array(4 * 4);
for (const state of [OUTSIDE, IN_WORD, JOINED]) {
  STEP[state * 4 + WORD] = IN_WORD;
  STEP[state * 4 + JOINER] = state === IN_WORD ? JOINED : OUTSIDE;
  STEP[state * 4 + OTHER] = OUTSIDE;
  STARTS[state * 4 + WORD] = state === OUTSIDE ? 1 : 0;
}

export function countWords(text: string): number {
  const n = text.length;
  let count = 0;
  let state = OUTSIDE;
  for (let i = 0; i < n; i++) {
    let kind = KIND[text.charCodeAt(i)] as number;
    if (kind > OTHER) {
      if (kind === UNKNOWN) kind = learnKind(text.charCodeAt(i));
      else if (i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
        // Outside the BMP ("𝐀", rare CJK) the u flag reads a surrogate pair as one code point.
        kind = LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? WORD : OTHER;
        i++;
      } else kind = OTHER;
    }
    const at = state * 4 + kind;
    count += STARTS[at] as number;
    state = STEP[at] as number;
  }
  return count;
}
