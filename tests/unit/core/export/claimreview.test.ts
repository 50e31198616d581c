import { describe, expect, it } from 'vitest';
import { RATING_SCALE, toClaimReviews } from '../../../../src/core/export/claimreview.ts';
import { editAnnotation } from '../../../../src/core/annotations/create.ts';
import { sample } from './sample.ts';

describe('ClaimReview export', () => {
  it('reviews only annotations with a verdict, with claim, rating, page and dates', () => {
    const doc = toClaimReviews(sample(), { author: 'A. Reader' });
    expect(doc['@context']).toBe('https://schema.org');
    const graph = doc['@graph'] as Array<Record<string, unknown>>;
    expect(graph).toHaveLength(2);
    expect(graph[0]).toEqual({
      '@type': 'ClaimReview',
      '@id': 'urn:uuid:11111111-1111-4111-8111-111111111111',
      claimReviewed: 'officials told the Associated Press, speaking on the condition of anonymity',
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://www.example.com/world/china-russia',
          headline: 'China Sending Russia Missile Parts, U.S. Reportedly Warns',
        },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Needs source', worstRating: 1, bestRating: 5, ratingValue: 3 },
      datePublished: '2024-05-01T09:30:00.000Z',
      dateModified: '2024-05-01T09:30:00.000Z',
      reviewBody: 'Which officials?\nNo names, no agency.',
      keywords: 'china, russia',
      author: { '@type': 'Person', name: 'A. Reader' },
    });
  });

  it('rates on a documented 1–5 scale, leaving opinions unrated', () => {
    expect(RATING_SCALE.false).toBe(1);
    expect(RATING_SCALE.verified).toBe(5);
    const opinion = editAnnotation(sample()[0]!, { verdict: 'opinion' });
    const [review] = toClaimReviews([opinion])['@graph'] as Array<{ reviewRating: Record<string, unknown> }>;
    expect(review!.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Opinion',
      worstRating: 1,
      bestRating: 5,
    });
  });
});
