/** Helpers that reach into the extension from a test: tab ids, the popup for a tab, highlights. */
import type { BrowserSession, TestPage } from './types.ts';

/**
 * The browser's id of the tab showing `page`. Without the "tabs" permission tab URLs are hidden from
 * us, so the page is made the active tab and one of our extension pages asks for the active tab.
 */
export async function tabIdOf(session: BrowserSession, page: TestPage): Promise<number> {
  const probe = await session.openExtensionPage('popup.html');
  try {
    await page.bringToFront();
    const id = await probe.evaluate(async () => {
      type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const [tab] = await (g.browser ?? g.chrome)!.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error(`no tab id for ${page.url()}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** Opens the popup in a tab of its own, acting on the tab that shows `page`. */
export async function openPopupFor(session: BrowserSession, page: TestPage): Promise<TestPage> {
  const tab = await tabIdOf(session, page);
  const popup = await session.openExtensionPage(`popup.html?tab=${tab}`);
  await popup.setViewport(400, 600);
  return popup;
}

/** Names and range counts of Sourcelight's highlights in the page's registry (main world). */
export function paintedHighlights(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    registry?.forEach((highlight, name) => {
      if (name.startsWith('sourcelight-')) out[name] = highlight.size;
    });
    return out;
  });
}

/** Texts of every painted range whose highlight name starts with `prefix`. */
export function paintedTexts(page: TestPage, prefix: string): Promise<string[]> {
  return page.evaluate((p: string) => {
    const out: string[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    registry?.forEach((highlight, name) => {
      if (name.startsWith(p)) for (const range of highlight) out.push(range.toString());
    });
    return out;
  }, prefix);
}

/**
 * Waits until Sourcelight has analysed the page (it registers every claim highlight name then) and
 * painted it: ranges are registered over a few frames, and the content script marks the end.
 */
export async function waitForHighlights(page: TestPage, timeoutMs = 15_000): Promise<void> {
  await page.waitFor(
    () =>
      (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('sourcelight-claim-reportedly') ===
        true && performance.getEntriesByName('sourcelight:painted').length > 0,
    undefined,
    'Sourcelight to analyse and paint the page',
    timeoutMs,
  );
}

/** Scrolls the first painted claim (or, failing that, entity) into view, for a telling screenshot. */
export function scrollToFirstHighlight(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    let first: Range | undefined;
    for (const prefix of ['sourcelight-claim-', 'sourcelight-entity-']) {
      registry.forEach((highlight, name) => {
        if (!name.startsWith(prefix)) return;
        highlight.forEach((r) => {
          if (!first || r.compareBoundaryPoints(Range.START_TO_START, first) < 0) first = r;
        });
      });
      if (first) break;
    }
    (first?.startContainer.parentElement ?? null)?.scrollIntoView({ block: 'start' });
  });
}
