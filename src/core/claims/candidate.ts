/**
 * What the cue finders share: the cue they report, the candidate word they are given, and the
 * bounded look-around every check goes through.
 */
import type { ClaimKind } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { tokensAfter, tokensBefore, type Token } from './tokens.ts';
import { isAlnumUnit, isSpaceCode } from '../text/chars.ts';

export interface Cue {
  start: number;
  end: number;
  kind: ClaimKind;
  confidence: number;
  reason: string;
  /** Who the claim rests on, as the article words it. */
  source?: string;
  /** Where the source stands in the text, when the attribution model found it. */
  sourceSpan?: { start: number; end: number };
  /** A plural group ("officials"), which later "they" / "those officials" can refer back to. */
  plural?: boolean;
  /** Qualifies another cue's source ("speaking on condition of anonymity") rather than being one. */
  modifier?: boolean;
  /**
   * A claim only if an unnamed source was cited shortly before: "Those officials are urging …"
   * needs unnamed officials ('official'), "the person said" any unnamed source ('any'), "the
   * emails show" a document whose source was not named ('document'); "the friend added" the one
   * unnamed person cited just before, by the same or a kindred word ('same').
   */
  needsAntecedent?: 'official' | 'any' | 'document' | 'same';
  /** "the people", "those officials": refers back to a source cited before, if there is one. */
  anaphoric?: boolean;
}

/** Where an organisation or outlet stands in the text. */
export interface OrgSpan {
  start: number;
  end: number;
}

export interface CueCandidate {
  text: string;
  sentence: Sentence;
  start: number;
  end: number;
  word: string;
  lo: string;
  /** The article's organisations and outlets in order, when the entity recogniser has run. */
  organizations?: readonly OrgSpan[] | undefined;
}

/** Whether the recogniser found an organisation or outlet covering [start, end). */
export function isOrganization(c: CueCandidate, start: number, end: number): boolean {
  const orgs = c.organizations;
  if (!orgs) return false;
  let lo = 0;
  let hi = orgs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((orgs[mid] as OrgSpan).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const o = orgs[lo];
  return o !== undefined && o.start <= start && o.end >= end;
}

/** Words around a candidate, within its sentence. */
export const before = (c: CueCandidate, n = 8): Token[] => tokensBefore(c.text, c.start, c.sentence.start, n);
export const after = (c: CueCandidate, n = 10): Token[] => tokensAfter(c.text, c.end, c.sentence.end, n);

/** A cue found on candidate `_c` (passed so every rule's return reads alike; the span is the rule's own). */
export function cue(
  _c: CueCandidate,
  start: number,
  end: number,
  kind: ClaimKind,
  confidence: number,
  reason: string,
  extra: Partial<Cue> = {},
): Cue {
  return { start, end, kind, confidence, reason, ...extra };
}

const OPENING = 0x201c; // “
const CLOSING = 0x201d; // ”
const STRAIGHT = 0x22; // "

/** Whether a letter or a number stands at i (not past the text's end). */
const alnumAt = (text: string, i: number): boolean => i < text.length && isAlnumUnit(text.charCodeAt(i));

/**
 * Whether `pos` lies inside a double-quoted passage: one that opened earlier in the sentence, or,
 * when `to` (the sentence's end) is given, one that opened in an earlier sentence and closes
 * later in this one ("… said: “Our thoughts are with them. We understand this will …”").
 */
export function insideQuotation(text: string, from: number, pos: number, to?: number): boolean {
  // Read by code unit: a one-character string per character made this a hot spot of the detector.
  let open = false;
  let seen = false;
  for (let i = Math.max(from, pos - 400); i < pos; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPENING) open = true;
    else if (ch === CLOSING) open = false;
    // A straight mark after a word and before no word closes a quote, perhaps one opened in an
    // earlier sentence ("… him. Where will we get it?" the relative said); any other opens one.
    else if (ch === STRAIGHT) open = !(i > from && !isSpaceCode(text.charCodeAt(i - 1)) && !alnumAt(text, i + 1));
    else continue;
    seen = true;
  }
  if (open || seen || to === undefined) return open;
  for (let i = pos; i < Math.min(to, pos + 400); i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPENING) return false;
    if (ch === CLOSING) return true;
    // A straight quotation mark closes when no word follows it: ‘… this.” He’ vs ‘said "no’.
    if (ch === STRAIGHT) return !alnumAt(text, i + 1);
  }
  return false;
}
