/**
 * What a capital letter means depends on where the word stands: at the start of a sentence, in a
 * Title Case headline or an ALL-CAPS line it says nothing about names. This module works out, per
 * token, which of those situations holds, plus document-wide evidence about each word.
 */
import type { Sentence } from '../text/sentence.ts';
import type { Tokens } from './tokens.ts';
import {
  BRACKETED,
  DATELINE,
  INITIAL,
  MODE,
  PARAGRAPH_TABULAR,
  SENTENCE,
  SENTENCE_FIRSTS,
  type Scratch,
} from './scratch.ts';

/** How a sentence uses capitals: ordinary prose, a Title Case headline, or ALL CAPS. */
export const PROSE = 0;
export const TITLE = 1;
export const CAPS = 2;
export type Mode = typeof PROSE | typeof TITLE | typeof CAPS;

export interface TokenContext {
  /** First word of a sentence, a line, or a clause after a colon or dash. */
  initial: Uint8Array;
  /** Mode of the sentence each token is in (PROSE, TITLE or CAPS). */
  mode: Uint8Array;
  /** Index of each token's sentence (its line when no sentence covers it). */
  sentence: Int32Array;
  /** Per sentence: the index of its first token and of its last. */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
  /** Per sentence: a results or standings line ("Bolton 3 Barnsley 2"), where clubs are named by their towns. */
  tabular: Uint8Array;
  /** The document capitalises this word in the middle of a prose sentence: evidence that it is a name.
   * (Words it writes in lower case: Tokens.writtenLower().) */
  seenCapMid: (word: string) => boolean;
  /** Per token: 1 in the place a dispatch starts with ("LONDON 1996-08-30", "NEW YORK (Reuters)"), 2 when
   * only a dash follows ("WASHINGTON -"), which makes a dateline only if the words are a known place. */
  dateline: Uint8Array;
  /** Per token: inside brackets on its line ("Rangers 2 ( Gascoigne 13 )"). */
  bracketed: Uint8Array;
  /** Per sentence: a list of scorers or players ("Scorers : Gascoigne 13 , Laudrup 51"). */
  playerList: Uint8Array;
}

/** Words written lower case in Title Case headlines; they do not count against Title Case. */
const TITLE_SMALL = new Set(
  'a|an|the|and|or|nor|but|for|of|to|in|on|at|by|with|from|as|vs|vs.|per|via|into|over|up|off|out|than|is|are|be|after|amid|about'.split(
    '|',
  ),
);
/** Titles that are bylines, not headlines ("By Anna Smolentseva"). */
const BYLINE = /^(?:by|from|with|and)$/i;
export const DATE = /^\d{4}-\d\d-\d\d$|^\d{1,2}-\d\d-\d{2,4}$/;
const SPACES = /^[ \t]+$/;
/** Labels that open a line listing players: "Scorers :", "Booked :", "Team :". */
const PLAYER_LABELS = new Set(
  'scorer|scorers|goalscorer|goalscorers|booked|cautioned|dismissed|sent-off|team|teams|squad|substitutes|lineup|line-up|try|tries|conversions|penalties|penalty'.split(
    '|',
  ),
);

/** With `scratch`, the per-token arrays are its buffers (see scratch.ts), valid until it is lent again. */
export function tokenContext(tokens: Tokens, sentences: Sentence[], scratch?: Scratch): TokenContext {
  const n = tokens.length;
  const bytes = (slot: number) => (scratch ? scratch.uint8(slot, n, true) : new Uint8Array(n));
  const initial = bytes(INITIAL);
  const sentence = scratch ? scratch.int32(SENTENCE, n, false) : new Int32Array(n);
  // Sentence spans, filled in as the walk finds them: at most one sentence per token.
  const firsts = scratch ? scratch.int32(SENTENCE_FIRSTS, n, false) : new Int32Array(n);
  let count = 0;

  // Walk tokens and sentences together (both sorted by offset): linear.
  let s = 0;
  let current = -1;
  // Whether the sentence so far is only numbers: "2." before "Frankie Fredericks ( Namibia ) 10.01"
  // is a list marker the segmenter took for a sentence, not one.
  let onlyNumbers = false;
  for (let i = 0; i < n; i++) {
    const start = tokens.start[i] as number;
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    const sent = sentences[s];
    const inSentence = sent !== undefined && sent.start <= start;
    const nl = tokens.nl(i);
    const listMarker = onlyNumbers && !nl && inSentence && s !== current;
    if (listMarker) {
      current = s;
      initial[i] = 1;
    }
    const newSentence =
      i === 0 ||
      (inSentence && s !== current) ||
      (!inSentence && nl) ||
      (sentences.length === 0 && tokens.endsClause(i) && /[.!?]\s*["'”’)]*\s*$|\n/.test(tokens.gap(i)));
    const num = tokens.num(i);
    if (newSentence) {
      firsts[count++] = i;
      current = inSentence ? s : -1;
      initial[i] = 1;
      onlyNumbers = num;
    } else {
      if (!num) onlyNumbers = false;
      if (tokens.endsClause(i)) initial[i] = 1;
    }
    sentence[i] = count - 1;
  }
  const sentenceFirst = firsts.slice(0, count);
  const sentenceLast = new Int32Array(count);
  for (let k = 0; k < count; k++) sentenceLast[k] = k + 1 < count ? (sentenceFirst[k + 1] as number) - 1 : n - 1;

  const mode = bytes(MODE);
  const tabular = new Uint8Array(count);
  // A paragraph of results is tabular as a whole, however the segmenter cut it ("3. Dennis Mitchell ( U.S. ) 10.12").
  const paragraphTabular = bytes(PARAGRAPH_TABULAR);
  for (let a = 0; a < n; ) {
    let b = a;
    while (b + 1 < n && !tokens.nl(b + 1)) b++;
    if (resultsLike(tokens, a, b)) paragraphTabular.fill(1, a, b + 1);
    a = b + 1;
  }
  const playerList = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    const a = sentenceFirst[s] as number;
    const b = sentenceLast[s] as number;
    if (
      a + 1 < n &&
      tokens.clausePunct(a + 1) &&
      /^\s*:/.test(tokens.gap(a + 1)) &&
      PLAYER_LABELS.has(tokens.text(a).toLowerCase())
    )
      playerList[s] = 1;
    tabular[s] = paragraphTabular[a] || resultsLike(tokens, a, b) ? 1 : 0;
    // Results and lists of players are written in their own capitals, not a headline's.
    const m = tabular[s] || playerList[s] ? PROSE : sentenceMode(tokens, a, b);
    if (m !== PROSE) mode.fill(m, a, b + 1);
  }

  // Per word id, built on first use.
  let capMid: Uint8Array | null = null;
  const seenCapMid = (word: string) => {
    if (!capMid) {
      capMid = new Uint8Array(tokens.words.size);
      for (let i = 0; i < n; i++) if (tokens.cap(i) && !initial[i] && mode[i] === PROSE) capMid[tokens.id(i)] = 1;
    }
    const id = tokens.words.find(word);
    return id >= 0 && capMid[id] === 1;
  };
  const dateline = bytes(DATELINE);
  for (let i = 0; i < n; i++) if (i === 0 || tokens.nl(i)) markDateline(tokens, i, dateline);

  const bracketed = bytes(BRACKETED);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    if (tokens.nl(i)) depth = 0;
    if (tokens.bracket(i)) {
      const gap = tokens.gap(i);
      for (let k = 0; k < gap.length; k++) {
        const c = gap.charCodeAt(k);
        if (c === 40) depth++;
        else if (c === 41 && depth > 0) depth--;
      }
    }
    if (depth > 0) bracketed[i] = 1;
  }
  return { initial, mode, sentence, sentenceFirst, sentenceLast, tabular, seenCapMid, dateline, bracketed, playerList };
}

