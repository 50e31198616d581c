/**
 * Extraction quality beside Readability.js (@mozilla/readability 0.6.0), same run, same DOM
 * (jsdom), on the corpus pages whose article body is known: tests/fixtures/extraction/<page>.txt
 * (see SOURCES.md there). For each extractor: the share of the true body's words it found, and
 * how many words it found that are not in the body (furniture, captions, bios). Titles are left
 * out on both sides. `npx tsx scripts/bench/extract-vs-readability.ts`
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/dom/article/index.ts';
import { CORPUS_PAGES, ROOT } from '../lib/paths.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/extraction');

/**
 * Words as bags: lower-cased runs of letters and digits, so quotes and dashes do not matter (soft
 * hyphens, invisible, are dropped: wapo-2 has "Netan\u00ADyahu").
 */
function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text
    .replace(/\u00AD/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const size = (b: Map<string, number>) => [...b.values()].reduce((a, n) => a + n, 0);

/** Words of `truth` found in `found` (each counted as often as both have it), and the words over. */
export function compare(truth: string, found: string): { found: number; of: number; extra: number } {
  const t = bag(truth);
  const f = bag(found);
  let hit = 0;
  for (const [word, n] of f) hit += Math.min(n, t.get(word) ?? 0);
  return { found: hit, of: size(t), extra: size(f) - hit };
}

function dom(html: string): Document {
  return new JSDOM(html, { url: 'https://example.com/article', virtualConsole: new VirtualConsole() }).window.document;
}

async function readability(html: string): Promise<string | null> {
  let Readability: typeof import('@mozilla/readability').Readability;
  try {
    ({ Readability } = await import('@mozilla/readability'));
  } catch {
    return null;
  }
  return new Readability(dom(html)).parse()?.textContent ?? '';
}

function sourcelight(html: string): string {
  const { article } = extractArticle(dom(html));
  return article.blocks
    .filter((b) => b.kind !== 'title')
    .map((b) => b.text)
    .join('\n');
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`.padStart(7);

async function main(): Promise<void> {
  const pages = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  if (!existsSync(CORPUS_PAGES)) {
    console.log(`Skipped: the corpus pages (${CORPUS_PAGES}) are not beside the checkout.`);
    return;
  }
  console.log('page                  body words   Sourcelight: found  not in body    Readability: found  not in body');
  const totals = { of: 0, ours: { found: 0, extra: 0 }, theirs: { found: 0, extra: 0 } };
  let missing = false;
  for (const name of pages) {
    const truth = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
    const html = readFileSync(join(CORPUS_PAGES, `${name}.html`), 'utf8');
    const ours = compare(truth, sourcelight(html));
    const text = await readability(html);
    const theirs = text === null ? null : compare(truth, text);
    if (!theirs) missing = true;
    totals.of += ours.of;
    totals.ours.found += ours.found;
    totals.ours.extra += ours.extra;
    if (theirs) (totals.theirs.found += theirs.found), (totals.theirs.extra += theirs.extra);
    console.log(
      `${name.padEnd(22)}${String(ours.of).padStart(10)}   ${pct(ours.found, ours.of).padStart(18)}${String(ours.extra).padStart(13)}` +
        (theirs
          ? `    ${pct(theirs.found, theirs.of).padStart(18)}${String(theirs.extra).padStart(13)}`
          : '    (Readability not installed)'),
    );
  }
  const { of, ours, theirs } = totals;
  console.log(
    `${'all'.padEnd(22)}${String(of).padStart(10)}   ${pct(ours.found, of).padStart(18)}${String(ours.extra).padStart(13)}` +
      (missing ? '' : `    ${pct(theirs.found, of).padStart(18)}${String(theirs.extra).padStart(13)}`),
  );
  if (missing)
    console.log(
      'Readability.js columns skipped: @mozilla/readability is not installed (a dev dependency: npm install).',
    );
  console.log(
    'The known bodies are Readability test suite expectations with captions, bylines and links out removed by hand:',
  );
  console.log('they start from Readability\'s own output, so its "found" column has a home advantage.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
