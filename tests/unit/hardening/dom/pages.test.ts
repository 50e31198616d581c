/**
 * Hostile pages, generated: detection, extraction, analysis and the fallback painter never throw,
 * never change the page, and every claim and entity maps back to exactly the text a reader sees.
 * Runs on jsdom (Ranges and shadow roots, no CSS Custom Highlight API, so the wrap painter paints)
 * and, for the CLI's sake, on linkedom.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze.ts';
import type { Analysis } from '../../../../src/core/model/analysis.ts';
import { joinArticle } from '../../../../src/core/model/article.ts';
import { detectArticle, extractArticle, type Extraction } from '../../../../src/dom/article/index.ts';
import { createPainter, type PaintGroup } from '../../../../src/dom/paint/painter.ts';
import { buildPage, page, SENTENCES, type PageSpec } from './arbitrary.ts';
import {
  blankDocument,
  isShown,
  newDocument,
  marksIn,
  normalize,
  pageText,
  rootsOf,
  textNodes,
  visibleText,
} from './helpers.ts';

function built(spec: PageSpec, doc = blankDocument()): Document {
  buildPage(doc, spec);
  return doc;
}

/** Extraction and analysis, with the engine's own invariants. */
function run(doc: Document): { ex: Extraction; analysis: Analysis } {
  detectArticle(doc);
  const ex = extractArticle(doc, { styles: false });
  expect(ex.map.text).toBe(joinArticle(ex.article).text);
  const analysis = analyze(ex.article);
  expect(analysis.text).toBe(ex.map.text);
  return { ex, analysis };
}

const unspaced = (text: string) => text.replace(/[ \t\n\r\f]+/g, '');
const spans = (analysis: Analysis) => [...analysis.claims, ...analysis.entities];