/** Numbers with few lower-case words between them: a results, scores or standings line. Score lines keep
 * a few small words: "Essex 401-8 declared ( N. Hussain 138 ) v Kent 140-6". */
function resultsLike(tokens: Tokens, a: number, b: number): boolean {
  let nums = 0;
  let lowers = 0;
  for (let i = a; i <= b; i++) {
    if (tokens.num(i)) nums++;
    else if (!tokens.cap(i)) lowers++;
  }
  return nums >= 2 && lowers <= Math.max(1, nums - 1);
}

/** Marks the ALL-CAPS words that open a paragraph when what follows makes them a dateline. */
function markDateline(tokens: Tokens, i: number, out: Uint8Array): void {
  const n = tokens.length;
  let j = i;
  while (j < n && j - i < 4 && tokens.upper(j) && !tokens.num(j) && (j === i || SPACES.test(tokens.gap(j)))) j++;
  if (j === i || j >= n || tokens.nl(j)) return;
  const gap = tokens.gap(j);
  let kind = 0;
  if (SPACES.test(gap) && DATE.test(tokens.text(j))) kind = 1;
  else if (/^\s*\(\s*$/.test(gap)) kind = 1;
  else if (/^\s*[-\u2013\u2014]+\s*$/.test(gap)) kind = 2;
  else if (/^\s*,\s*$/.test(gap) && tokens.cap(j)) {
    // "KANO, Nigeria (Reuters) -", "STUTTGART , Germany 1996-09-20": the country or state comes after a comma.
    let k = j + 1;
    while (k < n && k - j < 4 && tokens.cap(k) && SPACES.test(tokens.gap(k))) k++;
    if (
      k < n &&
      !tokens.nl(k) &&
      ((SPACES.test(tokens.gap(k)) && DATE.test(tokens.text(k))) || /^\s*[(\-\u2013\u2014]/.test(tokens.gap(k)))
    )
      kind = 1;
  }
  if (kind) out.fill(kind, i, j);
}

function sentenceMode(tokens: Tokens, a: number, b: number): Mode {
  let words = 0;
  let upper = 0;
  let cap = 0;
  let slash = false;
  let commas = 0;
  for (let i = a; i <= b; i++) {
    if (tokens.slash(i)) slash = true;
    if (i > a && tokens.comma(i)) commas++;
    if (tokens.num(i)) continue;
    words++;
    if (tokens.upper(i) && tokens.width(i) > 1) upper++;
    if (tokens.cap(i)) cap++;
  }
  if (words === 0) return PROSE;
  if (upper >= 2 && upper >= 0.6 * words) return CAPS;
  if (words === 1 && upper === 1 && tokens.text(a).length > 3) return CAPS;
  // Credit lines ("Thomas Coex/AFP/Getty Images") and bylines are lists of names, not headlines.
  // Three commas make a list of names ("Team : Christian Cullen , Jeff Wilson , …"), not a headline.
  if (words < 3 || cap < 0.6 * words || slash || commas >= 3 || BYLINE.test(tokens.text(a))) return PROSE;
  // Title Case: every lower-case word is one of the small words headlines leave in lower case.
  for (let i = a; i <= b; i++) if (!tokens.num(i) && !tokens.cap(i) && !TITLE_SMALL.has(tokens.text(i))) return PROSE;
  return TITLE;
}
