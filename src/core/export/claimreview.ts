/**
 * ClaimReview JSON-LD (https://schema.org/ClaimReview) for the annotations that carry a verdict:
 * the form fact-checkers publish and search engines read.
 *
 * Each review: `claimReviewed` is the quoted passage; `itemReviewed` is a schema:Claim whose
 * `appearance` is the page (url, headline); `reviewRating` is a schema:Rating on the scale below;
 * `datePublished`/`dateModified` are the annotation's stamps; `reviewBody` is the note; `keywords`
 * are the tags; `author` is the reader when a name is given.
 *
 * Rating scale (worstRating 1, bestRating 5; `alternateName` always carries the verdict's label,
 * which is what readers of a ClaimReview see):
 *
 *   verdict        ratingValue   meaning on the scale
 *   false              1          the claim is false
 *   misleading         2          true in part, but leaves a false impression
 *   unsupported        2          the evidence given does not support it
 *   disputed           3          credible sources disagree
 *   needs-source       3          cannot be checked as reported (no named source)
 *   verified           5          confirmed
 *   opinion            —          not a factual claim: no ratingValue, only the label
 *
 * 4 ("mostly true") has no verdict of its own; it is kept so the scale matches the usual
 * five-point fact-check scales.
 */
import { VERDICT_LABELS, type Annotation, type Verdict } from '../annotations/schema.ts';
import { annotationIri } from './ids.ts';
import type { Json } from './webannotation.ts';

export const RATING_SCALE: Record<Verdict, number | null> = {
  false: 1,
  misleading: 2,
  unsupported: 2,
  disputed: 3,
  'needs-source': 3,
  verified: 5,
  opinion: null,
};
export const WORST_RATING = 1;
export const BEST_RATING = 5;

export interface ClaimReviewOptions {
  /** The reader's name, as the reviews' author. */
  author?: string;
}

function quoteOf(a: Annotation): string {
  const q = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  return q?.type === 'TextQuoteSelector' ? q.exact : '';
}

export function toClaimReview(a: Annotation, options: ClaimReviewOptions = {}): { [key: string]: Json } | null {
  const verdict = a.body.verdict;
  if (!verdict) return null;
  const value = RATING_SCALE[verdict];
  const rating: { [key: string]: Json } = {
    '@type': 'Rating',
    alternateName: VERDICT_LABELS[verdict],
    worstRating: WORST_RATING,
    bestRating: BEST_RATING,
  };
  if (value !== null) rating.ratingValue = value;
  const appearance: { [key: string]: Json } = { '@type': 'CreativeWork', url: a.target.source };
  if (a.page.title) appearance.headline = a.page.title;
  const review: { [key: string]: Json } = {
    '@type': 'ClaimReview',
    '@id': annotationIri(a.id),
    claimReviewed: quoteOf(a),
    itemReviewed: { '@type': 'Claim', appearance },
    reviewRating: rating,
    datePublished: a.created,
    dateModified: a.modified,
  };
  if (a.body.note) review.reviewBody = a.body.note;
  if (a.body.tags.length) review.keywords = a.body.tags.join(', ');
  if (options.author) review.author = { '@type': 'Person', name: options.author };
  return review;
}

/** A schema.org graph of ClaimReviews, one per annotation with a verdict (others are left out). */
export function toClaimReviews(
  annotations: readonly Annotation[],
  options: ClaimReviewOptions = {},
): { [key: string]: Json } {
  const graph: Json[] = [];
  for (const a of annotations) {
    const review = toClaimReview(a, options);
    if (review) graph.push(review);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
