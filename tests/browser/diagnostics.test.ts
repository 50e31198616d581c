/**
 * Nothing fails silently. Failures are forced where a reader would meet them — a full disk while
 * editing a note, a database connection the browser closed, a message the page can no longer
 * answer, a page whose own code throws on every mutation, a database damaged under the background
 * — and each is found on screen and in the diagnostics log (from the library, the popup, the
 * background and the content script), which Settings shows with the version and browser, and which never holds
 * a word of the page or of a note.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionErrors, forEachBrowser, type TestPage } from './harness/index.ts';
import { openPopupFor, paintedTexts, waitForHighlights } from './harness/extension.ts';
import { openEditorOn } from './harness/select.ts';
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { exportAs } from '../../src/core/export/files.ts';
import type { LogEntry } from '../../src/extension/shared/diagnostics.ts';

const NOTE = 'Secret reader note about the harbour';
const QUOTE = 'officials said the bridge was unsafe';
const PHRASE = 'Roughly 90% of Russia’s microelectronics came from China last year';
const LATE = 'Officials said, speaking on condition of anonymity, that the ferry contract had been cancelled.';

/** The stored diagnostics log, read from one of our pages. */
function storedLog(page: TestPage): Promise<LogEntry[]> {
  return page.evaluate(async () => {
    type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((await (g.browser ?? g.chrome)!.storage.local.get('diagnostics')).diagnostics ?? []) as LogEntry[];
  });
}

