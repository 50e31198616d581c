import { describe, expect, it } from 'vitest';
import { articleLength, joinArticle, limitArticle } from '../../../../src/core/model/article.ts';

const article = {
  title: 'Title',
  blocks: [
    { kind: 'paragraph' as const, text: 'a'.repeat(100) },
    { kind: 'heading' as const, text: 'b'.repeat(50) },
    { kind: 'paragraph' as const, text: 'c'.repeat(100) },
  ],
};

describe('article', () => {
  it('joins title and blocks with blank lines and records where each block is', () => {
    const { text, blocks } = joinArticle(article);
    expect(text.startsWith('Title\n\naaa')).toBe(true);
    for (const [i, b] of blocks.entries())
      expect(text.slice(b.start, b.end)).toBe(i === 0 ? 'Title' : article.blocks[i - 1]!.text);
    expect(articleLength(article)).toBeGreaterThanOrEqual(text.length);
  });

  it('cuts a too-long article at a block boundary and says so', () => {
    expect(limitArticle(article, 10_000)).toEqual({ article, truncated: false });
    const cut = limitArticle(article, 170);
    expect(cut.truncated).toBe(true);
    expect(cut.article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
    expect(articleLength(cut.article)).toBeLessThanOrEqual(170);
  });
});
