/**
 * In-page benchmark in Chromium, on each corpus page and a generated 2 MB article: time from the
 * content script's start to highlights painted (with the extraction, background review and paint
 * steps), and the longest main-thread task while Sourcelight works, beside the longest task of the
 * same page loaded without the extension (the baseline, same run). Also the two ways to run the
 * engine that issue 4 asks to compare: the background review round trip as the content script sees
 * it, against loading the engine bundle into the page and analysing there. And the content script's
 * gzipped size against its 40 KB budget.
 *   npx tsx scripts/bench/inpage.ts     (needs `npm run build` first)
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import * as esbuild from 'esbuild';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_PAGES, DIST, ROOT } from '../lib/paths.ts';
import { serveStatic } from '../lib/serve.ts';
import { pageNames } from '../lib/corpus.ts';
import { generatedArticle } from './extract.ts';
import { findBrowser } from '../../tests/browser/harness/find-browser.ts';
import { chromiumArgs } from '../../tests/browser/harness/chromium.ts';

const BUDGET_KB = 40;

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-bench-'));
  const extension = join(DIST, 'chrome');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: true,
    args: chromiumArgs(withExtension ? extension : undefined),
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return { context, close: async () => (await context.close(), await rm(profile, { recursive: true, force: true })) };
}

/** Long tasks are recorded from the very start of each document. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: nothing recorded.
    }
  });
}

interface Timing {
  painted: number;
  extract: number;
  review: number;
  paint: number;
  longest: number;
}

async function withExtension(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('sourcelight-claim-reportedly'), null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(300); // let trailing long tasks be reported
  // No named functions inside: tsx would wrap them in its __name helper, which the page lacks.
  return page.evaluate(() => {
    const at: Record<string, number> = {};
    for (const name of ['start', 'extract', 'extracted', 'reviewed', 'painted']) {
      at[name] = performance.getEntriesByName(`sourcelight:${name}`).at(-1)?.startTime ?? NaN;
    }
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    return {
      painted: at['painted']! - at['start']!,
      extract: at['extracted']! - at['extract']!,
      review: at['reviewed']! - at['extracted']!,
      paint: at['painted']! - at['reviewed']!,
      longest: tasks.length ? Math.max(...tasks) : 0,
    };
  });
}

async function baselineLongest(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    return tasks.length ? Math.max(...tasks) : 0;
  });
}

/** The alternative design: the engine loaded into the page and run there, on the page's text. */
async function engineInPage(page: Page, engine: string): Promise<{ load: number; analyse: number }> {
  return page.evaluate((source: string) => {
    const t0 = performance.now();
    // biome-ignore lint/security/noGlobalEval: the bench times the engine bundle run as a page script would be (global scope)
    (0, eval)(source);
    const t1 = performance.now();
    const blocks = (document.body.innerText || '')
      .split(/\n+/)
      .map((text) => ({ kind: 'paragraph' as const, text }))
      .filter((b) => b.text.trim());
    (globalThis as unknown as { SourcelightEngine: { analyze(a: unknown): unknown } }).SourcelightEngine.analyze({ title: document.title, blocks });
    return { load: t1 - t0, analyse: performance.now() - t1 };
  }, engine);
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');

async function main(): Promise<void> {
  const content = await readFile(join(DIST, 'chrome/content.js')).catch(() => null);
  if (!content) throw new Error('dist/chrome is not built: run `npm run build` first');
  const gz = gzipSync(content, { level: 9 }).length / 1024;
  console.log(`Content script: ${(content.length / 1024).toFixed(1)} KB, ${gz.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB: ${((gz / BUDGET_KB) * 100).toFixed(0)}%)`);

  const engine = await esbuild.build({
    stdin: { contents: "export { analyze } from './src/core/analyze.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'SourcelightEngine',
    write: false,
  });
  const engineSource = engine.outputFiles[0]!.text;
  console.log(`Engine bundle (the alternative: injected into article pages): ${(gzipSync(engineSource).length / 1024).toFixed(0)} KB gzipped\n`);

  const server = await serveStatic([CORPUS_PAGES]);
  server.route('/generated-2mb.html', generatedArticle(2_000_000));
  const pages = [...pageNames().map((n) => `${n}.html`), 'generated-2mb.html'];

  const plain = await launch(false);
  const baseline = new Map<string, number>();
  const inPage = new Map<string, { load: number; analyse: number }>();
  for (const name of pages) {
    const page = await plain.context.newPage();
    await observeLongTasks(page);
    baseline.set(name, await baselineLongest(page, `${server.origin}/${name}`));
    inPage.set(name, await engineInPage(page, engineSource));
    await page.close();
  }
  await plain.close();

  const ext = await launch(true);
  console.log('page                              painted  extract   review    paint  longest task  (baseline)  engine in page: load + analyse');
  for (const name of pages) {
    const page = await ext.context.newPage();
    await observeLongTasks(page);
    const t = await withExtension(page, `${server.origin}/${name}`);
    const alt = inPage.get(name)!;
    console.log(
      `${name.padEnd(32)} ${ms(t.painted).padStart(8)} ${ms(t.extract).padStart(8)} ${ms(t.review).padStart(8)} ${ms(t.paint).padStart(8)} ${ms(t.longest).padStart(13)}  (${ms(baseline.get(name) ?? 0).padStart(7)})  ${ms(alt.load)} + ${ms(alt.analyse)}`,
    );
    await page.close();
  }
  await ext.close();
  await server.close();
  console.log('\n"review" is the background round trip (message, engine, placing notes, reply); the alternative pays the engine\'s load in every article page instead.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
