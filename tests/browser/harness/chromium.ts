import { chromium, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './find-browser.ts';
import type { BrowserSession, TestPage } from './types.ts';

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}\n${error.stack ?? ''}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} @ ${msg.location().url}`);
  });
  return {
    errors,
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    goto: async (url, waitUntil = 'load') => void (await page.goto(url, { waitUntil })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, what, timeoutMs = 20_000) => {
      try {
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
      } catch {
        throw new Error(`Chromium: timed out after ${timeoutMs} ms waiting for ${what}`);
      }
    },
    click: (selector) => page.click(selector),
    upload: (selector, file) => page.setInputFiles(selector, file),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    mouse: {
      move: (x, y, steps) => page.mouse.move(x, y, { steps: steps ?? 1 }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
    },
    screenshot: async (file, fullPage = false) => void (await page.screenshot({ path: file, fullPage })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return true;
    },
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    uiMarkup: async () => {
      type Node = { nodeName: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
        const find = (n: Node): Node | undefined =>
          n.nodeName === 'SOURCELIGHT-UI'
            ? n
            : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
        const host = find(root);
        const shadow = host?.shadowRoots?.[0];
        if (!shadow) return '';
        const parts = await Promise.all(
          (shadow.children ?? []).map(
            (c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId }) as Promise<{ outerHTML: string }>,
          ),
        );
        return parts.map((p) => p.outerHTML).join('');
      } finally {
        await cdp.detach();
      }
    },
    close: () => page.close(),
  };
}

/** How Chromium is started for tests and benchmarks: headless-friendly, offline, with our extension. */
export function chromiumArgs(extensionDir?: string): string[] {
  return [
    // --disable-extensions-except is required: Playwright disables extensions otherwise.
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Saved news pages reference many hosts; on this offline machine each would hang until a
    // time-out. Anything but the test server fails to resolve at once instead.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

export async function launchChromium(extensionDir: string): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extensionDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const workerUrl = new URL(worker.url());
  // URL.origin is "null" for chrome-extension: URLs; build it by hand.
  const extensionOrigin = `${workerUrl.protocol}//${workerUrl.host}`;
  return {
    name: 'chromium',
    extensionOrigin,
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = wrap(await context.newPage());
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
