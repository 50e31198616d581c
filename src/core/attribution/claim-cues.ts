/**
 * Attributions to unnamed sources, as cues for the claim grouping in claims/detect.ts: the cue
 * shown to the reader runs from the source to the verb when they stand together ("officials said",
 * "said one host"), and carries the source and why it counts as unnamed.
 */
import type { Cue } from '../claims/candidate.ts';
import type { JudgedAttribution } from './analyse.ts';
import { calibrated } from './calibration.ts';

/** Source and cue further apart than this (characters) are shown as the cue alone. */
const JOIN_WITHIN = 40;

const PRONOUN = /^(?:he|she|they|it|we|i|you|one)$/i;

export function attributionCues(text: string, judged: JudgedAttribution[]): Cue[] {
  const cues: Cue[] = [];
  for (const [i, a] of judged.entries()) {
    const v = a.verdict;
    if (v.status === 'unnamed' && !v.bare && reportedByNamed(text, judged, i)) continue;
    // "Officials said …" and "They said" are left to the rule layers (claims/people.ts, anaphora.ts),
    // whose stance filters and antecedent tracking across sentences measure better there.
    if (v.status !== 'unnamed' || v.bare || PRONOUN.test(v.source)) continue;
    let start = a.cue.start;
    let end = a.cue.end;
    if (a.source) {
      const gap = a.source.start < a.cue.start ? a.cue.start - a.source.end : a.source.start - a.cue.end;
      if (gap <= JOIN_WITHIN) {
        start = Math.min(start, a.source.start);
        end = Math.max(end, a.source.end);
      }
    }
    cues.push({
      start,
      end,
      kind: v.kind,
      confidence: calibrated(a.margin, v.certainty),
      reason: v.reason,
      source: v.source,
      plural: v.plural,
      ...(a.source ? { sourceSpan: { start: a.source.start, end: a.source.end } } : {}),
    });
  }
  return cues;
}

/**
 * "Investigators believe the coins were melted down, Mr. Limmer said": a view that a named speaker
 * reports in the sentence's closing attribution rests on that speaker. Only for views, not for what
 * unnamed sources said.
 */
function reportedByNamed(text: string, judged: JudgedAttribution[], i: number): boolean {
  const a = judged[i]!;
  return a.verdict.status === 'unnamed' && !a.verdict.statement && closedByNamed(text, judged, a.cue.end);
}

/** How far on (characters) a sentence's closing attribution is looked for. */
const CLOSING_WITHIN = 400;

/**
 * Whether the sentence running on from `from` closes with a named speaker: "…, the mayor said."
 * `judged` is in text order; only the attributions just after `from` are looked at.
 */
export function closedByNamed(text: string, judged: JudgedAttribution[], from: number): boolean {
  let lo = 0;
  let hi = judged.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (judged[mid]!.cue.start > from) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo; k < judged.length && judged[k]!.cue.start < from + CLOSING_WITHIN; k++) {
    const b = judged[k]!;
    if (b.verdict.status !== 'named') continue;
    const tailStart = Math.min(b.cue.start, b.source?.start ?? b.cue.start);
    const tailEnd = Math.max(b.cue.end, b.source?.end ?? b.cue.end);
    if (tailStart <= from) continue;
    const between = text.slice(from, tailStart);
    if (/[.!?]["”’]?\s/.test(between)) return false;
    if (/,\s*$/.test(between) && /^[^.!?]{0,40}[.!?]/.test(text.slice(tailEnd))) return true;
  }
  return false;
}

/**
 * Whether a named speaker's verb stands just before `at`: "Rourke said the leaked memo showed …",
 * "Lasko wrote in a memo to staff obtained by THR". A document they cite or wrote is theirs, on the record.
 */
export function openedByNamed(text: string, judged: JudgedAttribution[], at: number): boolean {
  // The last attribution whose cue ends by `at`: cues are in text order and do not overlap, so
  // their ends rise, and a binary search finds it (a walk back from the article's end was quadratic).
  let lo = 0;
  let hi = judged.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (judged[mid]!.cue.end > at) hi = mid;
    else lo = mid + 1;
  }
  const a = judged[lo - 1];
  if (!a || at - a.cue.end > 40) return false;
  // The speaker before the verb, the document in what they said; not "according to a draft".
  const speakerFirst = a.source !== null && a.source !== undefined && a.source.end <= a.cue.start;
  return (
    speakerFirst &&
    a.verdict.status === 'named' &&
    /^\s*(?:(?:that|in)\s+)?(?:the|a|an|this|his|her|their|its)?\s*$/i.test(text.slice(a.cue.end, at))
  );
}
