/**
 * The in-page benchmark's figures in Firefox, on each corpus page and the generated 2 MB article:
 * time from the content script's start to the ranges on screen painted and to every range due
 * painted, and the longest time without a rendered frame while Sourcelight works, beside the same
 * page in Firefox without the extension over its whole load (same run). Firefox has no Long Tasks
 * API; a gap between animation frames is what a reader sees instead (a task, or a run of tasks the
 * browser let go ahead of rendering). Gaps under 50 ms are not counted. Medians of 3 loads.
 *   npx tsx scripts/bench/inpage-firefox.ts     (needs `npm run build` first)
 */
import { join } from 'node:path';
import { CORPUS_PAGES, DIST } from '../lib/paths.ts';
import { serveStatic } from '../lib/serve.ts';
import { pageNames } from '../lib/corpus.ts';
import { generatedArticle } from './extract.ts';
import { launchFirefox } from '../../tests/browser/harness/firefox.ts';
import type { BrowserSession, TestPage } from '../../tests/browser/harness/types.ts';

const RUNS = 3;

/**
 * Gaps between rendered frames over 50 ms, as [start, length], from the document's start: the
 * page could not show a frame that long. No named functions inside (here and in evaluate): tsx
 * would wrap them in a helper the page lacks.
 */
function watchStalls(): void {
  const w = window as unknown as { __stalls: Array<[number, number]>; __last: number; __tick: () => void };
  w.__stalls = [];
  w.__last = performance.now();
  w.__tick = () => {
    const now = performance.now();
    if (now - w.__last > 50) w.__stalls.push([w.__last, now - w.__last]);
    w.__last = now;
    requestAnimationFrame(w.__tick);
  };
  requestAnimationFrame(w.__tick);
}

interface Run {
  viewport: number;
  painted: number;
  ours: number;
  alone: number;
}

const longestIn = (stalls: Array<[number, number]>, from: number, to: number) =>
  Math.max(0, ...stalls.filter(([s, d]) => s + d > from && s < to).map(([s, d]) => s + d - Math.max(s, from)));

async function load(session: BrowserSession, url: string, extension: boolean): Promise<Run> {
  const page: TestPage = await session.newPage();
  await page.addInitScript(watchStalls);
  await page.goto(url, 'domcontentloaded');
  if (extension) {
    await page.waitFor(
      () => performance.getEntriesByName('sourcelight:painted').length > 0,
      undefined,
      'painted',
      60_000,
    );
  }
  await new Promise((done) => setTimeout(done, extension ? 300 : 1500));
  const run = await page.evaluate(() => {
    const at: Record<string, number> = {};
    for (const name of ['start', 'viewport', 'painted']) {
      at[name] = performance.getEntriesByName(`sourcelight:${name}`).at(-1)?.startTime ?? NaN;
    }
    const stalls = (window as unknown as { __stalls: Array<[number, number]> }).__stalls;
    return { start: at['start']!, viewport: at['viewport']!, painted: at['painted']!, stalls, now: performance.now() };
  });
  await page.close();
  if (!extension) return { viewport: NaN, painted: NaN, ours: NaN, alone: longestIn(run.stalls, 0, run.now) };
  return {
    viewport: run.viewport - run.start,
    painted: run.painted - run.start,
    ours: longestIn(run.stalls, run.start, run.painted + 300),
    alone: NaN,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const ms = (n: number) => `${Number.isNaN(n) ? '—' : Math.round(n)} ms`;

async function main(): Promise<void> {
  const server = await serveStatic([CORPUS_PAGES]);
  server.route('/generated-2mb.html', generatedArticle(2_000_000));
  const pages = [...pageNames().map((n) => `${n}.html`), 'generated-2mb.html'];
  const alone = new Map<string, number>();
  const plain = await launchFirefox();
  try {
    for (const name of pages) {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push((await load(plain, `${server.origin}/${name}`, false)).alone);
      alone.set(name, median(runs));
    }
  } finally {
    await plain.close();
  }
  const ext = await launchFirefox(join(DIST, 'firefox'));
  console.log(
    'page                             viewport  painted   longest time without a frame: in its work (page alone, whole load)',
  );
  let worst = 0;
  try {
    for (const name of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(ext, `${server.origin}/${name}`, true));
      const ours = median(runs.map((r) => r.ours));
      worst = Math.max(worst, ours);
      console.log(
        `${name.padEnd(32)} ${ms(median(runs.map((r) => r.viewport))).padStart(8)} ${ms(median(runs.map((r) => r.painted))).padStart(8)}` +
          `   ${ms(ours).padStart(10)} (${ms(alone.get(name) ?? NaN).padStart(6)})`,
      );
    }
  } finally {
    await ext.close();
    await server.close();
  }
  console.log(
    `\nMedians of ${RUNS} loads. Longest time without a frame while Sourcelight works, on any page: ${ms(worst)} (aim: under 50 ms).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
