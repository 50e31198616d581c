/** The review reply's long lists travel as pages of JSON text (a 2 MB article has tens of thousands of entities). */
import { describe, expect, it } from 'vitest';
import { PAGE_ITEMS, toPages } from '../../../src/extension/shared/content-protocol.ts';

describe('toPages', () => {
  it('splits items into pages of PAGE_ITEMS and loses none, in order', () => {
    const items = Array.from({ length: PAGE_ITEMS * 2 + 7 }, (_, i) => ({ start: i, text: `claim ${i}` }));
    const pages = toPages(items);
    expect(pages).toHaveLength(3);
    expect(pages.flatMap((p) => JSON.parse(p) as unknown[])).toEqual(items);
  });
  it('sends no page for no items', () => {
    expect(toPages([])).toEqual([]);
  });
});
