import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/incremental.ts';
import { loadPages } from '../../../scripts/lib/corpus.ts';
import type { Article } from '../../../src/core/model/article.ts';

const p = (text: string) => ({ kind: 'paragraph' as const, text });

const story: Article = {
  title: 'Port deal stalls',
  blocks: [
    p('Two senior officials said, speaking on condition of anonymity, that the port deal had stalled.'),
    p('Treasury Secretary Janet Yellen met the negotiators in Geneva on Tuesday.'),
    p('The talks resumed on Wednesday morning.'),
  ],
};

describe('reading only what changed', () => {
  it('reuses everything when the article did not change (a note was saved)', () => {
    const first = readArticle(story);
    const again = readArticle({ ...story, blocks: [...story.blocks] }, first);
    expect(again.reused).toBe(story.blocks.length);
    expect(again.claims).toBe(first.claims);
    expect(again.entities).toBe(first.entities);
  });

  it('reads only new paragraphs, following sources and names introduced before them', () => {
    const first = readArticle(story);
    const grown = {
      ...story,
      blocks: [
        ...story.blocks,
        p('The officials said the deal could still be signed next month.'),
        p('Yellen declined to comment on the delay.'),
      ],
    };
    const next = readArticle(grown, first);
    expect(next.reused).toBe(3);
    expect(next.claims.map((c) => c.text)).toEqual(readArticle(grown).claims.map((c) => c.text));
    expect(next.claims.at(-1)?.text).toBe('The officials said the deal could still be signed next month.');
    expect(
      next.entities.find((e) => e.text === 'Yellen' && e.start > next.text.indexOf('declined') - 20)?.canonical,
    ).toBe('Janet Yellen');
  });

  it('reads the whole article again when anything but its end changed', () => {
    const first = readArticle(story);
    const edited = { ...story, blocks: [p('An earlier paragraph was inserted at the top.'), ...story.blocks] };
    expect(readArticle(edited, first).reused).toBe(0);
  });

  it('finds the same claims as a whole reading on every corpus page grown paragraph by paragraph', () => {
    let entities = 0;
    let same = 0;
    for (const page of loadPages()) {
      const blocks = page.blocks
        .filter((b) => b.kind !== 'title')
        .map((b) => ({ kind: b.kind, text: page.reference.slice(b.start, b.end) }));
      const article = { title: 'T', blocks };
      const whole = readArticle(article);
      for (let k = 1; k < blocks.length; k += Math.max(1, Math.floor(blocks.length / 3))) {
        const grown = readArticle(article, readArticle({ title: 'T', blocks: blocks.slice(0, k) }));
        expect(grown.claims.map((c) => [c.start, c.end, c.kind])).toEqual(
          whole.claims.map((c) => [c.start, c.end, c.kind]),
        );
        const key = (e: { start: number; end: number; type: string; canonical: string }) =>
          `${e.start}:${e.end}:${e.type}:${e.canonical}`;
        const mine = new Set(grown.entities.map(key));
        entities += whole.entities.length;
        same += whole.entities.filter((e) => mine.has(key(e))).length;
      }
    }
    // Entities rest partly on evidence from the whole article; a partial reading may differ a little.
    expect(same / entities).toBeGreaterThan(0.97);
  }, 60_000);
});
