/**
 * Sentence segmentation with character offsets. Works block by block, so a sentence never spans
 * a paragraph or heading boundary; a block without end punctuation (a headline) is one sentence.
 * One left-to-right scan per block: candidate ends are found by a single regular expression and
 * judged from the word before and the word after, so the cost is linear in the text.
 */
import type { BlockSpan } from '../model/article.ts';
import type { Sentence } from './sentence.ts';
import { LETTER_LABELS, MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from './abbreviations.ts';
import { isAlnumUnit, isSpaceCode, lowerCase } from './chars.ts';

/** End punctuation, then any closing quotes or brackets, then white space or the block's end. */
const CANDIDATE = /(?:\.{3}|…|[.!?]+)["'”’)\]]*(?=\s|$)/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Whether a one-character string is a lower-case letter, as /\p{Ll}/u says. */
function isLowerFirst(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(ch);
}
/** A short capitalised name and a verb of saying, right after a closing quotation mark. */
const ATTRIBUTION_AFTER =
  /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|explained|recalled|replied|noted|continued|insisted|argued)\b/u;
/**
 * After a quotation closed by a period, only an attribution that ends there belongs to it
 * (“It is over.” Smith said.); “… sanctions.” He said the penalties … is a new sentence.
 */
const CLOSING_ATTRIBUTION =
  /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|explained|recalled|replied|noted|continued|insisted|argued)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+\p{Ll}+ly)?\s*[.,;:!?]/u;

export function segmentSentences(text: string, blocks: BlockSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    segmentBlock(text, block, index, sentences);
  });
  return sentences;
}

function segmentBlock(text: string, block: BlockSpan, index: number, out: Sentence[]): void {
  const slice = text.slice(block.start, block.end);
  const quotes = new QuoteTracker(slice);
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
    const end = m.index + m[0].length;
    if (isBoundary(slice, m.index, m[0], end) && !quotes.continuesPast(m.index)) {
      push(out, slice, block.start, start, end, index);
      start = end;
    }
  }
  push(out, slice, block.start, start, slice.length, index);
}

const isSpace = isSpaceCode;

/** Adds slice[from, to) trimmed of white space, if anything is left. */
function push(out: Sentence[], slice: string, offset: number, from: number, to: number, block: number): void {
  while (from < to && isSpace(slice.charCodeAt(from))) from++;
  while (to > from && isSpace(slice.charCodeAt(to - 1))) to--;
  if (to > from) out.push({ start: offset + from, end: offset + to, block });
}

function isBoundary(s: string, at: number, punct: string, end: number): boolean {
  // “We were never told.” — a ward nurse: the credit after a dash belongs to the quotation.
  if (/["”’]$/.test(punct) && /^[ \t]*[—–]/.test(s.slice(end, end + 4))) return false;
  const next = nextWord(s, end);
  if (next === '') return true; // the block's end
  const first = next[0] as string;
  // "?” he asked", "U.S. officials", "Inc. said": a lower-case word continues the sentence.
  if (isLowerFirst(first)) return false;
  // “Why don’t we do it?” Caudevilla told me. — the attribution belongs to the quotation.
  if (/["”’]$/.test(punct) && (punct[0] === '.' ? CLOSING_ATTRIBUTION : ATTRIBUTION_AFTER).test(s.slice(end, end + 80)))
    return false;
  if (punct[0] !== '.') return true;
  if (punct.startsWith('...') || punct.startsWith('…')) {
    // A spaced ellipsis ("room ... TMZ has learned") is a pause inside the sentence.
    return at > 0 && !isSpace(s.charCodeAt(at - 1));
  }
  if (punct.length > 1) return true; // the period is followed by a closing quote or bracket
  const word = wordBefore(s, at);
  const key = lowerCase(word);
  if (NEVER_FINAL.has(key)) return false;
  // Initials: "J. K. Rowling", "Donald J. Trump"; but "a Plan B. Aides said …" ends at the label.
  // Not "the M&G.", "at AT&T.": a letter after "&" ends a name, not an initial.
  if (word.length === 1 && UPPER.test(word) && s[at - 2] !== '&')
    return LETTER_LABELS.has(lowerCase(wordBefore(s, at - 2)));
  if (MAYBE_FINAL.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return SENTENCE_STARTERS.has(lowerCase(next)) || !UPPER.test(first);
  }
  return true;
}

/** The word (letters, digits, inner periods) that ends just before `at`. */
function wordBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && isWordChar(s.charCodeAt(i - 1))) i--;
  // Without the marks it opens with: ". . .", "'s".
  while (i < at && isInnerMark(s.charCodeAt(i))) i++;
  return s.slice(i, at);
}

/** The next word after `from`, skipping white space and opening quotes or brackets. */
function nextWord(s: string, from: number): string {
  let i = from;
  while (i < s.length && (isSpace(s.charCodeAt(i)) || isOpening(s.charCodeAt(i)))) i++;
  let j = i;
  while (j < s.length && isAlnumUnit(s.charCodeAt(j))) j++;
  return s.slice(i, j === i ? Math.min(i + 1, s.length) : j);
}

/** The marks inside words and abbreviations: . ' ’ - */
function isInnerMark(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 45;
}

/** Letters, digits and the marks inside words and abbreviations. */
function isWordChar(code: number): boolean {
  return isInnerMark(code) || isAlnumUnit(code);
}

/** Opening quotation marks and brackets before a sentence's first word: " ' “ ‘ ( [ « */
function isOpening(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 40 || code === 91 || code === 0xab
  );
}

/**
 * Knows, for a position, whether it lies inside a double-quoted passage that closes with a comma
 * (“… Several sentences,” she said.): such a quotation is one sentence with its attribution.
 * Positions are asked in increasing order, so one pointer over the quotes keeps it linear.
 */
const QUOTE_MARK = /["“”]/g;

class QuoteTracker {
  /** [open, close, closesWithComma] for each curly or straight double quotation. */
  private readonly spans: [number, number, boolean][] = [];
  private cursor = 0;

  constructor(s: string) {
    let open = -1;
    QUOTE_MARK.lastIndex = 0;
    for (let m = QUOTE_MARK.exec(s); m; m = QUOTE_MARK.exec(s)) {
      const i = m.index;
      const ch = s.charCodeAt(i);
      if (ch === 0x201c || (ch === 34 && open < 0)) {
        open = i;
      } else if ((ch === 0x201d || ch === 34) && open >= 0) {
        this.spans.push([open, i, s.charCodeAt(i - 1) === 44]);
        open = -1;
      }
    }
  }

  continuesPast(at: number): boolean {
    while (this.cursor < this.spans.length && (this.spans[this.cursor] as [number, number, boolean])[1] < at) {
      this.cursor++;
    }
    const span = this.spans[this.cursor];
    return span !== undefined && span[0] < at && at < span[1] && span[2];
  }
}