async function waitForEntry(page: TestPage, where: string, name: RegExp): Promise<LogEntry> {
  for (let i = 0; i < 100; i++) {
    const found = (await storedLog(page)).find((e) => e.where === where && name.test(e.name));
    if (found) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no ${where} ${name} in the log: ${JSON.stringify(await storedLog(page))}`);
}

/** A page whose own code throws on every mutation, with a custom element that throws when added. */
const THROWING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title>
<meta property="og:type" content="article"></head><body><article>
<h1>The harbour bridge closes for repairs</h1>
<p>The city closed the old harbour bridge on Monday after an inspection found cracks in two of its piers.</p>
<p>Engineers from the transport department spent the weekend surveying the structure with drones.</p>
<p>Residents will have to use the ferry or the ring road until the repairs are finished next spring.</p>
</article><script>
customElements.define('page-widget', class extends HTMLElement {
  connectedCallback() { throw new Error('page widget failed: Residents ferry secret'); }
});
new MutationObserver(() => { throw new Error('page observer failed: harbour secret'); })
  .observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(LATE)};
  p.appendChild(document.createElement('page-widget'));
  document.querySelector('article').appendChild(p);
}, 1500);
</script></body></html>`;

forEachBrowser('nothing fails silently', (ctx, browser) => {
  it('shows and logs a full disk, a closed database, an unanswered message, a throwing page and a damaged store', async () => {
    const { session, server, artifact } = ctx();
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-diagnostics-'));
    const text = `Two ${QUOTE} on Friday.`;
    const seed = newAnnotation({
      source: 'https://harbour.example/bridge',
      selector: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: 'Two ', suffix: ' on Friday.' }],
      page: { title: 'Harbour bridge', site: 'harbour.example' },
      note: NOTE,
    });
    expect(text).toContain(QUOTE);
    writeFileSync(join(dir, 'seed.jsonld'), exportAs('backup', [seed]));

    const library = await session.openExtensionPage('library.html?tab=transfer');
    await library.setViewport(1280, 900);
    await library.upload('input[type="file"]', join(dir, 'seed.jsonld'));
    await library.waitFor(
      () => /1 added/.test(document.querySelector('.report')?.textContent ?? ''),
      undefined,
      'the seed import',
    );
    await library.click('#tab-notes');
    await library.waitFor(
      () => document.querySelector('.summary [role="status"]')?.textContent?.startsWith('1 note'),
      undefined,
      'the note',
    );

    // 1. The disk is full while the reader edits a note: the editor says so and keeps the text.
    await library.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
      proto.realPut = proto.put;
      proto.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await library.click('.row');
    await library.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.detail button'))
        .find((b) => b.textContent === 'Edit')!
        .click(),
    );
    await library.click('.detail textarea');
    await library.press('End');
    await library.type(' More.');
    await library.click('.detail button[type="submit"]');
    await library.waitFor(
      () => /no room left for notes/.test(document.querySelector('.detail [role="alert"]')?.textContent ?? ''),
      undefined,
      'the full-disk message',
    );
    expect(await library.evaluate(() => document.querySelector<HTMLTextAreaElement>('.detail textarea')?.value)).toBe(
      `${NOTE} More.`,
    );
    await library.screenshot(await artifact('diagnostics-quota'));
    await library.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
      proto.put = proto.realPut!;
    });
    expect((await waitForEntry(library, 'library:save', /QuotaExceededError/)).part).toBe('library');

    // 2. The browser closed the database connection and cannot open it again, the way a damaged
    // profile fails ("Internal error opening backing store"): the list says so. A newer version
    // opened beside it makes every connection close; from then on every open fails.
    await library.evaluate(async () => {
      const realOpen = IDBFactory.prototype.open;
      const version = await new Promise<number>((resolve, reject) => {
        const probe = realOpen.call(indexedDB, 'sourcelight');
        probe.onsuccess = () => {
          probe.result.close();
          resolve(probe.result.version);
        };
        probe.onerror = () => reject(probe.error);
      });
      await new Promise<void>((resolve, reject) => {
        const bump = realOpen.call(indexedDB, 'sourcelight', version + 1);
        bump.onsuccess = () => {
          bump.result.close();
          resolve();
        };
        bump.onerror = () => reject(bump.error);
      });
      IDBFactory.prototype.open = () => {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      };
    });
    await library.click('input[type="search"]');
    await library.type('harbour');
    await library.waitFor(
      () => /could not be read/.test(document.querySelector('.notes-view [role="alert"]')?.textContent ?? ''),
      undefined,
      'the read failure',
    );
    await library.screenshot(await artifact('diagnostics-closed-database'));
    const closed = await waitForEntry(library, 'library:list', /Error/);
    expect(`${closed.name} ${closed.message}`).toMatch(/UnknownError|backing store|closed/i);

    // 3. The popup's page was closed: choosing a claim gets no answer, and the popup says so.
    const article = await session.newPage();
    await article.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(article);
    const popup = await openPopupFor(session, article);
    await popup.waitFor(() => document.querySelector('button.claim') !== null, undefined, 'the claims in the popup');
    await article.close();
    await popup.click('button.claim');
    await popup.waitFor(
      () => /did not answer/.test(document.querySelector('[role="alert"]')?.textContent ?? ''),
      undefined,
      'the unanswered message',
    );
    await popup.screenshot(await artifact('diagnostics-popup'));
    await waitForEntry(library, 'popup:focus-claim', /Error/);
    await popup.close();

    // 4. A page whose own code throws on every mutation: Sourcelight keeps up with the page, the
    // page's errors stay the page's, and none of its words reach the log.
    server.route('/throwing/story.html', THROWING_PAGE);
    const throwing = await session.newPage();
    await throwing.goto(`${server.origin}/throwing/story.html`);
    await waitForHighlights(throwing);
    await throwing.waitFor(
      () =>
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'sourcelight-claim-condition-of-anonymity',
        )?.size,
      undefined,
      'the late claim painted',
    );
    expect((await paintedTexts(throwing, 'sourcelight-claim-')).join(' ')).toContain(
      'the ferry contract had been cancelled',
    );
    expect(throwing.errors.some((e) => /page observer failed|page widget failed/.test(e))).toBe(true);
    expect(extensionErrors(throwing)).toEqual([]);
    await throwing.close();

    // 5. Something else rewrote the database under the background (a store without its indexes):
    // the background logs that a page's notes could not be read, the content script that the
    // background refused its request for tags, and the page is still painted.
    const surgeon = await session.openExtensionPage('popup.html');
    await surgeon.evaluate(async () => {
      const version = await new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('sourcelight');
        probe.onsuccess = () => {
          probe.result.close();
          resolve(probe.result.version);
        };
        probe.onerror = () => reject(probe.error);
      });
      await new Promise<void>((resolve, reject) => {
        const damage = indexedDB.open('sourcelight', version + 1);
        damage.onupgradeneeded = () => {
          damage.result.deleteObjectStore('annotations');
          damage.result.createObjectStore('annotations', { autoIncrement: true });
        };
        damage.onsuccess = () => {
          damage.result.close();
          resolve();
        };
        damage.onerror = () => reject(damage.error);
      });
    });
    await surgeon.close();
    const damaged = await session.newPage();
    await damaged.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(damaged);
    expect((await paintedTexts(damaged, 'sourcelight-claim-')).length).toBeGreaterThan(0);
    expect((await waitForEntry(library, 'background:review-notes', /Error/)).part).toBe('background');
    await openEditorOn(damaged, PHRASE);
    expect((await waitForEntry(library, 'content:tags', /Error/)).part).toBe('content');
    await damaged.press('Escape');
    expect(extensionErrors(damaged)).toEqual([]);
    await damaged.close();

    // Settings › Diagnostics lists them, with version and browser, and copies a report.
    await library.click('#tab-settings');
    await library.waitFor(
      () => document.querySelectorAll('.diagnostics-log li').length >= 3,
      undefined,
      'the log in Settings',
    );
    const shown = await library.evaluate(() => document.querySelector('.diagnostics')?.textContent ?? '');
    expect(shown).toMatch(/Sourcelight \d+\.\d+\.\d+ · (Chrome|Firefox) \d+/);
    for (const where of [
      'library:save',
      'library:list',
      'popup:focus-claim',
      'background:review-notes',
      'content:tags',
    ]) {
      expect(shown).toContain(where);
    }
    await library.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.diagnostics button'))
        .find((b) => b.textContent === 'Copy report')!
        .click(),
    );
    await library.waitFor(
      () => /Report copied|copy it/.test(document.querySelector('.diagnostics')?.textContent ?? ''),
      undefined,
      'the copy',
    );
    await library.evaluate(() => document.querySelector('.diagnostics')?.scrollIntoView());
    await library.screenshot(await artifact('diagnostics-settings'));

    // No word of a page or a note in the log.
    const log = JSON.stringify(await storedLog(library));
    for (const secret of [
      NOTE,
      'More.',
      QUOTE,
      'harbour',
      'Harbour',
      'ferry',
      'Residents',
      'microelectronics',
      server.origin,
    ]) {
      expect(log, `${secret} in the log`).not.toContain(secret);
    }
    console.log(`[${browser}] log: ${log}`);
    expect(library.errors).toEqual([]);
    await library.close();
  });
});
