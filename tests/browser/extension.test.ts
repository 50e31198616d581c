/**
 * The foundation, proven in real browsers: the built extension loads, its content script analyses
 * and paints a corpus page, and the popup opens on that page and shows what was found.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { openPopupFor, paintedHighlights, tabIdOf, waitForHighlights } from './harness/extension.ts';

const FRENCH = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le gouvernement hésite</title>
<meta property="og:type" content="article"></head><body><article><h1>Le gouvernement hésite</h1>
<p>Le gouvernement a déclaré mardi qu'il ne commenterait pas le rapport, publié d'abord par le journal, selon plusieurs responsables.</p>
<p>Des responsables ont affirmé, sous couvert d'anonymat, que la réforme serait repoussée à l'automne prochain après de longues discussions.</p>
<p>C'est la troisième fois cette année que l'agence est accusée de ne pas avoir tenu compte des avertissements de son propre personnel.</p>
</article></body></html>`;

const WITH_POLICY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port deal stalls</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port deal stalls",
"publisher":{"@type":"NewsMediaOrganization","name":"Harbour Times","unnamedSourcesPolicy":"https://harbour.example/standards#anonymous-sources",
"publishingPrinciples":"https://harbour.example/standards"}}</script></head><body><article><h1>Port deal stalls</h1>
<p>Two officials familiar with the talks said the port deal had stalled over the price of the cranes.</p>
<p>The harbour authority declined to comment on Tuesday, a spokeswoman said in an emailed statement to reporters.</p>
</article></body></html>`;

const HOME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Daily News — Home</title></head><body>
<nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/story-${i}">Officials said story number ${i} would change everything</a></li>`).join('')}</ul>
</body></html>`;

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

    // The toolbar badge counts the page's claims.
    const tab = await tabIdOf(session, page);
    const probe = await session.openExtensionPage('library.html?tab=settings');
    const badge = await probe.evaluate(async (tabId: number) => {
      type Action = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
      const g = globalThis as unknown as { browser?: Action; chrome?: Action };
      return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
    }, tab);
    await probe.close();

    const popup = await openPopupFor(session, page);
    await popup.waitFor(() => document.querySelector('#claims-heading') !== null, undefined, 'the popup claim list');
    const heading = await popup.evaluate(() => document.querySelector('#claims-heading')?.textContent ?? '');
    expect(heading).toMatch(/^Claims \(\d+\)$/);
    expect(Number(heading.match(/\d+/)?.[0])).toBeGreaterThan(3);
    expect(badge).toBe(heading.match(/\d+/)?.[0]);
    await popup.screenshot(await artifact('popup'), true);
    if (await popup.colorScheme('dark')) await popup.screenshot(await artifact('popup-dark'), true);
    expect(extensionErrors(page)).toEqual([]);
    expect(popup.errors).toEqual([]); // The popup is all ours: no error at all.
    await popup.close();
    await page.close();
  });

  it("links the outlet's policy on unnamed sources when the page declares one", async () => {
    const { session, server } = ctx();
    server.route('/policy/article.html', WITH_POLICY);
    const page = await session.newPage();
    await page.goto(`${server.origin}/policy/article.html`);
    await waitForHighlights(page);
    const popup = await openPopupFor(session, page);
    await popup.waitFor(
      () => document.querySelector('a[href*="harbour.example"]') !== null,
      undefined,
      'the policy link',
    );
    expect(
      await popup.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href*="harbour.example"]')?.href),
    ).toBe('https://harbour.example/standards#anonymous-sources');
    await popup.close();
    await page.close();
  });

  it('leaves pages in other languages and pages that are not articles alone, and says so in the popup', async () => {
    const { session, server, artifact } = ctx();
    server.route('/fr/article.html', FRENCH);
    server.route('/home.html', HOME);
    for (const [path, expected] of [
      ['/fr/article.html', 'not in English'],
      ['/home.html', 'does not look like a news article'],
    ] as const) {
      const page = await session.newPage();
      await page.goto(`${server.origin}${path}`);
      const popup = await openPopupFor(session, page);
      await popup.waitFor(
        (text: string) => document.querySelector('.status')?.textContent?.includes(text),
        expected,
        `the popup saying "${expected}"`,
      );
      expect(await paintedHighlights(page)).toEqual({});
      await popup.screenshot(await artifact(`popup-${path.includes('fr') ? 'other-language' : 'not-article'}`), true);
      expect(extensionErrors(page)).toEqual([]);
      await popup.close();
      await page.close();
    }
  });
});
