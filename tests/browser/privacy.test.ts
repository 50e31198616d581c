/**
 * Privacy: the extension makes no network request of its own. Its bundles contain no network API at
 * all, its manifests keep the default extension CSP and ask only for the permissions the README
 * explains, and while it works on corpus pages, the popup and the library, Chromium records no
 * request from the extension (its service worker or its pages).
 */
import { expect, it, describe } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { DIST, CORPUS_PAGES } from '../../scripts/lib/paths.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { findBrowser } from './harness/find-browser.ts';
import { chromiumArgs } from './harness/chromium.ts';
import { extensionDir, selectedBrowsers } from './harness/index.ts';

const NETWORK_APIS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection/;

describe('privacy', () => {
  it('ships no network API and no remote code, keeps the default CSP', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const dir = join(DIST, browser);
      for (const file of (await readdir(dir)).filter((f) => f.endsWith('.js'))) {
        const code = await readFile(join(dir, file), 'utf8');
        expect(code.match(NETWORK_APIS)?.[0], `${browser}/${file}`).toBeUndefined();
      }
      for (const page of ['popup.html', 'library.html']) {
        const html = await readFile(join(dir, page), 'utf8');
        expect(html).not.toMatch(/<script[^>]+src=["']?https?:/i);
        expect(html).not.toMatch(/<link[^>]+href=["']?https?:/i);
      }
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
    }
  });

  it.runIf(selectedBrowsers().includes('chromium'))(
    'makes no request of its own while it works (Chromium)',
    async () => {
      // Playwright reports service-worker requests only with this switch.
      process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
      const server = await serveStatic([CORPUS_PAGES]);
      const profile = await mkdtemp(join(tmpdir(), 'sourcelight-privacy-'));
      const dir = extensionDir('chromium');
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: findBrowser('chromium'),
        headless: true,
        args: chromiumArgs(dir),
      });
      const ours: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('chrome-extension:') || url.startsWith('data:') || url.startsWith('blob:')) return; // its own files
        const frameUrl = (() => {
          try {
            return request.frame().url();
          } catch {
            return '';
          }
        })();
        if (request.serviceWorker() || frameUrl.startsWith('chrome-extension:')) ours.push(url);
      });
      try {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const origin = `chrome-extension://${new URL(worker.url()).host}`;
        for (const name of ['seed-china-russia', 'nytimes-1', 'wapo-2', 'cnn']) {
          const page = await context.newPage();
          await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'domcontentloaded' });
          await page.waitForFunction(
            () =>
              (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('sourcelight-claim-reportedly'),
            null,
            { timeout: 30_000 },
          );
          await page.close();
        }
        for (const path of ['popup.html', 'library.html', 'library.html?tab=entities', 'library.html?tab=settings']) {
          const page = await context.newPage();
          await page.goto(`${origin}/${path}`);
          await page.waitForTimeout(500);
          await page.close();
        }
        expect(ours).toEqual([]);
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
        await server.close();
      }
    },
  );
});
