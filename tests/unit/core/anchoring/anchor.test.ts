import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, anchorAll } from '../../../../src/core/anchoring/anchor.ts';
import { describe } from '../../../../src/core/annotations/selectors.ts';
import type { Selector } from '../../../../src/core/annotations/schema.ts';
import { pageParagraphs } from './page-text.ts';

const paragraphs = ['nytimes-4', 'wapo-2', 'yahoo-2', 'keep-images', 'citylab-1'].flatMap(pageParagraphs);
const page = paragraphs.join('\n\n');

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** Annotations on whole-word passages of 40–160 characters inside paragraphs, each unique on the page. */
function annotate(
  text: string,
  count: number,
  seed: number,
): Array<{ start: number; end: number; selectors: Selector[] }> {
  const random = rng(seed);
  const out: Array<{ start: number; end: number; selectors: Selector[] }> = [];
  while (out.length < count) {
    let start = Math.floor(random() * (text.length - 200));
    while (start > 0 && text[start - 1] !== ' ') start++;
    let end = start + 40 + Math.floor(random() * 120);
    while (end < text.length && text[end] !== ' ') end++;
    const exact = text.slice(start, end);
    if (exact.includes('\n') || text.indexOf(exact) !== text.lastIndexOf(exact)) continue;
    if (out.some((a) => start < a.end && end > a.start)) continue;
    out.push({ start, end, selectors: describe(text, start, end) });
  }
  return out;
}

group('anchor on an unchanged page', () => {
  it('places every annotation at its stored position', () => {
    const notes = annotate(page, 100, 1);
    const anchors = anchorAll(
      page,
      notes.map((n) => n.selectors),
    );
    anchors.forEach((a, i) => {
      expect(a).toEqual({ start: notes[i]!.start, end: notes[i]!.end, method: 'position', score: 1 });
    });
  });

  it('finds what describe produced, for arbitrary text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é', '😀', '"', '<'),
          minLength: 2,
          maxLength: 300,
        }),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const start = x % (text.length - 1);
          const end = start + 1 + (y % (text.length - start));
          const selectors = describe(text, start, end);
          expect(anchor(text, selectors)).toMatchObject({ start, end, method: 'position' });
          // Without the position, the quote alone finds the same passage whenever its context is unique.
          const [quote] = selectors;
          const found = anchor(text, [quote]);
          expect(found && text.slice(found.start, found.end)).toBe(quote.exact);
          const withContext = quote.prefix + quote.exact + quote.suffix;
          if (text.indexOf(withContext) === text.lastIndexOf(withContext)) {
            expect(found).toMatchObject({ start, end, method: 'quote' });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

group('anchor on an edited page', () => {
  it('follows text inserted before the passage', () => {
    const notes = annotate(page, 50, 2);
    const inserted = 'Editor’s note: this article was updated with new reporting.\n\n';
    const edited = inserted + page;
    const anchors = anchorAll(
      edited,
      notes.map((n) => n.selectors),
    );
    anchors.forEach((a, i) => {
      expect(a).toMatchObject({
        start: notes[i]!.start + inserted.length,
        end: notes[i]!.end + inserted.length,
        method: 'quote',
      });
      expect(a!.score).toBeGreaterThan(0.95);
    });
  });

  it('finds passages whose paragraphs were reordered', () => {
    const reordered = [...paragraphs].reverse().join('\n\n');
    const notes = annotate(page, 50, 3);
    const anchors = anchorAll(
      reordered,
      notes.map((n) => n.selectors),
    );
    anchors.forEach((a, i) => {
      expect(reordered.slice(a!.start, a!.end)).toBe(page.slice(notes[i]!.start, notes[i]!.end));
      expect(a!.method).toBe('quote');
    });
  });

  it('finds passages with words changed inside the quote, at their new place', () => {
    const notes = annotate(page, 40, 4);
    // Change the third word of every quote, working backwards so earlier offsets stay valid.
    let edited = page;
    const expected = new Map<number, { start: number; end: number }>();
    const order = notes.map((n, i) => ({ ...n, i })).sort((a, b) => b.start - a.start);
    const shiftsAfter: Array<{ at: number; delta: number }> = [];
    for (const n of order) {
      const exact = page.slice(n.start, n.end);
      const words = exact.split(' ');
      const target = Math.min(2, words.length - 2);
      const replaced = [...words];
      replaced[target] = 'REPLACEMENTWORD';
      const next = replaced.join(' ');
      edited = edited.slice(0, n.start) + next + edited.slice(n.end);
      const delta = next.length - exact.length;
      shiftsAfter.push({ at: n.start, delta });
      expected.set(n.i, { start: n.start, end: n.start + next.length });
    }
    const shift = (pos: number, self: number) =>
      shiftsAfter.filter((s) => s.at < pos && s.at !== self).reduce((sum, s) => sum + s.delta, 0);
    const anchors = anchorAll(
      edited,
      notes.map((n) => n.selectors),
    );
    anchors.forEach((a, i) => {
      const want = expected.get(i)!;
      const start = want.start + shift(notes[i]!.start, notes[i]!.start);
      const end = want.end + shift(notes[i]!.start, notes[i]!.start);
      expect(a?.method).toBe('fuzzy');
      expect(Math.abs(a!.start - start)).toBeLessThanOrEqual(1);
      expect(Math.abs(a!.end - end)).toBeLessThanOrEqual(1);
      expect(a!.score).toBeGreaterThan(0.7);
    });
  });

  it('tells repeated quotes apart by their context, after the page moved', () => {
    const text = [
      'The mayor spoke first. Officials said the bridge would reopen. Traffic was light.',
      'In March, the council met again. Officials said the bridge would reopen. Nobody believed it.',
      'By June, the works were late. Officials said the bridge would reopen. It did not.',
    ].join('\n\n');
    const start = text.indexOf('Officials said', text.indexOf('In March'));
    const selectors = describe(text, start, start + 'Officials said the bridge would reopen.'.length);
    const edited = `Update: the bridge is still closed.\n\n${text}`;
    const found = anchor(edited, selectors);
    expect(found).toMatchObject({ method: 'quote', start: start + 37 });
  });

  it('leaves a deleted passage an orphan instead of placing it somewhere wrong', () => {
    const notes = annotate(page, 5, 5);
    const target = notes[0]!;
    const paragraphStart = page.lastIndexOf('\n\n', target.start);
    const paragraphEnd = page.indexOf('\n\n', target.end);
    const edited =
      page.slice(0, Math.max(0, paragraphStart)) + page.slice(paragraphEnd < 0 ? page.length : paragraphEnd);
    const anchors = anchorAll(
      edited,
      notes.map((n) => n.selectors),
    );
    expect(anchors[0]).toBeNull();
    expect(anchors.slice(1).every((a) => a !== null)).toBe(true);
  });

  it('uses the position only when the text there is still the quote', () => {
    const text = 'alpha beta gamma delta epsilon';
    const selectors = describe(text, 6, 10);
    expect(anchor(`XX${text}`, selectors)).toMatchObject({ start: 8, end: 12, method: 'quote' });
    expect(anchor('', selectors)).toBeNull();
  });
});
