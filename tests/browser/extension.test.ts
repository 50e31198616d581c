/**
 * The foundation, proven in real browsers: the built extension loads, its content script analyses
 * and paints a corpus page, and the popup opens on that page and shows what was found.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { openPopupFor, paintedHighlights, waitForHighlights } from './harness/extension.ts';

forEachBrowser('extension loads', (ctx) => {
  it('paints claims on a news article and the popup shows them', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    const url = `${server.origin}/seed-china-russia.html`;
    await page.goto(url);
    await waitForHighlights(page);
    const painted = await paintedHighlights(page);
    expect(Object.keys(painted).some((n) => n.startsWith('sourcelight-claim-'))).toBe(true);
    expect(Object.keys(painted).some((n) => n.startsWith('sourcelight-entity-'))).toBe(true);
    await page.screenshot(await artifact('seed-page'));

    const popup = await openPopupFor(session, page);
    await popup.waitFor(() => document.querySelector('#claims-heading') !== null, undefined, 'the popup claim list');
    const heading = await popup.evaluate(() => document.querySelector('#claims-heading')?.textContent ?? '');
    expect(heading).toMatch(/^Claims \(\d+\)$/);
    expect(Number(heading.match(/\d+/)?.[0])).toBeGreaterThan(3);
    await popup.screenshot(await artifact('popup'), true);
    expect(extensionErrors(page)).toEqual([]);
    expect(popup.errors).toEqual([]); // The popup is all ours: no error at all.
    await popup.close();
    await page.close();
  });
});
