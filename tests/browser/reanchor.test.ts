/**
 * Re-anchoring on a changed page: a note written on one version of a story is found again after
 * the story was edited (text inserted before it, a word changed inside it, paragraphs reordered),
 * and a note whose passage is gone is kept and shown as not found, never dropped.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { openPopupFor, paintedTexts, waitForHighlights } from './harness/extension.ts';
import { openEditorOn, waitForNotes } from './harness/select.ts';

const PASSAGE = 'The harbour authority spent four million dollars on the new crane last spring';

function story(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour costs rise</title>
<meta property="og:type" content="article"><link rel="canonical" href="/harbour-story"></head><body>
<article><h1>Harbour costs rise again</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const P1 = 'Council members asked on Monday why the port budget had doubled in three years.';
const P2 = `${PASSAGE}, according to figures released by the council.`;
const P3 = 'The authority said the crane would pay for itself within a decade of heavy use.';
const NEW = 'Correction appended: an earlier version of this story misstated the date of the vote by one week.';

forEachBrowser('re-anchoring', (ctx) => {
  it('finds a note again after the story was edited, and keeps it as an orphan when its passage is gone', async () => {
    const { session, server, artifact } = ctx();
    server.route('/harbour-story', story([P1, P2, P3]));
    const page = await session.newPage();
    await page.goto(`${server.origin}/harbour-story`);
    await waitForHighlights(page);
    await openEditorOn(page, PASSAGE);
    await page.type('Check the council figures.');
    await page.press('Enter');
    await waitForNotes(page, 1);

    // Edited: a paragraph inserted before, a word changed inside the passage, paragraphs reordered.
    const edited = P2.replace('four million', 'four and a half million');
    server.route('/harbour-story', story([NEW, P3, edited, P1]));
    await page.goto(`${server.origin}/harbour-story`);
    await waitForHighlights(page);
    await waitForNotes(page, 1);
    const [found] = await paintedTexts(page, 'sourcelight-note');
    expect(found).toContain('The harbour authority spent four and a half million');
    expect(found).toContain('new crane last spring');
    await page.screenshot(await artifact('reanchor-edited'));

    // Gone: the passage was cut. The note stays, as an orphan the popup lists.
    server.route('/harbour-story', story([NEW, P1, P3]));
    await page.goto(`${server.origin}/harbour-story`);
    await waitForHighlights(page);
    expect(await paintedTexts(page, 'sourcelight-note')).toEqual([]);
    const popup = await openPopupFor(session, page);
    await popup.waitFor(
      () => document.querySelector('.annotation.orphan') !== null,
      undefined,
      'the orphan in the popup',
    );
    expect(await popup.evaluate(() => document.querySelector('.annotation.orphan')?.textContent ?? '')).toContain(
      'Not found on the page as it is now',
    );
    expect(extensionErrors(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
