/**
 * The library page with 10,000 notes: a backup imported through the file picker, the list
 * virtualised, full-text search, a verdict filter, bulk delete with undo; a bad file is refused.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachBrowser } from './harness/index.ts';
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { describe as describeSelectors } from '../../src/core/annotations/selectors.ts';
import { VERDICTS } from '../../src/core/annotations/schema.ts';
import { exportAs } from '../../src/core/export/files.ts';

const COUNT = 10_000;

function backupFile(): string {
  const annotations = Array.from({ length: COUNT }, (_, i) => {
    const quote =
      i === 4242 ? 'The zeppelin landed quietly near Reykjavik' : `Officials said shipment ${i} left the port on time`;
    const text = `Lead paragraph. ${quote}. Closing paragraph.`;
    const start = text.indexOf(quote);
    return newAnnotation(
      {
        source: `https://news${i % 37}.example/story-${i % 500}`,
        selector: describeSelectors(text, start, start + quote.length),
        page: { title: `Story ${i % 500}` },
        note: i % 3 ? `Note number ${i}` : '',
        verdict: VERDICTS[i % VERDICTS.length],
        tags: i % 5 ? ['shipping'] : ['shipping', 'ports'],
      },
      { now: new Date(Date.UTC(2026, 0, 1) + i * 60_000) },
    );
  });
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-library-'));
  const file = join(dir, 'backup.jsonld');
  writeFileSync(file, exportAs('backup', annotations));
  writeFileSync(join(dir, 'broken.jsonld'), '{"type": "AnnotationCollection", "items": [ {"id": 3');
  return dir;
}

forEachBrowser('library', (ctx) => {
  it('imports 10,000 notes, lists them virtualised, searches, filters and bulk-deletes with undo', async () => {
    const { session, artifact } = ctx();
    const dir = backupFile();
    const library = await session.openExtensionPage('library.html?tab=transfer');
    await library.setViewport(1280, 900);

    await library.upload('input[type="file"]', join(dir, 'broken.jsonld'));
    await library.waitFor(
      () => document.querySelector('[role="alert"]')?.textContent?.includes('nothing changed'),
      undefined,
      'the refusal of a broken file',
    );

    await library.upload('input[type="file"]', join(dir, 'backup.jsonld'));
    await library.waitFor(
      () => /10000 added/.test(document.querySelector('.report')?.textContent ?? ''),
      undefined,
      'the import report',
      60_000,
    );
    await library.screenshot(await artifact('library-import'));

    await library.click('#tab-notes');
    await library.waitFor(
      (n: number) =>
        document
          .querySelector('.summary [role="status"]')
          ?.textContent?.startsWith(`${n.toLocaleString('en-US')} notes`),
      COUNT,
      'the full list',
    );
    const rendered = await library.evaluate(() => document.querySelectorAll('.vrow').length);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60); // 10,000 notes, a screenful of rows in the DOM

    await library.click('input[type="search"]');
    await library.type('zeppelin reykj');
    await library.waitFor(
      () => document.querySelector('.summary [role="status"]')?.textContent?.startsWith('1 of 10,000'),
      undefined,
      'one search hit',
    );
    expect(await library.evaluate(() => document.querySelector('.row-quote')?.textContent)).toBe(
      'The zeppelin landed quietly near Reykjavik',
    );
    await library.click('.row');
    await library.waitFor(
      () => document.querySelector('.detail blockquote')?.textContent?.includes('zeppelin'),
      undefined,
      'the detail',
    );
    await library.screenshot(await artifact('library-search'));

    // Clear the search, filter by verdict: every 7th note is "Verified".
    await library.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await library.evaluate(() => {
      const select = Array.from(document.querySelectorAll<HTMLSelectElement>('.filters select'))[0]!;
      select.value = 'verified';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const verified = Math.ceil((COUNT - 5) / 7);
    await library.waitFor(
      (n: number) =>
        document
          .querySelector('.summary [role="status"]')
          ?.textContent?.startsWith(`${n.toLocaleString('en-US')} of 10,000`),
      verified,
      'the verdict filter',
    );
    expect(await library.evaluate(() => location.hash)).toContain('verdict=verified');

    // The keyboard: a clicked row leaves the focus on the list, whose arrow keys carry on from that row.
    await library.click('.row');
    await library.waitFor(() => document.querySelector('.row.active') !== null, undefined, 'the clicked row active');
    const clicked = await library.evaluate(() => document.querySelector('.detail blockquote')?.textContent ?? '');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await library.press('ArrowDown');
    await library.waitFor(
      (was: string) => {
        const active = document.getElementById(document.activeElement?.getAttribute('aria-activedescendant') ?? '');
        const quote = active?.querySelector('.row-quote')?.textContent;
        return !!quote && quote !== was && document.querySelector('.detail blockquote')?.textContent === quote;
      },
      clicked,
      'the next note, chosen with the arrow key',
    );

    // Select all matching, delete, undo.
    await library.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.summary button'))
        .find((b) => b.textContent?.startsWith('Select all'))!
        .click(),
    );
    await library.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.summary button'))
        .find((b) => b.textContent?.startsWith('Delete'))!
        .click(),
    );
    await library.waitFor(
      () => document.querySelector('.empty')?.textContent?.includes('No note matches'),
      undefined,
      'the deletion',
    );
    await library.click('.toast button');
    await library.waitFor(
      (n: number) =>
        document
          .querySelector('.summary [role="status"]')
          ?.textContent?.startsWith(`${n.toLocaleString('en-US')} of 10,000`),
      verified,
      'the undo',
    );
    await library.screenshot(await artifact('library-filtered'));
    if (await library.colorScheme('dark')) await library.screenshot(await artifact('library-dark'));
    expect(library.errors).toEqual([]);
    await library.close();
  });
});
