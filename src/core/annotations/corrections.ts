/**
 * Respecting the reader's corrections of the detector on every later visit:
 *
 *   const { claims, dismissed, missed } = applyCorrections(analysis.text, analysis.claims, pageAnnotations);
 *   // paint `claims` as flags, `missed` as reader-marked claims; list `dismissed` greyed out if wanted
 *
 * A dismissal (`not-anonymous`, `not-a-claim`) is re-anchored in the current text and removes the
 * detected claim it overlaps most, if that overlap covers at least half of the shorter of the two
 * passages — the claim may have been re-detected with slightly different bounds. A dismissal whose
 * passage is gone removes nothing. `missed-claim` corrections are re-anchored and returned so the
 * page can show them beside the detector's claims.
 */
import { anchorAll } from '../anchoring/anchor.ts';
import { DISMISSALS, type Annotation } from './schema.ts';

export interface Spanned {
  start: number;
  end: number;
}

export interface CorrectedClaims<C extends Spanned> {
  /** The detector's claims without the dismissed ones, in their original order. */
  claims: C[];
  dismissed: Array<{ claim: C; correction: Annotation }>;
  /** Claims the reader said the detector missed, placed in this text. */
  missed: Array<{ start: number; end: number; correction: Annotation }>;
}

export function applyCorrections<C extends Spanned>(
  text: string,
  claims: readonly C[],
  annotations: readonly Annotation[],
): CorrectedClaims<C> {
  const corrections = annotations.filter((a) => a.correction !== undefined);
  const anchors = anchorAll(
    text,
    corrections.map((a) => a.target.selector),
  );
  const removed = new Map<C, Annotation>();
  const missed: CorrectedClaims<C>['missed'] = [];
  corrections.forEach((correction, i) => {
    const place = anchors[i];
    if (!place) return;
    if (correction.correction === 'missed-claim') {
      missed.push({ start: place.start, end: place.end, correction });
      return;
    }
    if (!correction.correction || !DISMISSALS.includes(correction.correction)) return;
    let best: C | undefined;
    let bestShare = 0.5;
    for (const claim of claims) {
      const overlap = Math.min(claim.end, place.end) - Math.max(claim.start, place.start);
      if (overlap <= 0) continue;
      const share = overlap / Math.min(claim.end - claim.start, place.end - place.start);
      if (share >= bestShare) {
        best = claim;
        bestShare = share;
      }
    }
    if (best && !removed.has(best)) removed.set(best, correction);
  });
  return {
    claims: claims.filter((c) => !removed.has(c)),
    dismissed: [...removed].map(([claim, correction]) => ({ claim, correction })),
    missed: missed.sort((a, b) => a.start - b.start),
  };
}

/** How many corrections of each kind a set of annotations holds (the library's counts). */
export function countCorrections(
  annotations: Iterable<Annotation>,
): Record<NonNullable<Annotation['correction']>, number> {
  const counts = { 'not-anonymous': 0, 'not-a-claim': 0, 'missed-claim': 0 };
  for (const a of annotations) if (a.correction) counts[a.correction]++;
  return counts;
}
