import puppeteer, { type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './find-browser.ts';
import type { BrowserSession, TestPage } from './types.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) =>
    errors.push(`pageerror: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`),
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} @ ${msg.location().url ?? ''}`);
  });
  const waitFor: TestPage['waitFor'] = async (fn, arg, what, timeoutMs = 20_000) => {
    try {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
    } catch {
      throw new Error(`Firefox: timed out after ${timeoutMs} ms waiting for ${what}`);
    }
  };
  return {
    errors,
    addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    goto: async (url, waitUntil = 'load') => {
      if (url.startsWith('moz-extension:')) {
        // Firefox sends no load event for extension documents over BiDi: navigate, then poll.
        void page.goto(url, { waitUntil: [] as never, timeout: 0 }).catch(() => undefined);
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline) {
          const ready = await page
            .evaluate((target: string) => location.href === target && document.readyState === 'complete', url)
            .catch(() => false);
          if (ready) return;
          await sleep(50);
        }
        throw new Error(`Firefox: ${url} did not load`);
      }
      try {
        await page.goto(url, { waitUntil });
      } catch (error) {
        // A saved page's script may start a navigation to a host the proxy refuses; BiDi reports
        // that as a failure of our navigation although our document loaded. Only then go on.
        const deadline = Date.now() + 15_000;
        for (;;) {
          const loaded = await page
            .evaluate((target: string) => location.href === target && document.readyState !== 'loading', url)
            .catch(() => false);
          if (loaded) break;
          if (Date.now() > deadline) throw error;
          await sleep(100);
        }
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor,
    click: (selector) => page.click(selector),
    upload: async (selector, file) => {
      // Waits as Playwright's setInputFiles does: the page may still be rendering the input.
      const input = await page.waitForSelector(selector, { timeout: 10_000 }).catch(() => null);
      if (!input) throw new Error(`Firefox: no ${selector} within 10 s`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    },
    press: async (combo) => {
      // "Alt+Shift+ArrowDown": hold the modifiers, press the key, release in reverse order.
      const keys = combo.split('+') as never[];
      const key = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    type: (text) => page.keyboard.type(text),
    mouse: {
      move: (x, y, steps) => page.mouse.move(x, y, { steps: steps ?? 1 }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
    },
    screenshot: async (file, fullPage = false) =>
      void (await page.screenshot({ path: file as `${string}.png`, fullPage })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    // Media emulation needs CDP, which Firefox's WebDriver BiDi does not offer.
    colorScheme: async () => false,
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    uiMarkup: async () => null,
    close: () => page.close(),
  };
}

export interface FirefoxOptions {
  /**
   * The reader's colour scheme for the whole session. Firefox over BiDi cannot emulate it per page
   * (that needs CDP), so a dark session is a browser started with its content theme set to dark.
   */
  colorScheme?: 'light' | 'dark';
}

/** Firefox with the extension at `extensionDir`, or without any (the benchmark's baseline). */
export async function launchFirefox(extensionDir?: string, options: FirefoxOptions = {}): Promise<BrowserSession> {
  const manifest = extensionDir ? JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) : null;
  const geckoId: string = manifest?.browser_specific_settings.gecko.id ?? 'none@sourcelight';
  const uuid = randomUUID();
  const downloads = await mkdtemp(join(tmpdir(), 'sourcelight-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Exports land in a fresh folder, never in the machine's real Downloads.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      // Saved news pages reference many hosts; on this offline machine each would hang until a
      // time-out. A proxy on a closed local port refuses them at once; the test server is direct.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 59999,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 59999,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      // content-override 0 means dark, for web pages and extension pages alike.
      ...(options.colorScheme === 'dark'
        ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 }
        : {}),
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    name: 'firefox',
    extensionOrigin,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (path) => {
      const page = wrap(await browser.newPage());
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    close: async () => {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}
