/**
 * Annotating with a real mouse and keyboard: select a passage, press the Annotate button, write a
 * note with a verdict and tags, save with Enter; the note is painted, comes back after a reload, and
 * is edited and deleted (with undo) from the popup.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { openPopupFor, paintedTexts, waitForHighlights } from './harness/extension.ts';
import { openEditorOn, waitForNotes } from './harness/select.ts';

const PHRASE = 'Roughly 90% of Russia’s microelectronics came from China last year';

forEachBrowser('annotating', (ctx) => {
  it('saves a note from a mouse selection, paints it, and brings it back after a reload', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);

    await openEditorOn(page, PHRASE);
    await page.screenshot(await artifact('annotate-editor'));
    await page.type('Who are these officials?');
    await page.press('Tab');
    await page.type('Needs');
    await page.press('Tab');
    await page.type('china, sourcing');
    await page.press('Enter');

    await waitForNotes(page, 1);
    expect(await paintedTexts(page, 'sourcelight-note')).toEqual([PHRASE]);
    await page.screenshot(await artifact('annotate-saved'));

    await page.goto(page.url());
    await waitForHighlights(page);
    await waitForNotes(page, 1);
    expect(await paintedTexts(page, 'sourcelight-note')).toEqual([PHRASE]);

    const popup = await openPopupFor(session, page);
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (1)',
      undefined,
      'the note in the popup',
    );
    const shown = await popup.evaluate(() => document.querySelector('.annotation')?.textContent ?? '');
    expect(shown).toContain('Who are these officials?');
    expect(shown).toContain('Needs source');
    expect(shown).toContain('sourcing');
    await popup.screenshot(await artifact('popup-with-note'), true);

    // Edit the note in the popup.
    await popup.click('.annotation button:nth-of-type(1)');
    await popup.click('.annotation textarea');
    await popup.press('End');
    await popup.type(' Named later by Reuters.');
    await popup.click('.annotation button[type="submit"]');
    await popup.waitFor(
      () => document.querySelector('.annotation .note')?.textContent?.includes('Named later by Reuters.'),
      undefined,
      'the edited note',
    );

    // Delete, then undo: the page loses the highlight, then gets it back.
    await popup.evaluate(() => {
      const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.annotation button'));
      buttons.find((b) => b.textContent === 'Delete')!.click();
    });
    await waitForNotes(page, 0);
    await popup.click('.toast button');
    await waitForNotes(page, 1);

    expect(extensionErrors(page)).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
