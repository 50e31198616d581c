import { describe, expect, it } from 'vitest';
import { reviewArticle } from '../../../src/core/review.ts';
import { Review } from '../../../src/core/model/review.ts';
import { sample, storyText } from './export/sample.ts';

describe('reviewArticle', () => {
  const article = {
    title: 'China Sending Russia Missile Parts',
    blocks: [{ kind: 'paragraph' as const, text: storyText }],
  };

  it('hands the page a Markdown note already parsed, and a plain note as typed', () => {
    const { annotations } = reviewArticle(article, sample());
    const markdown = annotations.find((p) => p.annotation.body.format === 'markdown');
    const plain = annotations.find((p) => p.annotation.body.note.startsWith('Which officials'));
    expect(markdown?.anchor).not.toBeNull();
    expect(markdown?.note).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', text: 'Bold' }] },
          { type: 'text', text: ' claim, see ' },
          { type: 'link', href: 'https://example.org/r', children: [{ type: 'text', text: 'the report' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    expect(plain?.note).toBeUndefined();
  });

  it('gives a review the message schema accepts, parsed notes included', () => {
    const { analysis, annotations } = reviewArticle(article, sample());
    expect(Review.safeParse({ analysis, annotations }).success).toBe(true);
  });
});
