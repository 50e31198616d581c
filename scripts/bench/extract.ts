/**
 * Article detection and extraction speed on linkedom: each corpus page and a generated 2 MB
 * article page. `npx tsx scripts/bench/extract.ts`. Prints milliseconds for parsing (linkedom, for
 * scale), detectArticle, extractArticle (fastest and median of 7 runs: the machine is shared, the
 * fastest run is the least disturbed), and the longest single step of extractArticleAsync (what
 * would block a browser's main thread between yields; median of 7).
 */
import { parseHTML } from 'linkedom';
import { pageNames, readPageHtml } from '../lib/corpus.ts';
import { detectArticle, extractArticle, extractArticleAsync } from '../../src/dom/article/index.ts';

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** A long story with the furniture real pages have around it, about `bytes` of HTML. */
export function generatedArticle(bytes: number): string {
  const sentence = (i: number) =>
    `Officials said on Tuesday that the <a href="/t/${i}">programme</a> had cost ${i} million dollars more than <b>plan</b>ned, according to people familiar with the matter. `;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block =
      i % 25 === 24
        ? `<h2>Section ${i}</h2><aside class="related"><ul><li><a href="/r/${i}">Related story ${i}</a></li></ul></aside>`
        : `<p>${sentence(i)}${sentence(i + 1)}${sentence(i + 2)}</p>`;
    parts.push(block);
    size += block.length;
  }
  return `<!DOCTYPE html><html lang="en"><head><title>A very long read | Bench Times</title>
    <meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a></nav></header>
    <main><article><h1>A very long read</h1>${parts.join('\n')}</article>
    <section class="comments"><p>A comment.</p></section></main><footer>Footer</footer></body></html>`;
}

/**
 * The longest stretch of work between two yields of extractArticleAsync with a 0 ms budget (it
 * yields after every chunk): the longest task it would give a browser's main thread. A stand-in
 * `scheduler.yield` records the time between yields, so timer latency is not counted.
 */
async function longestStep(doc: Document): Promise<number> {
  const global = globalThis as { scheduler?: { yield: () => Promise<void> } };
  const saved = global.scheduler;
  let longest = 0;
  let last = performance.now();
  global.scheduler = {
    yield: () => {
      longest = Math.max(longest, performance.now() - last);
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          last = performance.now();
          resolve();
        }),
      );
    },
  };
  try {
    last = performance.now();
    await extractArticleAsync(doc, { yieldEvery: 0 });
    return Math.max(longest, performance.now() - last);
  } finally {
    global.scheduler = saved;
  }
}

async function bench(name: string, html: string): Promise<string> {
  const parse = Math.min(...Array.from({ length: 3 }, () => time(() => parseHTML(html))));
  const doc = parseHTML(html).document as unknown as Document;
  extractArticle(doc); // warm-up
  const detect = Math.min(...Array.from({ length: RUNS }, () => time(() => detectArticle(doc))));
  const extracts = Array.from({ length: RUNS }, () => time(() => extractArticle(doc)));
  const steps: number[] = [];
  for (let i = 0; i < RUNS; i++) steps.push(await longestStep(doc));
  const step = median(steps);
  const chars = extractArticle(doc).map.text.length;
  const extract = `${Math.min(...extracts).toFixed(1)} / ${median(extracts).toFixed(1)}`;
  return [
    name.padEnd(28),
    (html.length / 1024).toFixed(0).padStart(6),
    parse.toFixed(1).padStart(8),
    detect.toFixed(2).padStart(8),
    extract.padStart(15),
    step.toFixed(1).padStart(9),
    String(chars).padStart(9),
  ].join(' ');
}

async function main(): Promise<void> {
  console.log(
    [
      'page'.padEnd(28),
      'KB'.padStart(6),
      'parse'.padStart(8),
      'detect'.padStart(8),
      'extract min/med'.padStart(15),
      'max step'.padStart(9),
      'chars'.padStart(9),
    ].join(' '),
  );
  console.log('(milliseconds, linkedom in Node; parse and detect: fastest run)');
  for (const name of pageNames()) console.log(await bench(name, readPageHtml(name)));
  console.log(await bench('generated 2 MB article', generatedArticle(2 * 1024 * 1024)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