/** Editable content the fallback painter leaves alone: a mark there would end up in what the reader edits. */
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
const inEditable = (node: Node) =>
  (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(EDITABLE) != null;

/** What a fallback mark over `range` shows: the range's visible text outside editable content. */
function paintableText(range: Range): string {
  if (inEditable(range.commonAncestorContainer)) return '';
  const fragment = range.cloneContents();
  for (const el of Array.from(fragment.querySelectorAll(EDITABLE))) el.remove();
  const copy = range.startContainer.ownerDocument!.createRange();
  copy.selectNodeContents(fragment);
  return visibleText(copy);
}

describe('generated pages on jsdom', () => {
  it('extract and analyse without error, leave the page as it was, and map every claim and entity to its text', () => {
    let checked = 0;
    fc.assert(
      fc.property(page, (spec) => {
        const doc = built(spec);
        const before = pageText(doc);
        const html = doc.documentElement.outerHTML;
        const { ex, analysis } = run(doc);
        for (const span of spans(analysis)) {
          const ranges = ex.map.rangesFor(span.start, span.end);
          expect(normalize(ranges.map(visibleText).join('')), span.text).toBe(normalize(span.text));
          // One tree: the single Range the content script paints says the same.
          if (ranges.length === 1)
            expect(normalize(visibleText(ex.map.rangeFor(span.start, span.end)!))).toBe(normalize(span.text));
          checked++;
        }
        expect(pageText(doc)).toBe(before);
        expect(doc.documentElement.outerHTML).toBe(html);
      }),
      { numRuns: 30 },
    );
    // The generator must reach the engine: most pages have claims and entities to check.
    expect(checked).toBeGreaterThan(100);
  }, 30_000);

  it('paint with the wrap fallback: marks show exactly each claim and entity, and clearing puts every node back', () => {
    fc.assert(
      fc.property(page, (spec) => {
        const doc = built(spec);
        const { ex, analysis } = run(doc);
        const painter = createPainter(doc);
        expect(painter.mode).toBe('wrap');
        const nodes = textNodes(doc);
        const text = pageText(doc);
        // One group per claim and per entity, so each one's marks can be told apart; claims win overlaps.
        const groups: PaintGroup[] = [];
        const expected = new Map<string, Map<Node, string>>();
        const add = (name: string, priority: number, start: number, end: number) => {
          const ranges = ex.map.rangesFor(start, end);
          const byRoot = new Map<Node, string>();
          for (const range of ranges) {
            const root = range.startContainer.getRootNode();
            byRoot.set(root, (byRoot.get(root) ?? '') + paintableText(range));
          }
          expected.set(name, byRoot);
          groups.push({ name, priority, ranges });
        };
        for (const [i, c] of analysis.claims.entries()) add(`claim-${i}`, 2, c.start, c.end);
        for (const [i, e] of analysis.entities.entries()) add(`entity-${i}`, 1, e.start, e.end);
        painter.paint(groups);

        for (const root of rootsOf(doc)) {
          const shown = new Map<string, string>();
          for (const mark of marksIn(root)) {
            expect(inEditable(mark), 'a mark inside editable content').toBe(false);
            expect(mark.closest('script, style'), 'a mark inside a script or style sheet').toBeNull();
            const name = mark.dataset['highlight'] as string;
            if (isShown(mark, root)) shown.set(name, (shown.get(name) ?? '') + mark.textContent);
          }
          for (const [name, byRoot] of expected) {
            // A mark holds Text only: the space a `<br>` reads as is in no mark.
            expect(unspaced(shown.get(name) ?? ''), `${name} in ${root.nodeName}`).toBe(
              unspaced(byRoot.get(root) ?? ''),
            );
          }
        }
        painter.clear();
        expect(rootsOf(doc).flatMap(marksIn)).toEqual([]);
        expect(pageText(doc)).toBe(text);
        // The page keeps its own Text nodes: scripts (and frameworks) hold on to them.
        const after = textNodes(doc);
        expect(after.length).toBe(nodes.length);
        expect(after.every((node, i) => node === nodes[i])).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 30_000);

  it('paints again after clearing, from the same extraction', () => {
    fc.assert(
      fc.property(page, (spec) => {
        const doc = built(spec);
        const { ex, analysis } = run(doc);
        const painter = createPainter(doc);
        const groups = (): PaintGroup[] => [
          { name: 'claims', priority: 2, ranges: analysis.claims.flatMap((c) => ex.map.rangesFor(c.start, c.end)) },
        ];
        const text = pageText(doc);
        painter.paint(groups());
        const first = rootsOf(doc)
          .flatMap(marksIn)
          .map((m) => m.textContent)
          .join('');
        painter.clear();
        painter.paint(groups());
        expect(
          rootsOf(doc)
            .flatMap(marksIn)
            .map((m) => m.textContent)
            .join(''),
        ).toBe(first);
        painter.clear();
        expect(pageText(doc)).toBe(text);
      }),
      { numRuns: 15 },
    );
  }, 30_000);

  it('paints a claim that starts with a name and one that ends with one, each whole', () => {
    const doc = blankDocument();
    const article = doc.body.appendChild(doc.createElement('article'));
    article.innerHTML =
      '<p>Janet Yellen warned Beijing on Tuesday, two officials said.</p><p>The deal was off, officials told Reuters. Talks went on.</p>';
    const { ex, analysis } = run(doc);
    const claims = analysis.claims.map((c) => c.text);
    expect(claims).toEqual([
      'Janet Yellen warned Beijing on Tuesday, two officials said.',
      'The deal was off, officials told Reuters.',
    ]);
    const painter = createPainter(doc);
    painter.paint([
      {
        name: 'sourcelight-claim-unnamed-official',
        priority: 2,
        ranges: analysis.claims.map((c) => ex.map.rangeFor(c.start, c.end)!),
      },
      {
        name: 'sourcelight-entity-person',
        priority: 1,
        ranges: analysis.entities.map((e) => ex.map.rangeFor(e.start, e.end)!),
      },
    ]);
    const painted = marksIn(doc)
      .filter((m) => m.dataset['highlight']?.includes('claim'))
      .map((m) => m.textContent)
      .join('');
    expect(painted).toBe(claims.join(''));
  });

  it('falls back to wrapping when a page booby-trapped CSS', () => {
    const doc = built(fc.sample(page, { numRuns: 1, seed: 7 })[0] as PageSpec, newDocument());
    Object.defineProperty(doc.defaultView, 'CSS', {
      get: () => {
        throw new Error('no');
      },
    });
    expect(createPainter(doc).mode).toBe('wrap');
  });
});

describe('hostile shapes on jsdom', () => {
  const story = SENTENCES.join(' ');

  it('reads a story nested 2,000 elements deep', () => {
    const doc = blankDocument();
    let at: Element = doc.body;
    for (let i = 0; i < 2000; i++) at = at.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    for (let i = 0; i < 5; i++) at.appendChild(doc.createElement('p')).textContent = story;
    const { ex, analysis } = run(doc);
    expect(analysis.claims.length).toBeGreaterThan(5);
    const claim = analysis.claims[0]!;
    expect(normalize(visibleText(ex.map.rangeFor(claim.start, claim.end)!))).toBe(normalize(claim.text));
    const painter = createPainter(doc);
    const text = pageText(doc);
    painter.paint([
      { name: 'claims', priority: 2, ranges: analysis.claims.map((c) => ex.map.rangeFor(c.start, c.end)!) },
    ]);
    painter.clear();
    expect(pageText(doc)).toBe(text);
  });

  it('reads text nodes of a megabyte and more: prose, one unbroken word, CJK without spaces, marks and emoji', () => {
    for (const unit of [story, 'x', '官员表示会谈陷入僵局。', `${story}\u200b👍🏽\u0301 `]) {
      const doc = blankDocument();
      const p = doc.body.appendChild(doc.createElement('article')).appendChild(doc.createElement('p'));
      p.textContent = unit.repeat(Math.ceil(1_200_000 / unit.length));
      const { ex, analysis } = run(doc);
      expect(ex.map.text.length).toBeGreaterThan(1_190_000);
      const all = spans(analysis);
      for (const span of [...all.slice(0, 20), ...all.slice(-20)]) {
        expect(normalize(ex.map.rangeFor(span.start, span.end)!.toString())).toBe(normalize(span.text));
      }
    }
  }, 30_000);
});

describe('generated pages on linkedom (the CLI)', () => {
  it('extract and analyse without error, every mapped character coming from its Text node', () => {
    fc.assert(
      fc.property(page, (spec) => {
        const doc = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
        buildPage(doc, spec);
        const { ex, analysis } = run(doc);
        for (const span of spans(analysis)) {
          const fromNodes = ex.map
            .segments(span.start, span.end)
            .map((s) => s.node.data.slice(s.start, s.end))
            .join('');
          expect(fromNodes.replace(/[ \t\n\r\f]+/g, '')).toBe(span.text.replace(/[ \t\n\r\f]+/g, ''));
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
