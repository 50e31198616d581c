/**
 * In-page benchmark in Chromium, on each corpus page and a generated 2 MB article: time from the
 * content script's start to the ranges on screen painted ("viewport") and to every range due
 * painted (with the extraction, background review and paint steps), and the longest main-thread
 * task while Sourcelight works, over the whole load, and while scrolling through the page, beside
 * the same page loaded without the extension (the baseline, same run). Also the two ways to run the
 * engine that issue 4 asks to compare: the background review round trip as the content script sees
 * it, against loading the engine bundle into the page and analysing there. And the content script's
 * gzipped size against its 40 KB budget. Firefox has no Long Tasks API, so this runs in Chromium only.
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
/** Loads of each page, with and without the extension: the machine is shared, the median is reported. */
const RUNS = 3;

function median<T extends object>(runs: T[]): T {
  const out = {} as Record<string, number>;
  for (const key of Object.keys(runs[0]!)) {
    const sorted = runs.map((r) => (r as Record<string, number>)[key]!).sort((a, b) => a - b);
    out[key] = sorted[Math.floor(sorted.length / 2)]!;
  }
  return out as T;
}

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

/** Long tasks ([start, duration]) are recorded from the very start of each document. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]> };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: nothing recorded.
    }
  });
}

interface Timing {
  viewport: number;
  painted: number;
  extract: number;
  review: number;
  paint: number;
  /**
   * Longest task from the content script's start to 300 ms after the last range was painted; of a
   * task already running when the content script starts (the page's parsing), only the part after.
   */
  ours: number;
  /** Longest task of the whole load, and while scrolling through the page afterwards. */
  whole: number;
  scroll: number;
}

/** Scrolls to the bottom a screen every 50 ms (windowed highlights follow); the longest task meanwhile. */
async function scrollThrough(page: Page): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  for (let i = 0; i < 40; i++) {
    const end = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(50);
    if (end) break;
  }
  await page.waitForTimeout(300);
  return page.evaluate((since: number) => {
    const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
    return Math.max(0, ...tasks.filter(([start]) => start >= since).map(([, duration]) => duration));
  }, from);
}

async function withExtension(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const painted = () => performance.getEntriesByName('sourcelight:painted').length > 0;
  await page.waitForFunction(painted, null, { timeout: 60_000 });
  await page.waitForTimeout(300); // let trailing long tasks be reported
  // No named functions inside: tsx would wrap them in its __name helper, which the page lacks.
  const timing = await page.evaluate(() => {
    const at: Record<string, number> = {};
    for (const name of ['start', 'extract', 'extracted', 'reviewed', 'viewport', 'painted']) {
      at[name] = performance.getEntriesByName(`sourcelight:${name}`).at(-1)?.startTime ?? NaN;
    }
    const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
    const ours = tasks
      .filter(([start, duration]) => start + duration > at['start']! && start < at['painted']! + 300)
      .map(([start, duration]) => start + duration - Math.max(start, at['start']!));
    return {
      viewport: at['viewport']! - at['start']!,
      painted: at['painted']! - at['start']!,
      extract: at['extracted']! - at['extract']!,
      review: at['reviewed']! - at['extracted']!,
      paint: at['painted']! - at['reviewed']!,
      ours: Math.max(0, ...ours),
      whole: Math.max(0, ...tasks.map(([, duration]) => duration)),
    };
  });
  return { ...timing, scroll: await scrollThrough(page) };
}

async function baseline(page: Page, url: string): Promise<{ whole: number; scroll: number }> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1500);
  const whole = await page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
    return Math.max(0, ...tasks.map(([, duration]) => duration));
  });
  return { whole, scroll: await scrollThrough(page) };
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
    (globalThis as unknown as { SourcelightEngine: { analyze(a: unknown): unknown } }).SourcelightEngine.analyze({
      title: document.title,
      blocks,
    });
    return { load: t1 - t0, analyse: performance.now() - t1 };
  }, engine);
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');

async function main(): Promise<void> {
  const content = await readFile(join(DIST, 'chrome/content.js')).catch(() => null);
  if (!content) throw new Error('dist/chrome is not built: run `npm run build` first');
  const gz = gzipSync(content, { level: 9 }).length / 1024;
  console.log(
    `Content script: ${(content.length / 1024).toFixed(1)} KB, ${gz.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB: ${((gz / BUDGET_KB) * 100).toFixed(0)}%)`,
  );

  const engine = await esbuild.build({
    stdin: { contents: "export { analyze } from './src/core/analyze.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'SourcelightEngine',
    write: false,
  });
  const engineSource = engine.outputFiles[0]!.text;
  console.log(
    `Engine bundle (the alternative: injected into article pages): ${(gzipSync(engineSource).length / 1024).toFixed(0)} KB gzipped\n`,
  );

  const server = await serveStatic([CORPUS_PAGES]);
  server.route('/generated-2mb.html', generatedArticle(2_000_000));
  const pages = [...pageNames().map((n) => `${n}.html`), 'generated-2mb.html'];

  const plain = await launch(false);
  const alone = new Map<string, { whole: number; scroll: number }>();
  const inPage = new Map<string, { load: number; analyse: number }>();
  for (const name of pages) {
    const runs: Array<{ whole: number; scroll: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await plain.context.newPage();
      await observeLongTasks(page);
      runs.push(await baseline(page, `${server.origin}/${name}`));
      if (run === 0) inPage.set(name, await engineInPage(page, engineSource));
      await page.close();
    }
    alone.set(name, median(runs));
  }
  await plain.close();

  const ext = await launch(true);
  console.log(
    '                                 ------------- time after the content script starts -------------    ' +
      '----- longest task: with Sourcelight (page alone) -----',
  );
  console.log(
    'page                             viewport  painted  extract   review    paint   in its wor' +
      'k    whole load        scrolling      engine in page: load + analyse',
  );
  let worst = 0;
  for (const name of pages) {
    const runs: Timing[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ext.context.newPage();
      await observeLongTasks(page);
      runs.push(await withExtension(page, `${server.origin}/${name}`));
      await page.close();
    }
    const t = median(runs);
    const alt = inPage.get(name)!;
    const base = alone.get(name)!;
    worst = Math.max(worst, t.ours, t.scroll);
    console.log(
      `${name.padEnd(32)} ${ms(t.viewport).padStart(8)} ${ms(t.painted).padStart(8)} ${ms(t.extract).padStart(8)} ` +
        `${ms(t.review).padStart(8)} ${ms(t.paint).padStart(8)} ${ms(t.ours).padStart(13)} ${ms(t.whole).padStart(7)} ` +
        `(${ms(base.whole).padStart(6)}) ${ms(t.scroll).padStart(7)} (${ms(base.scroll).padStart(6)})  ${ms(alt.load)} + ${ms(alt.analyse)}`,
    );
  }
  console.log(
    `\nMedians of ${RUNS} loads each. Longest task while Sourcelight works or the reader scrolls, on any page: ${ms(worst)} (aim: under 50 ms).`,
  );
  await ext.close();
  await server.close();
  console.log(
    '\n"review" is the background round trip (message, engine, placing notes, reply); the alternative pays the engine\'s load in every article page instead.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
