/**
 * Pages that change while Sourcelight works on them: the page mutates between the yields of
 * extractArticleAsync, and again while the analysis is away (the background round trip), before
 * painting. Nothing may throw, and painting then clearing leaves the page's text as the page made it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze.ts';
import { joinArticle } from '../../../../src/core/model/article.ts';
import { detectArticle, extractArticleAsync } from '../../../../src/dom/article/index.ts';
import { createPainter } from '../../../../src/dom/paint/painter.ts';
import { buildPage, page, SENTENCES } from './arbitrary.ts';
import { blankDocument, pageText, rootsOf, marksIn } from './helpers.ts';

type Op = {
  kind: 'remove' | 'shorten' | 'lengthen' | 'append' | 'hide' | 'move' | 'shadow' | 'wipe';
  a: number;
  b: number;
};

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('remove', 'shorten', 'lengthen', 'append', 'hide', 'move', 'shadow', 'wipe'),
  a: fc.nat(),
  b: fc.nat(),
});

/** One change a page's own script might make; a change the DOM refuses is the page's problem, not ours. */
function mutate(doc: Document, { kind, a, b }: Op): void {
  const roots = rootsOf(doc);
  const elements = roots.flatMap((r) => Array.from(r.querySelectorAll('body *, :host *, p, div, span, li')));
  const texts = roots.flatMap((r) => {
    const owner = r.nodeType === 9 ? (r as Document) : (r.ownerDocument as Document);
    const walker = owner.createTreeWalker(r, 4);
    const out: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
    return out;
  });
  const el = elements[a % Math.max(1, elements.length)];
  const other = elements[b % Math.max(1, elements.length)];
  const text = texts[a % Math.max(1, texts.length)];
  try {
    switch (kind) {
      case 'remove':
        el?.remove();
        break;
      case 'shorten':
        if (text) text.data = text.data.slice(0, text.data.length >> 1);
        break;
      case 'lengthen':
        if (text) text.data += ` ${SENTENCES[b % SENTENCES.length]}`;
        break;
      case 'append':
        el?.appendChild(el.ownerDocument.createElement('p')).append(SENTENCES[b % SENTENCES.length] as string);
        break;
      case 'hide':
        el?.setAttribute('hidden', '');
        break;
      case 'move':
        if (el && other && !el.contains(other)) other.appendChild(el);
        break;
      case 'shadow':
        el?.attachShadow({ mode: 'open' }).append(SENTENCES[b % SENTENCES.length] as string);
        break;
      case 'wipe':
        doc.body.replaceChildren();
        break;
    }
  } catch {
    // e.g. attachShadow on an element that cannot host one, or twice.
  }
}

describe('pages that change while they are processed', () => {
  it('extraction, analysis and painting never throw, and painting leaves the changed page as it was', async () => {
    let interleaved = 0;
    await fc.assert(
      fc.asyncProperty(
        page,
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.array(op, { maxLength: 4 }),
        async (spec, during, before) => {
          const doc = blankDocument();
          buildPage(doc, spec);
          detectArticle(doc);
          // The page's script runs between the extractor's slices of work.
          const pending = [...during];
          let ticking = true;
          const tick = () => {
            const next = pending.shift();
            if (next) mutate(doc, next);
            if (next && ticking) interleaved++;
            if (ticking && pending.length) setTimeout(tick, 0);
          };
          setTimeout(tick, 0);
          const ex = await extractArticleAsync(doc, { yieldEvery: 0, styles: false });
          ticking = false;
          expect(ex.map.text).toBe(joinArticle(ex.article).text);
          const analysis = analyze(ex.article);
          // …and while the analysis is away.
          for (const change of before) mutate(doc, change);
          const ranges = [...analysis.claims, ...analysis.entities].flatMap((s) => ex.map.rangesFor(s.start, s.end));
          for (const s of analysis.claims) ex.map.rangeFor(s.start, s.end);
          const text = pageText(doc);
          const painter = createPainter(doc);
          painter.paint([{ name: 'all', priority: 1, ranges }]);
          painter.clear();
          expect(rootsOf(doc).flatMap(marksIn)).toEqual([]);
          expect(pageText(doc)).toBe(text);
        },
      ),
      { numRuns: 30 },
    );
    // The page really did change while the extractor was between slices of work.
    expect(interleaved).toBeGreaterThan(30);
  }, 30_000);

  it('an aborted extraction stops with the abort, whatever the page does meanwhile', async () => {
    await fc.assert(
      fc.asyncProperty(page, op, async (spec, change) => {
        const doc = blankDocument();
        buildPage(doc, spec);
        const controller = new AbortController();
        const pending = extractArticleAsync(doc, { yieldEvery: 0, styles: false, signal: controller.signal });
        mutate(doc, change);
        controller.abort();
        await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      }),
      { numRuns: 20 },
    );
  }, 30_000);
});
