/**
 * Hostile pages: booby-trapped prototypes, a frozen and sabotaged `CSS`, a flood of mutations, a
 * strict Content-Security-Policy, forged messages. Sourcelight must raise no error, leave the page's
 * text alone, and never let the page write a note.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { paintedTexts, waitForHighlights } from './harness/extension.ts';
import type { TestPage } from './harness/index.ts';

const CLAIM = 'Two senior officials said, speaking on condition of anonymity, that the talks had stalled.';

function article(head = '', script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks stall</title>
<meta property="og:type" content="article">${head}</head><body>
<article><h1>Talks stall over border dispute</h1>
<p>Negotiators met for a third day in Geneva without agreeing on the text of a joint statement.</p>
<p>${CLAIM}</p>
<p>The foreign minister told reporters on Wednesday that his country remained committed to a deal.</p>
</article>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

async function textOf(page: TestPage): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

const TRAPS = `
  // DOM booby traps a page can set in its own world: every method Sourcelight needs, broken.
  const boom = () => { throw new Error('trap'); };
  for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'normalize', 'contains']) Node.prototype[name] = boom;
  Object.defineProperty(Node.prototype, 'textContent', { get: boom, configurable: true });
  Object.defineProperty(Node.prototype, 'childNodes', { get: boom, configurable: true });
  Element.prototype.attachShadow = boom;
  Element.prototype.getBoundingClientRect = boom;
  Element.prototype.querySelectorAll = boom;
  Document.prototype.createRange = boom;
  Document.prototype.createTreeWalker = boom;
  Document.prototype.createElement = boom;
  Range.prototype.setStart = boom;
  window.getComputedStyle = boom;
  window.Highlight = boom;
  try { CSS.highlights.set = boom; CSS.highlights.delete = boom; } catch (e) {}
  Object.freeze(CSS);
`;

const FLOOD = `
  // A page that never stops changing: nodes in and out every millisecond for three seconds.
  const box = document.createElement('div');
  document.body.appendChild(box);
  const until = Date.now() + 3000;
  const tick = () => {
    const p = document.createElement('p');
    p.textContent = 'Tick ' + Math.random();
    box.appendChild(p);
    if (box.childNodes.length > 20) box.removeChild(box.firstChild);
    if (Date.now() < until) setTimeout(tick, 1);
  };
  tick();
`;

const FORGERIES = `
  // Everything a page can try to talk to the extension.
  const forged = { type: 'content→background:save', annotation: { id: '00000000-0000-4000-8000-000000000000' } };
  window.postMessage(forged, '*');
  window.postMessage({ type: 'writer→views:store-changed', urls: null }, '*');
  document.dispatchEvent(new CustomEvent('sourcelight', { detail: forged }));
  for (const api of [window.chrome, window.browser]) {
    try { api && api.runtime && api.runtime.sendMessage && api.runtime.sendMessage('sourcelight@sourcelight.app', forged); } catch (e) {}
  }
  window.__forgeriesSent = true;
`;

forEachBrowser('hostile pages', (ctx) => {
  it('paints through booby-trapped prototypes and a sabotaged CSS object', async () => {
    const { session, server } = ctx();
    server.route('/hostile/traps.html', article('', TRAPS));
    const page = await session.newPage();
    await page.goto(`${server.origin}/hostile/traps.html`);
    await waitForHighlights(page);
    // The page's own world is trapped: read the registry with the untrapped Range.toString.
    const painted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const out: string[] = [];
      registry.forEach((h, name) => {
        if (name.startsWith('sourcelight-claim-')) for (const r of h) out.push(r.toString());
      });
      return out.join('\n');
    });
    expect(painted.split('\n')).toContain(CLAIM);
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('stays calm under a flood of mutations', async () => {
    const { session, server } = ctx();
    server.route('/hostile/flood.html', article('', FLOOD));
    const page = await session.newPage();
    await page.goto(`${server.origin}/hostile/flood.html`);
    await waitForHighlights(page);
    await new Promise((done) => setTimeout(done, 3500));
    expect(await paintedTexts(page, 'sourcelight-claim-')).toEqual([CLAIM]);
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('works under a strict Content-Security-Policy, card included, without CSP violations', async () => {
    const { session, server, artifact } = ctx();
    server.route('/hostile/csp.html', article(), {
      'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'self'",
    });
    const page = await session.newPage();
    await page.goto(`${server.origin}/hostile/csp.html`);
    await waitForHighlights(page);
    const before = await textOf(page);
    await page.press('Alt+Shift+ArrowDown');
    await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'the card under CSP');
    await page.screenshot(await artifact('hostile-csp-card'));
    expect(await textOf(page)).toBe(before);
    expect(page.errors.filter((e) => /Content.Security.Policy|CSP/i.test(e))).toEqual([]);
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('ignores forged messages: the page cannot write a note', async () => {
    const { session, server } = ctx();
    server.route('/hostile/forgeries.html', article('', FORGERIES));
    const page = await session.newPage();
    await page.goto(`${server.origin}/hostile/forgeries.html`);
    await waitForHighlights(page);
    await page.waitFor(
      () => (window as unknown as { __forgeriesSent?: boolean }).__forgeriesSent === true,
      undefined,
      'the forgeries',
    );
    await new Promise((done) => setTimeout(done, 500));
    expect(await paintedTexts(page, 'sourcelight-note')).toEqual([]);
    const library = await session.openExtensionPage('library.html');
    await library.waitFor(
      () => document.querySelector('.empty')?.textContent?.startsWith('No notes yet'),
      undefined,
      'an empty library',
    );
    expect(extensionErrors(page)).toEqual([]);
    await library.close();
    await page.close();
  });
});
