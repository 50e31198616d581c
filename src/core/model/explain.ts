/**
 * Plain words for a claim's card: why each kind counts as unnamed or unverified, who the source is,
 * and what the detector's confidence means. Shared by the in-page card, the popup and the first-run page.
 * The in-page card gets the longer texts (CardWords) with the page's review, so the content script,
 * which has a size budget, does not carry them.
 */
import * as z from 'zod/mini';
import { ClaimKind, type Claim } from './analysis.ts';

/** Why a passage of this kind is flagged, in words a first-time reader follows. */
export const CLAIM_KIND_WHY: Record<ClaimKind, string> = {
  'condition-of-anonymity':
    'The reporter agreed not to name the source, so you cannot judge who they are or what they stand to gain.',
  'familiar-with': 'People "familiar with" the matter are not named, and how they know is not said.',
  'unattributed-document': 'It rests on a document that is neither published nor linked, so you cannot check it.',
  'unnamed-official': 'An official is described by rank or agency but not named: no one is on the record.',
  'unnamed-source': 'The source is described but not named, so the claim cannot be traced to anyone.',
  allegedly: 'The story says this is alleged: it is not established, and the story does not state it as fact.',
  reportedly: 'The story passes on what was reported or believed without confirming it itself.',
};

/** Who the claim rests on, as the story puts it, or a plain statement that it does not say. */
export function sourceWords(claim: Pick<Claim, 'source' | 'kind'>): string {
  const source = claim.source?.trim();
  if (source) return `“${source}”, no name given`;
  return claim.kind === 'allegedly' || claim.kind === 'reportedly'
    ? 'Not said: the story only hedges'
    : 'Not described';
}

export const ConfidenceLevel = z.enum(['high', 'medium', 'low']);
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.85 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

/** What a confidence means in words, e.g. "High: the wording is a clear case". */
export const CONFIDENCE_WORDS: Record<ConfidenceLevel, string> = {
  high: 'High: the wording is a clear case',
  medium: 'Medium: likely, but the wording leaves some doubt',
  low: 'Low: a weak sign; read the sentence yourself',
};

/** Said once wherever a confidence is shown: it is about the wording, not the truth. */
export const CONFIDENCE_NOTE = 'How sure the detector is about the wording, not whether the claim is true.';

/**
 * The detector's own reason, when it says more than the cue (older analyses repeat the cue, and a
 * repeat tells the reader nothing).
 */
export function detectorDetail(claim: Pick<Claim, 'reason' | 'cue'>): string | null {
  const reason = claim.reason.trim();
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  if (!reason || norm(reason) === norm(claim.cue.text) || norm(claim.cue.text).includes(norm(reason))) return null;
  return reason;
}

/** The card's longer texts, sent to the page with its review (see above). */
export const CardWords = z.object({
  why: z.record(ClaimKind, z.string()),
  confidence: z.record(ConfidenceLevel, z.string()),
  note: z.string(),
});
export type CardWords = z.infer<typeof CardWords>;

export const CARD_WORDS: CardWords = { why: CLAIM_KIND_WHY, confidence: CONFIDENCE_WORDS, note: CONFIDENCE_NOTE };
