/**
 * Entry point for browser tests: `forEachBrowser` runs a describe block once per browser, with the
 * built extension loaded and the corpus served on 127.0.0.1.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve.ts';
import { CORPUS_PAGES, DIST, ROOT, TEST_RESULTS } from '../../../scripts/lib/paths.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox, type FirefoxOptions } from './firefox.ts';
import type { BrowserName, BrowserSession } from './types.ts';

export type { BrowserName, BrowserSession, TestPage } from './types.ts';
export { extensionErrors } from './types.ts';

export const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');

/** Which browsers to run: all by default, or a comma list in SOURCELIGHT_BROWSERS. */
export function selectedBrowsers(): BrowserName[] {
  const wanted = process.env.SOURCELIGHT_BROWSERS;
  const all: BrowserName[] = ['chromium', 'firefox'];
  return wanted ? all.filter((b) => wanted.split(',').includes(b)) : all;
}

export function extensionDir(browser: BrowserName): string {
  const dir = join(DIST, browser === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run \`npm run build\` first.`);
  return dir;
}

export function launch(browser: BrowserName, options: FirefoxOptions = {}): Promise<BrowserSession> {
  const dir = extensionDir(browser);
  return browser === 'chromium' ? launchChromium(dir) : launchFirefox(dir, options);
}

export interface BrowserContext {
  session: BrowserSession;
  server: StaticServer;
  /** Path for a screenshot kept as a test artifact: test-results/<browser>/<name>.png */
  artifact(name: string): Promise<string>;
}

export function forEachBrowser(title: string, body: (ctx: () => BrowserContext, browser: BrowserName) => void): void {
  for (const browser of selectedBrowsers()) {
    describe(`${title} [${browser}]`, () => {
      let ctx: BrowserContext | undefined;
      // A failed attempt leaves its notes and settings in the profile; the retry (see
      // vitest.browser.config.ts) starts from a fresh browser so that it can pass on its merits.
      let spoiled = false;
      afterEach(({ task }) => {
        if (task.result?.state === 'fail') spoiled = true;
      });
      beforeEach(async () => {
        if (!spoiled || !ctx) return;
        spoiled = false;
        await ctx.session.close();
        ctx.session = await launch(browser);
      });
      beforeAll(async () => {
        const server = await serveStatic([CORPUS_PAGES, FIXTURE_PAGES]);
        const session = await launch(browser);
        ctx = {
          session,
          server,
          artifact: async (name) => {
            const dir = join(TEST_RESULTS, browser);
            await mkdir(dir, { recursive: true });
            return join(dir, `${name}.png`);
          },
        };
      });
      afterAll(async () => {
        await ctx?.session.close();
        await ctx?.server.close();
      });
      body(() => {
        if (!ctx) throw new Error('browser session did not start');
        return ctx;
      }, browser);
    });
  }
}
