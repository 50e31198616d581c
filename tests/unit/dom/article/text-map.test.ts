import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../../../src/dom/article/index.ts';
import { fixture, jsdomDocument, linkedomDocument } from './helpers.ts';

const doc = jsdomDocument(fixture('story-with-furniture.html'));
const ex = extractArticle(doc);
const { map } = ex;
const text = map.text;
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

function textNodeContaining(needle: string): Text {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node holds ${needle}`);
}

describe('TextMap.rangeFor', () => {
  it('gives a DOM range whose text is the span of the article text', () => {
    const start = text.indexOf('Washington Street');
    const range = map.rangeFor(start, start + 'Washington Street residents'.length);
    expect(range?.toString()).toBe('Washington Street residents');
    // The word is split over <b>Wash</b>ington: the range starts in one node and ends in another.
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });

  it('covers the title, which comes from the page <h1>', () => {
    expect(map.rangeFor(0, ex.article.title.length)?.toString()).toBe('Harbour bridge to close for three weeks');
  });

  it('spans blocks, skipping the separators it made up', () => {
    const start = text.indexOf('said on Tuesday.');
    const end = text.indexOf('Drivers will') + 'Drivers will'.length;
    expect(normalize(map.rangeFor(start, end)?.toString() ?? '')).toBe('said on Tuesday. Drivers will');
  });

  it('is null for an empty span or one outside the text', () => {
    expect(map.rangeFor(5, 5)).toBeNull();
    expect(map.rangeFor(text.length + 1, text.length + 9)).toBeNull();
  });

  it('is null in linkedom, whose Range cannot be placed; positions still work there', () => {
    const lx = extractArticle(linkedomDocument(fixture('story-with-furniture.html')));
    expect(lx.map.rangeFor(0, 7)).toBeNull();
    expect(lx.map.positionAt(0)?.node.data.slice(0, 7)).toBe('Harbour');
    expect(lx.map.segments(0, 7)).toEqual([{ node: lx.map.positionAt(0)?.node, start: 0, end: 7 }]);
  });
});

describe('TextMap.offsetsOf (a reader selection back to article offsets)', () => {
  it('round-trips any word-aligned span inside a block', () => {
    const blocks = map.blocks.filter((b) => b.element);
    fc.assert(
      fc.property(
        fc.nat(blocks.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, a, b) => {
          const block = blocks[i]!;
          const words = [...text.slice(block.start, block.end).matchAll(/\S+/g)].map((m) => [
            block.start + m.index,
            block.start + m.index + m[0].length,
          ]);
          const [x, y] = [Math.floor(a * words.length), Math.floor(b * words.length)].sort((p, q) => p - q);
          const start = words[Math.min(x!, words.length - 1)]![0]!;
          const end = words[Math.min(y!, words.length - 1)]![1]!;
          const range = map.rangeFor(start, end)!;
          expect(normalize(range.toString())).toBe(text.slice(start, end));
          expect(map.offsetsOf(range)).toEqual({ start, end });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a selection made in the page, across elements', () => {
    const from = textNodeContaining('which ');
    const to = textNodeContaining('ington Street');
    const range = doc.createRange();
    range.setStart(from, from.data.indexOf('which'));
    range.setEnd(to, 'ington'.length);
    const offsets = map.offsetsOf(range);
    expect(offsets && text.slice(offsets.start, offsets.end)).toBe('which Washington');
  });

  it('snaps boundaries outside the article to the article text inside the selection', () => {
    const header = doc.querySelector('header')!;
    const lead = textNodeContaining('The harbour bridge will close');
    const range = doc.createRange();
    range.setStart(header, 0);
    range.setEnd(lead, 'The harbour bridge'.length);
    const offsets = map.offsetsOf(range);
    expect(offsets && text.slice(offsets.start, offsets.end)).toBe(`${ex.article.title}\n\nThe harbour bridge`);
  });

  it('takes element boundary points (a whole element selected)', () => {
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('blockquote')!);
    const offsets = map.offsetsOf(range);
    expect(offsets && text.slice(offsets.start, offsets.end)).toBe(ex.article.blocks[5]!.text);
  });

  it('is null for a selection with no article text in it', () => {
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('section.comments')!);
    expect(map.offsetsOf(range)).toBeNull();
  });

  it('maps a selection inside left-out text (a photo credit) to nothing, not to a neighbour', () => {
    const credit = textNodeContaining('Photo: J. Doe');
    expect(map.offsetsOf({ startContainer: credit, startOffset: 0, endContainer: credit, endOffset: 5 })).toBeNull();
  });
});

describe('TextMap.positionAt', () => {
  const lx = extractArticle(
    linkedomDocument(`<!DOCTYPE html><html><body><article><h1>Headline of the story</h1>
    <p>First line of the lead paragraph<br>second line, which is long enough to count as prose.</p>
    <p>Next   paragraph\n  with   collapsed    white space, long enough to count as prose.</p></article></body></html>`),
  );
  const { map: m } = lx;
  const at = (needle: string) => m.text.indexOf(needle);

  it('maps every kept character to its place in its Text node', () => {
    const pos = m.positionAt(at('second'));
    expect(pos?.node.data.slice(pos.offset, pos.offset + 6)).toBe('second');
    const collapsed = m.positionAt(at('collapsed'));
    expect(collapsed?.node.data.slice(collapsed.offset, collapsed.offset + 9)).toBe('collapsed');
  });

  it('maps the space made for a <br> and the separator between blocks to the end of the text before them', () => {
    const br = m.positionAt(at('second') - 1);
    expect(br?.node.data).toBe('First line of the lead paragraph');
    expect(br?.offset).toBe('First line of the lead paragraph'.length);
    const separator = m.positionAt(at('Next') - 1);
    expect(separator?.node.data.slice(0, separator.offset)).toBe(
      'second line, which is long enough to count as prose.',
    );
  });

  it('is null outside the text', () => {
    expect(m.positionAt(-1)).toBeNull();
    expect(m.positionAt(m.text.length)).toBeNull();
  });
});

describe('TextMap.rangesFor', () => {
  it('splits a span that crosses into a shadow tree, one range per tree', () => {
    const page = jsdomDocument(
      `<!DOCTYPE html><html><body><article><h1>Light headline here</h1><p>Light paragraph of the article, long enough to count as prose.</p><div id="host"></div></article></body></html>`,
    );
    const host = page.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<p>Shadow paragraph of the article, long enough to count as prose too.</p>';
    const m = extractArticle(page).map;
    const start = m.text.indexOf('Light paragraph');
    const end = m.text.indexOf('prose too') + 'prose too'.length;
    const ranges = m.rangesFor(start, end);
    expect(ranges.map((r) => normalize(r.toString()))).toEqual([
      'Light paragraph of the article, long enough to count as prose.',
      'Shadow paragraph of the article, long enough to count as prose too',
    ]);
  });
});
