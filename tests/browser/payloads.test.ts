/**
 * Untrusted text stays inert: notes, tags, quotes and page titles carrying HTML, script, Markdown and
 * formula payloads are shown as text in the in-page card, the popup and the library, and run nothing.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachBrowser } from './harness/index.ts';
import { openPopupFor, waitForHighlights } from './harness/extension.ts';
import { locatePhrase, waitForNotes } from './harness/select.ts';
import type { TestPage } from './harness/index.ts';
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { exportAs } from '../../src/core/export/files.ts';

export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '[click](javascript:window.__pwned=1)',
  '=HYPERLINK("http://evil.example","x")',
  "{{constructor.constructor('window.__pwned=1')()}}",
];

const QUOTE = 'Those officials are also urging Chinese firms to cease sales to Russia';

function payloadBackup(origin: string): string {
  const url = `${origin}/seed-china-russia.html`;
  const annotations = PAYLOADS.map((payload, i) =>
    newAnnotation({
      source: i === 0 ? url : `https://payloads.example/${i}`,
      selector: [{ type: 'TextQuoteSelector', exact: i === 0 ? QUOTE : `quote ${payload}`, prefix: '', suffix: '' }],
      page: { title: `Title ${payload}`, site: i === 0 ? '127.0.0.1' : 'payloads.example' },
      note: `Note ${payload}`,
      tags: [`tag${i}`, payload.replace(/\s+/g, ' ').slice(0, 90)],
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-payloads-'));
  const file = join(dir, 'payloads.jsonld');
  writeFileSync(file, exportAs('backup', annotations));
  return file;
}

/** Nothing ran, and no element of a payload's kind was created in our UI. */
async function expectInert(page: TestPage, root: string): Promise<void> {
  const state = await page.evaluate((selector: string) => {
    const scope = document.querySelector(selector) ?? document.body;
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injected: scope.querySelectorAll('svg, script, img:not([src^="icons/"]), a[href^="javascript:"]').length,
    };
  }, root);
  expect(state).toEqual({ pwned: undefined, injected: 0 });
}

forEachBrowser('untrusted text', (ctx) => {
  it('stays text in the library, the popup and the in-page note card', async () => {
    const { session, server, artifact } = ctx();
    const library = await session.openExtensionPage('library.html?tab=transfer');
    await library.upload('input[type="file"]', payloadBackup(server.origin));
    await library.waitFor(
      () => /6 added/.test(document.querySelector('.report')?.textContent ?? ''),
      undefined,
      'the import',
    );
    await library.click('#tab-notes');
    await library.waitFor(() => document.querySelectorAll('.row').length === 6, undefined, 'six rows');
    await library.click('.row');
    await library.waitFor(() => document.querySelector('.detail .note') !== null, undefined, 'the detail');
    const shown = await library.evaluate(() => document.querySelector('.library')?.textContent ?? '');
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
    await expectInert(library, '.library');
    await library.click('#tab-entities');
    await library.waitFor(() => document.querySelector('.entity-view, .empty') !== null, undefined, 'the entity view');
    await expectInert(library, '.library');
    await library.screenshot(await artifact('payloads-library'));
    await library.close();

    const page = await session.newPage();
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    await waitForNotes(page, 1);
    const box = await locatePhrase(page, QUOTE);
    await page.mouse.move(box.first.x + 40, box.first.y);
    await page.mouse.down();
    await page.mouse.up();
    // The note card takes the place of any other card; its text is in a closed shadow root, so the
    // test checks what a page could see: nothing ran, nothing was injected.
    await new Promise((done) => setTimeout(done, 500));
    await page.screenshot(await artifact('payloads-note-card'));
    await expectInert(page, 'body');

    const popup = await openPopupFor(session, page);
    await popup.waitFor(
      () => document.querySelector('#notes-heading')?.textContent === 'Your notes (1)',
      undefined,
      'the note in the popup',
    );
    expect(await popup.evaluate(() => document.querySelector('.annotation')?.textContent ?? '')).toContain(
      'Note <img src=x onerror="window.__pwned=1">',
    );
    await expectInert(popup, '.popup');
    await popup.close();
    await page.close();
  });
});
