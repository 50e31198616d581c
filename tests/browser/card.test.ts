/**
 * The highlight card: the keyboard moves from claim to claim (the claim is marked and its card takes
 * focus, so a screen reader reads it), Escape closes it; a click on a claim opens its card too.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { paintedTexts, waitForHighlights } from './harness/extension.ts';
import { locatePhrase } from './harness/select.ts';

forEachBrowser('claim card', (ctx) => {
  it('moves between claims with Alt+Shift+arrows, shows the card, closes on Escape', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    const claims = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges: Range[] = [];
      registry.forEach((h, name) => {
        if (name.startsWith('sourcelight-claim-')) for (const r of h) ranges.push(r);
      });
      return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
    });

    await page.press('Alt+Shift+ArrowDown');
    await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'focus in the card');
    expect(await paintedTexts(page, 'sourcelight-focus')).toEqual([claims[0]]);
    await page.press('Alt+Shift+ArrowDown');
    await page.waitFor(
      (second: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-focus');
        return [...(h ?? [])].map((r) => r.toString()).join() === second;
      },
      claims[1]!,
      'the second claim focused',
    );
    await page.screenshot(await artifact('card-keyboard'));
    await page.press('Escape');
    await page.waitFor(() => document.activeElement?.tagName !== 'SOURCELIGHT-UI', undefined, 'the card closed');
    expect(await paintedTexts(page, 'sourcelight-focus')).toEqual([]);

    // A click on a claim's text opens its card and marks it.
    const box = await locatePhrase(page, 'the anonymous officials told the AP');
    await page.mouse.move(box.first.x + 30, box.first.y);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitFor(
      () => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-focus');
        return [...(h ?? [])].some((r) => r.toString().includes('the anonymous officials told the AP'));
      },
      undefined,
      'the clicked claim focused',
    );
    await page.screenshot(await artifact('card-click'));
    if (await page.colorScheme('dark')) await page.screenshot(await artifact('card-dark'));
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });
});
