/**
 * Notes stay in step everywhere: whoever changes them — a tab, the library (edit, delete, undo,
 * import) or the popup — every open view follows without a reload: other tabs repaint, the popup
 * and the library read again. Each hop's delay is printed (the aim is under a second).
 *
 * Each view is checked as a reader sees it: brought to the front first. Browsers hold back the frames of
 * tabs nobody looks at (Firefox paints a background tab at most once a second, and later not at all
 * for a while), and Sourcelight paints in frames; a tab has heard of the change before it is shown,
 * so what the reader sees on switching to it is the new notes.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionErrors, forEachBrowser, type TestPage } from './harness/index.ts';
import { openPopupFor, waitForHighlights } from './harness/extension.ts';
import { openEditorOn, waitForNotes } from './harness/select.ts';
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { exportAs } from '../../src/core/export/files.ts';
import type { Annotation } from '../../src/core/annotations/schema.ts';

const PHRASE = 'Roughly 90% of Russia’s microelectronics came from China last year';
const SECOND = 'officials are also urging Chinese firms';

/** Every stored annotation, read from an extension page's IndexedDB. */
function stored(page: TestPage): Promise<Annotation[]> {
  return page.evaluate(
    () =>
      new Promise<Annotation[]>((resolve, reject) => {
        const open = indexedDB.open('sourcelight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Annotation[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

const summary = (library: TestPage, text: string, what: string) =>
  library.waitFor(
    (t: string) => document.querySelector('.summary [role="status"]')?.textContent?.startsWith(t),
    text,
    what,
  );

/** Brings each tab to the front in turn and waits until it shows `count` notes. */
async function tabsShow(tabs: TestPage[], count: number): Promise<void> {
  for (const tab of tabs) {
    await tab.bringToFront();
    await waitForNotes(tab, count);
  }
}

async function timed(what: string, wait: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await wait();
  console.log(`  ${what}: ${Date.now() - started} ms`);
}

forEachBrowser('notes in step', (ctx, browser) => {
  it('follows a change from a tab, the library, an import, an undo and the popup in every view', async () => {
    const { session, server, artifact } = ctx();
    const url = `${server.origin}/seed-china-russia.html`;
    const first = await session.newPage();
    await first.goto(url);
    await waitForHighlights(first);
    const second = await session.newPage();
    await second.goto(url);
    await waitForHighlights(second);
    const library = await session.openExtensionPage('library.html');
    await library.setViewport(1280, 800);
    await summary(library, '0 notes', 'the empty library');
    const popup = await openPopupFor(session, second);
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (0)',
      undefined,
      'the popup',
    );
    console.log(`[${browser}]`);

    // A tab writes: the other tab, the library and the popup follow.
    await first.bringToFront();
    await openEditorOn(first, PHRASE);
    await first.type('Who are these officials?');
    await first.press('Enter');
    await waitForNotes(first, 1);
    await timed('tab save → other tab', () => tabsShow([second], 1));
    await timed('tab save → library', async () => {
      await library.bringToFront();
      await summary(library, '1 note', 'the note in the library');
    });
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (1)',
      undefined,
      'the note in the popup',
    );

    // The library edits: the popup shows the new text.
    await library.bringToFront();
    await library.click('.row');
    await library.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.detail button'))
        .find((b) => b.textContent === 'Edit')!
        .click(),
    );
    await library.click('.detail textarea');
    await library.press('End');
    await library.type(' Named later.');
    await library.click('.detail button[type="submit"]');
    await timed('library edit → popup', async () => {
      await popup.bringToFront();
      await popup.waitFor(
        () => document.querySelector('.annotation .note')?.textContent?.endsWith('Named later.'),
        undefined,
        'the edit in the popup',
      );
    });

    // The library deletes, then undoes: both tabs and the popup follow each step.
    await library.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.detail button'))
        .find((b) => b.textContent === 'Delete')!
        .click(),
    );
    await timed('library delete → tabs', () => tabsShow([first, second], 0));
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (0)',
      undefined,
      'the delete in the popup',
    );
    await library.bringToFront();
    await library.click('.toast button');
    await timed('library undo → tabs', () => tabsShow([first, second], 1));
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (1)',
      undefined,
      'the undo in the popup',
    );

    // An import adds a note on this page: both tabs paint it, the popup lists it.
    const [saved] = await stored(library);
    const text = await first.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(SECOND);
    const imported = newAnnotation({
      source: saved!.target.source,
      selector: [{ type: 'TextQuoteSelector', exact: SECOND, prefix: '', suffix: '' }],
      page: saved!.page,
      note: 'Imported from a colleague',
    });
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-sync-'));
    writeFileSync(join(dir, 'colleague.jsonld'), exportAs('backup', [imported]));
    await library.bringToFront();
    await library.click('#tab-transfer');
    await library.upload('input[type="file"]', join(dir, 'colleague.jsonld'));
    await library.waitFor(
      () => /1 added/.test(document.querySelector('.report')?.textContent ?? ''),
      undefined,
      'the import report',
    );
    await timed('import → tabs', () => tabsShow([first, second], 2));
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (2)',
      undefined,
      'the import in the popup',
    );

    // The popup deletes: the tabs and the library follow.
    await library.bringToFront();
    await library.click('#tab-notes');
    await summary(library, '2 notes', 'both notes in the library');
    await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.annotation button'))
        .find((b) => b.textContent === 'Delete')!
        .click(),
    );
    await timed('popup delete → library', () => summary(library, '1 note', 'the popup delete in the library'));
    await tabsShow([first, second], 1);
    await library.screenshot(await artifact('sync-library'));
    await popup.screenshot(await artifact('sync-popup'), true);

    for (const page of [first, second]) expect(extensionErrors(page)).toEqual([]);
    expect(library.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    for (const page of [popup, library, second, first]) await page.close();
  });
});
