/**
 * A first-time reader: the first-run page opens on install and explains the marks in their real styles;
 * on an article entities are quiet, a click on a claim (even on a name inside it) opens the claim's
 * card, which says who the source is and why it counts, and opens the key to the marks; the editor fits the
 * viewport beside a mid-screen selection, the Annotate button covers no text; "Not anonymous" can be undone;
 * notes render as Markdown and never as HTML.
 * Screenshots (light and dark, 1280×800 and 400×600) go to test-results/<browser>/first-*.png.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser, type BrowserSession, type TestPage } from './harness/index.ts';
import { paintedHighlights, paintedTexts, waitForHighlights } from './harness/extension.ts';
import { locatePhrase, openEditorOn, selectPhrase, uiBounds, waitForNotes } from './harness/select.ts';

const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 400, height: 600 },
] as const;

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The viewport rectangles of a phrase's lines, without scrolling. */
function lineRects(page: TestPage, phrase: string): Promise<Rect[]> {
  return page.evaluate((text: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return Array.from(range.getClientRects()).map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }));
    }
    return [];
  }, phrase);
}

/** Page text under a viewport rectangle (our UI hidden meanwhile): the characters found, if any. */
function textUnder(page: TestPage, box: Rect): Promise<string[]> {
  return page.evaluate((b: Rect) => {
    const host = document.querySelector<HTMLElement>('sourcelight-ui')!;
    host.style.setProperty('visibility', 'hidden', 'important');
    type Caret = { node: Node; offset: number } | null;
    const caretAt = (x: number, y: number): Caret => {
      const d = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
      const p = d.caretPositionFromPoint?.(x, y);
      if (p) return { node: p.offsetNode, offset: p.offset };
      const r = d.caretRangeFromPoint?.(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    };
    const found: string[] = [];
    for (let y = b.top + 1; y <= b.bottom - 1; y += 3) {
      for (let x = b.left + 1; x <= b.right - 1; x += 3) {
        const caret = caretAt(x, y);
        if (!caret || caret.node.nodeType !== Node.TEXT_NODE) continue;
        const text = caret.node.textContent ?? '';
        for (const at of [caret.offset - 1, caret.offset]) {
          if (at < 0 || at >= text.length || !text[at]!.trim()) continue;
          const range = document.createRange();
          range.setStart(caret.node, at);
          range.setEnd(caret.node, at + 1);
          const hit = Array.from(range.getClientRects()).some(
            (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
          );
          if (hit) found.push(text[at]!);
        }
      }
    }
    host.style.removeProperty('visibility');
    return found;
  }, box);
}

/** Stores the reader's settings, as the popup's switches do. */
async function saveSettings(session: BrowserSession, settings: object): Promise<void> {
  const page = await session.openExtensionPage('library.html?tab=settings');
  await page.evaluate(async (value: object) => {
    type Store = { storage: { local: { set(v: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Store; chrome?: Store };
    await (g.browser ?? g.chrome)!.storage.local.set({ settings: value });
  }, settings);
  await page.close();
}

async function bothSchemes(page: TestPage, shoot: (scheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  await shoot('light');
  if (await page.colorScheme('dark')) {
    await shoot('dark');
    await page.colorScheme('light');
  }
}

forEachBrowser('first-time reader', (ctx) => {
  it('opens the first-run page on install, with the key in the real mark styles', async () => {
    const { session, artifact } = ctx();
    const probe = await session.openExtensionPage('library.html?tab=settings');
    await probe.waitFor(
      () => {
        type Ext = { extension: { getViews(q: object): Window[] } };
        const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
        return (g.browser ?? g.chrome)!.extension
          .getViews({ type: 'tab' })
          .some((w) => w.location.pathname.endsWith('/welcome.html'));
      },
      undefined,
      'the welcome page opened by the install',
    );
    await probe.close();

    const page = await session.openExtensionPage('welcome.html');
    await page.waitFor(() => document.querySelector('.legend') !== null, undefined, 'the welcome page');
    const facts = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent,
      sections: Array.from(document.querySelectorAll('h2')).map((h) => h.textContent),
      keyRows: document.querySelectorAll('.legend li').length,
      lastRow: Array.from(document.querySelectorAll('.legend li')).at(-1)?.textContent,
      tint: getComputedStyle(document.querySelector('.legend .lg-mark')!).backgroundColor,
      underline: getComputedStyle(document.querySelectorAll('.legend ul')[1]!.querySelector('.lg-mark')!)
        .textDecorationLine,
    }));
    expect(facts.heading).toBe('Welcome to Sourcelight');
    expect(facts.sections).toEqual([
      'What the marks mean',
      'How to annotate',
      'Where your notes are',
      'Nothing leaves your machine',
    ]);
    // Seven claim kinds, four entity types, the reader's notes, and the claim whose card is open.
    expect(facts.keyRows).toBe(7 + 4 + 2);
    expect(facts.lastRow).toContain('The claim whose card is open');
    // The first kind's tint is the palette's condition-of-anonymity colour, as painted on pages.
    expect(facts.tint).toBe('rgba(213, 94, 0, 0.34)');
    expect(facts.underline).toBe('underline');
    for (const size of SIZES) {
      await page.setViewport(size.width, size.height);
      await bothSchemes(page, async (scheme) =>
        page.screenshot(await artifact(`first-run-${size.name}-${scheme}`), true),
      );
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps entities quiet and opens the claim card from a name inside a claim, which opens the key', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    const painted = await paintedHighlights(page);
    const entityRanges = Object.entries(painted).filter(([n]) => n.startsWith('sourcelight-entity-'));
    expect(entityRanges.length).toBe(4);
    expect(entityRanges.every(([, n]) => n === 0)).toBe(true);
    expect(Object.entries(painted).some(([n, c]) => n.startsWith('sourcelight-claim-') && c > 0)).toBe(true);

    // "Bloomberg" is a named outlet inside a claim: the click opens the claim's card.
    const name = await locatePhrase(page, 'Bloomberg');
    await page.mouse.move(name.first.x + 15, name.first.y);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitFor(
      () => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-focus');
        return [...(h ?? [])].some((r) => r.toString().includes('officials told the Associated Press and Bloomberg'));
      },
      undefined,
      'the claim around "Bloomberg" focused',
    );
    const markup = await page.uiMarkup();
    if (markup !== null) {
      expect(markup).toContain('card claim');
      expect(markup).toContain('Source');
      expect(markup).toContain('Why flagged');
      expect(markup).toMatch(/(High|Medium|Low): /);
      expect(markup).toContain('Bloomberg (news outlet)');
      expect(markup).not.toContain('card entity');
    }
    const card = await uiBounds(page);
    expect(card).not.toBeNull();
    expect(card!.bottom).toBeLessThanOrEqual(800);
    await bothSchemes(page, async (scheme) => page.screenshot(await artifact(`first-card-wide-${scheme}`)));

    // The key: Tab from the card reaches its "Key" button first, which opens the first-run page at
    // its key in a new tab (the content script does not carry the legend).
    await page.press('Escape');
    await page.press('Alt+Shift+ArrowDown');
    await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'focus in the card');
    await page.press('Tab');
    await page.press('Enter');
    const probe = await session.openExtensionPage('library.html?tab=settings');
    await probe.waitFor(
      () => {
        type Ext = { extension: { getViews(q: object): Window[] } };
        const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
        const views = (g.browser ?? g.chrome)!.extension.getViews({ type: 'tab' });
        return views.some((w) => w.location.pathname.endsWith('/welcome.html') && w.location.hash === '#marks');
      },
      undefined,
      'the key opened from the card',
    );
    await probe.close();
    const key = await session.openExtensionPage('welcome.html#marks');
    await key.waitFor(() => document.querySelector('.legend') !== null, undefined, 'the key');
    for (const size of SIZES) {
      await key.setViewport(size.width, size.height);
      await key.evaluate(() => document.getElementById('marks')!.scrollIntoView());
      // The section's heading is at the top of the view: the key is what the reader sees first.
      expect(
        await key.evaluate(() => Math.round(document.getElementById('marks')!.getBoundingClientRect().top)),
      ).toBeLessThan(40);
      await bothSchemes(key, async (scheme) => key.screenshot(await artifact(`first-legend-${size.name}-${scheme}`)));
    }
    expect(key.errors).toEqual([]);
    await key.close();

    await page.setViewport(400, 600);
    await page.press('Escape');
    await page.press('Alt+Shift+ArrowDown');
    await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'focus in the card');
    const narrow = await uiBounds(page);
    expect(narrow!.right).toBeLessThanOrEqual(400);
    expect(narrow!.bottom).toBeLessThanOrEqual(600);
    await bothSchemes(page, async (scheme) => page.screenshot(await artifact(`first-card-narrow-${scheme}`)));

    // Underlines are an option: turned on, the names are painted, and a name in a claim still
    // opens the claim's card.
    await saveSettings(session, { showEntities: true });
    await page.setViewport(1280, 800);
    await page.waitFor(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-entity-outlet')
          ?.size ?? 0) > 0,
      undefined,
      'entity underlines once turned on',
    );
    expect(await paintedTexts(page, 'sourcelight-entity-outlet')).toContain('Bloomberg');
    await page.press('Escape');
    const again = await locatePhrase(page, 'Bloomberg');
    await page.mouse.move(again.first.x + 15, again.first.y);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitFor(
      () => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-focus');
        return [...(h ?? [])].some((r) => r.toString().includes('Bloomberg'));
      },
      undefined,
      'the claim focused with underlines on',
    );
    if (markup !== null) expect(await page.uiMarkup()).toContain('card claim');
    await page.screenshot(await artifact('first-card-underlines-on'));
    await saveSettings(session, {});
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('fits the editor in the viewport beside a mid-screen selection', async () => {
    const { session, server, artifact } = ctx();
    for (const size of SIZES) {
      const page = await session.newPage();
      await page.setViewport(size.width, size.height);
      await page.goto(`${server.origin}/seed-china-russia.html`);
      await waitForHighlights(page);
      // A passage outside any detected claim: the editor also offers "the detector missed a claim".
      const phrase = 'Chinese companies and firms that support Russia’s war could face sanctions';
      await openEditorOn(page, phrase);
      const passage = await lineRects(page, phrase);
      const check = async (what: string) => {
        const box = await uiBounds(page);
        expect(box, what).not.toBeNull();
        expect(box!.top, what).toBeGreaterThanOrEqual(0);
        expect(box!.bottom, what).toBeLessThanOrEqual(size.height);
        expect(box!.right, what).toBeLessThanOrEqual(size.width);
        // The selection stays visible: the editor covers none of its lines.
        if (size.name === 'wide') for (const line of passage) expect(overlaps(box!, line), what).toBe(false);
      };
      await check('editor opened');
      const markup = await page.uiMarkup();
      if (markup !== null) {
        expect(markup).toContain('sl-missed');
        expect(markup).toMatch(/<footer>.*Cancel.*Save/s);
      }
      await bothSchemes(page, async (scheme) => page.screenshot(await artifact(`first-editor-${size.name}-${scheme}`)));
      // A long note makes the editor scroll inside; Save and Cancel stay in the viewport.
      for (let i = 0; i < 14; i++) {
        await page.type(`Line ${i} of a long note`);
        await page.press('Shift+Enter');
      }
      await check('editor with a long note');
      await page.screenshot(await artifact(`first-editor-${size.name}-long`));
      await page.press('Escape');
      expect(extensionErrors(page)).toEqual([]);
      await page.close();
    }
  });

  it('shows the Annotate button near the pointer, over no text', async () => {
    const { session, server, artifact } = ctx();
    for (const size of SIZES) {
      const page = await session.newPage();
      await page.setViewport(size.width, size.height);
      await page.goto(`${server.origin}/seed-china-russia.html`);
      await waitForHighlights(page);
      const phrase = 'Chinese companies and firms that support Russia’s war could face sanctions';
      const box = await selectPhrase(page, phrase);
      await page.waitFor(() => document.querySelector('sourcelight-ui') !== null, undefined, 'the Annotate button');
      let button: Rect | null = null;
      for (let i = 0; i < 20 && !button; i++) {
        button = await uiBounds(page);
        if (!button) await new Promise((r) => setTimeout(r, 50));
      }
      expect(button, size.name).not.toBeNull();
      // Near where the mouse was released (the end of the selection).
      const centre = { x: (button!.left + button!.right) / 2, y: (button!.top + button!.bottom) / 2 };
      expect(Math.hypot(centre.x - box.last.x, centre.y - box.last.y), size.name).toBeLessThan(200);
      await page.screenshot(await artifact(`first-button-${size.name}`));
      expect(await textUnder(page, button!), size.name).toEqual([]);
      expect(extensionErrors(page)).toEqual([]);
      await page.close();
    }
  });

  it('takes back a "Not anonymous" correction with Undo', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    const claimText = async () => (await paintedTexts(page, 'sourcelight-claim-')).join(' ');
    await page.press('Alt+Shift+ArrowDown');
    await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'focus in the card');
    const focused = (await paintedTexts(page, 'sourcelight-focus')).join(' ');
    expect(focused.length).toBeGreaterThan(10);
    expect(await claimText()).toContain(focused);
    // Key, Close, previous, next, then "Not anonymous".
    for (let i = 0; i < 5; i++) await page.press('Tab');
    await page.press('Enter');
    await page.waitFor(
      (text: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const painted = [...h]
          .filter(([n]) => n.startsWith('sourcelight-claim-'))
          .flatMap(([, set]) => [...set].map(String));
        return !painted.join(' ').includes(text);
      },
      focused,
      'the flag removed',
    );
    const toast = await uiBounds(page);
    expect(toast).not.toBeNull();
    expect(toast!.bottom).toBeGreaterThan(700);
    await page.screenshot(await artifact('first-not-anonymous-undo'));
    // Undo is the toast's button, at its right end.
    await page.mouse.move(toast!.right - 20, (toast!.top + toast!.bottom) / 2);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitFor(
      (text: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const painted = [...h]
          .filter(([n]) => n.startsWith('sourcelight-claim-'))
          .flatMap(([, set]) => [...set].map(String));
        return painted.join(' ').includes(text);
      },
      focused,
      'the flag back after Undo',
    );
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('does not offer "the detector missed a claim" inside a detected claim', async () => {
    const { session, server } = ctx();
    const page = await session.newPage();
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    await openEditorOn(page, 'Roughly 90% of Russia’s microelectronics came from China');
    const markup = await page.uiMarkup();
    if (markup !== null) {
      expect(markup).toContain('class="editor"');
      expect(markup).not.toContain('sl-missed');
    }
    await page.press('Escape');
    await page.close();
  });

  it('ends a long quote in the editor with an ellipsis', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);
    const long =
      'One year after the start of the war, a Wall Street Journal report found Chinese state-owned defense companies ' +
      'sent navigation equipment and other components used in fighter jets to Russian defense companies, citing ' +
      'Russian customs data provided by C4ADS. U.S. Secretary of State Antony Blinken also warned China';
    expect(long.length).toBeGreaterThan(280);
    await openEditorOn(page, long);
    const markup = await page.uiMarkup();
    if (markup !== null) expect(markup).toMatch(/<blockquote class="quote">[^<]{200,280}…<\/blockquote>/);
    const box = await uiBounds(page);
    expect(box!.bottom).toBeLessThanOrEqual(800);
    await page.screenshot(await artifact('first-editor-long-quote'));
    await page.press('Escape');
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows a note as Markdown, and an <img onerror> note as text', async () => {
    const { session, server, artifact } = ctx();
    const page = await session.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${server.origin}/seed-china-russia.html`);
    await waitForHighlights(page);

    await openEditorOn(page, 'Treasury Secretary Janet Yellen warning in a press conference');
    await page.type('## Checked');
    await page.press('Shift+Enter');
    await page.type('**Bold claim** and _care_: [the source](https://example.com/x)');
    await page.press('Shift+Enter');
    await page.type('- one');
    await page.press('Shift+Enter');
    await page.type('- two');
    await page.press('Enter');
    await waitForNotes(page, 1);

    await openEditorOn(page, 'the Biden Administration is concerned');
    await page.type('<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>');
    await page.press('Enter');
    await waitForNotes(page, 2);

    const open = async (phrase: string) => {
      const box = await locatePhrase(page, phrase);
      await page.mouse.move(box.first.x + 20, box.first.y);
      await page.mouse.down();
      await page.mouse.up();
      await page.waitFor(() => document.querySelector('sourcelight-ui') !== null, undefined, 'the note card');
      await new Promise((r) => setTimeout(r, 200));
    };
    await open('Treasury Secretary Janet Yellen');
    const markdown = await page.uiMarkup();
    if (markdown !== null) {
      expect(markdown).toContain('<strong>Bold claim</strong>');
      expect(markdown).toContain('<em>care</em>');
      expect(markdown).toContain(
        '<a href="https://example.com/x" target="_blank" rel="noopener noreferrer">the source</a>',
      );
      expect(markdown).toMatch(/<ul><li>one<\/li><li>two<\/li><\/ul>/);
      expect(markdown).toContain('<h2 class="md-h md-h2">Checked</h2>');
    }
    await bothSchemes(page, async (scheme) => page.screenshot(await artifact(`first-note-markdown-${scheme}`)));

    await page.press('Escape');
    await open('the Biden Administration is concerned');
    const hostile = await page.uiMarkup();
    if (hostile !== null) {
      expect(hostile).toContain('&lt;img src=x onerror=');
      expect(hostile).not.toMatch(/<img|<script/);
    }
    await page.screenshot(await artifact('first-note-hostile'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });
});
