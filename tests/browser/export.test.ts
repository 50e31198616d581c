/**
 * Export from the popup: a note is written on a corpus page, "Markdown" and "Web Annotation" are
 * pressed in the popup, and the downloaded files are read back from disk and checked.
 */
import { expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { forEachBrowser } from './harness/index.ts';
import { openPopupFor, waitForHighlights } from './harness/extension.ts';
import { openEditorOn, waitForNotes } from './harness/select.ts';
import { importAnnotations } from '../../src/core/export/import.ts';
import type { BrowserSession } from './harness/index.ts';

const PHRASE = 'China had for months publicly claimed neutrality in the war';

type DownloadsApi = {
  downloads: { search(q: object): Promise<Array<{ filename: string; state: string; startTime: string }>> };
};

/**
 * The path of the `n`th finished download (1-based), asked from one of our pages. (Playwright keeps
 * Chromium's downloads under generated names, so files are told apart by order, not by name.)
 */
async function download(session: BrowserSession, n: number): Promise<string> {
  const probe = await session.openExtensionPage('library.html?tab=settings');
  try {
    await probe.waitFor(
      (count: number) => {
        const g = globalThis as unknown as { browser?: DownloadsApi; chrome?: DownloadsApi; __found?: string };
        void (g.browser ?? g.chrome)!.downloads.search({}).then((items) => {
          const done = items
            .filter((d) => d.state === 'complete')
            .sort((a, b) => a.startTime.localeCompare(b.startTime));
          g.__found = done[count - 1]?.filename;
        });
        return Boolean(g.__found);
      },
      n,
      `download number ${n} to finish`,
      20_000,
    );
    return await probe.evaluate(() => (globalThis as unknown as { __found: string }).__found);
  } finally {
    await probe.close();
  }
}

forEachBrowser('export from the popup', (ctx) => {
  it('downloads this page’s notes as Markdown and as W3C Web Annotation JSON-LD', async () => {
    const { session, server } = ctx();
    const page = await session.newPage();
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    await openEditorOn(page, PHRASE);
    await page.type('Neutral <b>on paper</b> | *only*');
    await page.press('Enter');
    await waitForNotes(page, 1);

    const popup = await openPopupFor(session, page);
    await popup.waitFor(() => document.querySelectorAll('.export button').length > 0, undefined, 'the export buttons');
    await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.export button'))
        .find((b) => b.textContent === 'Markdown')!
        .click(),
    );
    const markdown = await readFile(await download(session, 1), 'utf8');
    expect(markdown).toMatch(/^---\n/); // YAML front matter
    expect(markdown).toContain(`> ${PHRASE}`);
    expect(markdown).toContain('China Sending Russia Missile');
    expect(markdown).not.toContain('<b>on paper</b>'); // page and note text cannot inject HTML

    await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.export button'))
        .find((b) => b.textContent?.startsWith('Web Annotation'))!
        .click(),
    );
    const jsonld = await readFile(await download(session, 2), 'utf8');
    const back = importAnnotations(jsonld);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.annotations).toHaveLength(1);
      expect(back.annotations[0]!.target.selector.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({
        exact: PHRASE,
      });
      expect(back.annotations[0]!.body.note).toBe('Neutral <b>on paper</b> | *only*');
    }
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
