/**
 * What a capital letter means depends on where the word stands: at the start of a sentence, in a
 * Title Case headline or an ALL-CAPS line it says nothing about names. This module works out, per
 * token, which of those situations holds, plus document-wide evidence about each word.
 */
import type { Sentence } from '../text/sentence.ts';
import type { Token } from './tokens.ts';

export type Mode = 'prose' | 'title' | 'caps';

export interface TokenContext {
  /** First word of a sentence, a line, or a clause after a colon or dash. */
  initial: Uint8Array;
  /** Mode of the sentence each token is in. */
  mode: Mode[];
  /** Index of each token's sentence (its line when no sentence covers it). */
  sentence: Int32Array;
  /** Sentence spans as token index ranges [first, last]. */
  sentenceTokens: [number, number][];
  /** Per sentence: a results or standings line ("Bolton 3 Barnsley 2"), where clubs are named by their towns. */
  tabular: Uint8Array;
  /** Words the document also writes in lower case: a capitalised "Sanctions" in a headline is one of them.
   * Stored as written; lookups try inflected forms (see Chunker.isCommon). */
  seenLower: Set<string>;
  /** Words the document capitalises in the middle of prose sentences: evidence that they are names. */
  seenCapMid: Set<string>;
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
/** Punctuation after which the next word starts afresh. */
const CLAUSE_END = /[.!?:;\u2014\u2013]\s*["'“”‘’(\[]*\s*$|(^|\s)-{1,2}\s*$|\n\s*\n/;
/** Titles that are bylines, not headlines ("By Anna Smolentseva"). */
const BYLINE = /^(?:by|from|with|and)$/i;
export const DATE = /^\d{4}-\d\d-\d\d$|^\d{1,2}-\d\d-\d{2,4}$/;
const SPACES = /^[ \t]+$/;
/** Labels that open a line listing players: "Scorers :", "Booked :", "Team :". */
const PLAYER_LABELS = new Set('scorer|scorers|goalscorer|goalscorers|booked|cautioned|dismissed|sent-off|team|teams|squad|substitutes|lineup|line-up|try|tries|conversions|penalties|penalty'.split('|'));

export function tokenContext(text: string, tokens: Token[], sentences: Sentence[]): TokenContext {
  const n = tokens.length;
  const initial = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const sentenceTokens: [number, number][] = [];

  // Walk tokens and sentences together (both sorted by offset): linear.
  let s = 0;
  let current = -1;
  // Whether the sentence so far is only numbers: "2." before "Frankie Fredericks ( Namibia ) 10.01"
  // is a list marker the segmenter took for a sentence, not one.
  let onlyNumbers = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    while (s < sentences.length && (sentences[s] as Sentence).end <= t.start) s++;
    const sent = sentences[s];
    const inSentence = sent !== undefined && sent.start <= t.start;
    const listMarker = onlyNumbers && !t.gap.includes('\n') && inSentence && s !== current;
    if (listMarker) {
      current = s;
      initial[i] = 1;
    }
    const newSentence =
      i === 0 ||
      (inSentence && s !== current) ||
      (!inSentence && t.gap.includes('\n')) ||
      (sentences.length === 0 && t.gap.includes('\n')) ||
      (sentences.length === 0 && t.gap !== ' ' && CLAUSE_END.test(t.gap) && /[.!?]\s*["'”’)]*\s*$|\n/.test(t.gap));
    if (newSentence) {
      if (sentenceTokens.length > 0) (sentenceTokens[sentenceTokens.length - 1] as [number, number])[1] = i - 1;
      sentenceTokens.push([i, i]);
      current = inSentence ? s : -1;
      initial[i] = 1;
      onlyNumbers = t.num;
    } else {
      if (!t.num) onlyNumbers = false;
      if (t.gap !== ' ' && CLAUSE_END.test(t.gap)) initial[i] = 1;
    }
    sentence[i] = sentenceTokens.length - 1;
  }
  if (sentenceTokens.length > 0) (sentenceTokens[sentenceTokens.length - 1] as [number, number])[1] = n - 1;

  const mode: Mode[] = new Array<Mode>(n);
  const tabular = new Uint8Array(sentenceTokens.length);
  // A paragraph of results is tabular as a whole, however the segmenter cut it ("3. Dennis Mitchell ( U.S. ) 10.12").
  const paragraphTabular = new Uint8Array(n);
  for (let a = 0; a < n; ) {
    let b = a;
    while (b + 1 < n && !(tokens[b + 1] as Token).gap.includes('\n')) b++;
    if (resultsLike(tokens, a, b)) paragraphTabular.fill(1, a, b + 1);
    a = b + 1;
  }
  const playerList = new Uint8Array(sentenceTokens.length);
  sentenceTokens.forEach(([a, b], s) => {
    const label = tokens[a] as Token;
    const next = tokens[a + 1];
    if (next && /^\s*:/.test(next.gap) && PLAYER_LABELS.has(label.text.toLowerCase())) playerList[s] = 1;
    tabular[s] = paragraphTabular[a] || resultsLike(tokens, a, b) ? 1 : 0;
    // Results and lists of players are written in their own capitals, not a headline's.
    const m = tabular[s] || playerList[s] ? 'prose' : sentenceMode(tokens, a, b);
    for (let i = a; i <= b; i++) mode[i] = m;
  });

  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.num) continue;
    if (!t.cap) seenLower.add(t.text);
    else if (!initial[i] && mode[i] === 'prose') seenCapMid.add(t.text);
  }
  const dateline = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (i === 0 || (tokens[i] as Token).gap.includes('\n')) markDateline(tokens, i, dateline);

  const bracketed = new Uint8Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const gap = (tokens[i] as Token).gap;
    if (gap.includes('\n')) depth = 0;
    for (let k = 0; k < gap.length; k++) {
      const c = gap.charCodeAt(k);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    bracketed[i] = depth > 0 ? 1 : 0;
  }
  return { initial, mode, sentence, sentenceTokens, tabular, seenLower, seenCapMid, dateline, bracketed, playerList };
}

/** Numbers with few lower-case words between them: a results, scores or standings line. Score lines keep
 * a few small words: "Essex 401-8 declared ( N. Hussain 138 ) v Kent 140-6". */
function resultsLike(tokens: Token[], a: number, b: number): boolean {
  let nums = 0;
  let lowers = 0;
  for (let i = a; i <= b; i++) {
    const t = tokens[i] as Token;
    if (t.num) nums++;
    else if (!t.cap && !t.upper) lowers++;
  }
  return nums >= 2 && lowers <= Math.max(1, nums - 1);
}

/** Marks the ALL-CAPS words that open a paragraph when what follows makes them a dateline. */
function markDateline(tokens: Token[], i: number, out: Uint8Array): void {
  const n = tokens.length;
  let j = i;
  while (j < n && j - i < 4 && (tokens[j] as Token).upper && !(tokens[j] as Token).num && (j === i || SPACES.test((tokens[j] as Token).gap))) j++;
  const next = tokens[j];
  if (j === i || !next || next.gap.includes('\n')) return;
  let kind = 0;
  if (SPACES.test(next.gap) && DATE.test(next.text)) kind = 1;
  else if (/^\s*\(\s*$/.test(next.gap)) kind = 1;
  else if (/^\s*[-\u2013\u2014]+\s*$/.test(next.gap)) kind = 2;
  else if (/^\s*,\s*$/.test(next.gap) && next.cap) {
    // "KANO, Nigeria (Reuters) -", "STUTTGART , Germany 1996-09-20": the country or state comes after a comma.
    let k = j + 1;
    while (k < n && k - j < 4 && (tokens[k] as Token).cap && SPACES.test((tokens[k] as Token).gap)) k++;
    const after = tokens[k];
    if (after && !after.gap.includes('\n') && ((SPACES.test(after.gap) && DATE.test(after.text)) || /^\s*[(\-\u2013\u2014]/.test(after.gap))) kind = 1;
  }
  if (kind) for (let k = i; k < j; k++) out[k] = kind;
}

function sentenceMode(tokens: Token[], a: number, b: number): Mode {
  let words = 0;
  let upper = 0;
  let cap = 0;
  let lowerContent = 0;
  let slash = false;
  let commas = 0;
  for (let i = a; i <= b; i++) {
    const t = tokens[i] as Token;
    if (t.gap.includes('/')) slash = true;
    if (i > a && t.gap.includes(',')) commas++;
    if (t.num) continue;
    words++;
    if (t.upper && t.text.length > 1) upper++;
    if (t.cap) cap++;
    else if (!TITLE_SMALL.has(t.text)) lowerContent++;
  }
  if (words === 0) return 'prose';
  if (upper >= 2 && upper >= 0.6 * words) return 'caps';
  if (words === 1 && upper === 1 && (tokens[a] as Token).text.length > 3) return 'caps';
  // Credit lines ("Thomas Coex/AFP/Getty Images") and bylines are lists of names, not headlines.
  // Three commas make a list of names ("Team : Christian Cullen , Jeff Wilson , …"), not a headline.
  if (words >= 3 && lowerContent === 0 && cap >= 0.6 * words && !BYLINE.test((tokens[a] as Token).text) && !slash && commas < 3) return 'title';
  return 'prose';
}
