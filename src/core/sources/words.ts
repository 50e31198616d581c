/**
 * The scorecard's word count: runs of letters and digits, joined into one word by an apostrophe, a
 * period or a hyphen between two of them ("don't", "U.S", "Wuhan-based", "3.5"). It counts exactly
 * what the regular expression `[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*` (global, u flag) matches, but
 * scans the text once by hand: run over a long article, that expression cost more than the rest of
 * the scorecard together.
 */

/** Letter-or-digit answers for the Basic Multilingual Plane, filled in as characters are met: 0 not yet asked, 1 yes, 2 no. */
const BMP_WORD = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units taken by the letter or digit at i (2 for a surrogate pair), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    // A letter outside the BMP ("𝐀", rare CJK): as the u flag reads it, one code point.
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (low < 0xdc00 || low > 0xdfff) return 0;
    return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[c] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_WORD[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** ' ’ . - */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

export function countWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    count++;
    i += w;
    for (;;) {
      while (i < n && (w = wordCharAt(text, i)) !== 0) i += w;
      // A joiner continues the word only with a letter or digit right after it.
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) !== 0) {
        i++;
        continue;
      }
      break;
    }
  }
  return count;
}
