/**
 * Store benchmark (issue 5): the Dexie store at 100,000 annotations on fake-indexeddb — insert,
 * page lookup (target ≤ 5 ms), full-text search and the library's first screen — each beside the
 * naive way measured in the same run (reading every record and filtering in JavaScript), to show
 * what the indexes buy.
 *
 * fake-indexeddb is a pure-JavaScript IndexedDB that copies every record with structuredClone and
 * keeps its indexes in plain arrays: it is much slower than a browser's IndexedDB (several times
 * for reads, more for writes), so these figures are upper bounds for the extension.
 *
 *   npx tsx scripts/bench/store.ts [count]        (default 100000)
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { describe } from '../../src/core/annotations/selectors.ts';
import { VERDICTS, type Annotation } from '../../src/core/annotations/schema.ts';
import { openStore } from '../../src/db/store.ts';
import { queryWords } from '../../src/db/words.ts';
import { loadPages } from '../lib/corpus.ts';

const COUNT = Number(process.argv[2] ?? 100_000);
const PAGES = Math.max(1, Math.round(COUNT / 20)); // about 20 notes per page

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function makeAnnotations(): Annotation[] {
  const sentences = loadPages()
    .flatMap((p) => p.reference.split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 40 && s.length < 400);
  const words = sentences.join(' ').split(' ');
  const tags = ['china', 'russia', 'trade', 'elections', 'health', 'climate', 'courts', 'police', 'tech', 'energy'];
  const out: Annotation[] = [];
  const start = Date.parse('2023-01-01T00:00:00Z');
  for (let i = 0; i < COUNT; i++) {
    const page = Math.floor(random() * PAGES);
    const sentence = pick(sentences);
    const noteWords = Array.from({ length: Math.floor(random() * 20) }, () => pick(words));
    out.push(
      newAnnotation(
        {
          source: `https://site${page % 97}.example.com/story/${page}`,
          selector: describe(sentence, 0, sentence.length),
          page: { title: `Story ${page}` },
          note: noteWords.join(' '),
          ...(random() < 0.7 ? { verdict: pick(VERDICTS) } : {}),
          tags: [pick(tags), ...(random() < 0.3 ? [pick(tags)] : [])],
          ...(random() < 0.05 ? { correction: 'not-anonymous' as const } : {}),
        },
        { now: new Date(start + i * 60_000) },
      ),
    );
  }
  return out;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

async function main() {
  console.log(
    `Store benchmark: ${COUNT.toLocaleString('en-US')} annotations on ${PAGES.toLocaleString('en-US')} pages, fake-indexeddb.`,
  );
  console.log(
    "Note: fake-indexeddb (pure JavaScript) is much slower than a browser's IndexedDB; read these as upper bounds.\n",
  );
  const annotations = makeAnnotations();
  const store = await openStore({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'bench' });

  const [insertMs] = await time(() => store.importMany(annotations));
  console.log(
    `insert (one transaction)   ${ms(insertMs).padStart(10)}   ${((insertMs / COUNT) * 1000).toFixed(0)} µs per annotation`,
  );

  // The naive way reads every record for every question; its cost is one full read plus a filter.
  const [readAll, everything] = await time(() => store.db.annotations.toArray());
  console.log(
    `full read (baseline)       ${ms(readAll).padStart(10)}   every query below would pay this without indexes`,
  );

  // Page lookup: the popup and every page visit.
  const urls = Array.from({ length: 50 }, () => pick(annotations).target.source);
  const lookups: number[] = [];
  let found = 0;
  for (const url of urls) {
    const [t, list] = await time(() => store.forUrl(url));
    lookups.push(t);
    found += list.length;
  }
  const [filterPage] = await time(async () => everything.filter((a) => a.target.source === urls[0]));
  const naivePage = readAll + filterPage;
  console.log(
    `page lookup (forUrl)       ${ms(median(lookups)).padStart(10)}   median of 50, ~${Math.round(found / 50)} notes a page (target ≤ 5 ms); ` +
      `baseline ${ms(naivePage)} (${(naivePage / median(lookups)).toFixed(0)}× slower)`,
  );

  // Full-text search over quote and note.
  const queries = ['officials', 'anonym', 'said police', 'Netanyahu', 'bridge council', 'the'];
  for (const q of queries) {
    const [t, result] = await time(() => store.search(q, { limit: 50 }));
    const words = q.toLowerCase().split(' ');
    const [filter, naiveHits] = await time(async () =>
      everything.filter((a) => {
        const quote = a.target.selector[0]?.type === 'TextQuoteSelector' ? a.target.selector[0].exact : '';
        const hay = `${quote} ${a.body.note}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      }),
    );
    const naive = readAll + filter;
    if (queryWords(q).length === 0) {
      console.log(
        `search ${JSON.stringify(q).padEnd(18)} ${ms(t).padStart(10)}   stop words only: not searched (a full scan finds ${naiveHits.length})`,
      );
      continue;
    }
    console.log(
      `search ${JSON.stringify(q).padEnd(18)} ${ms(t).padStart(10)}   ${String(result.total).padStart(6)} matches; ` +
        `baseline ${ms(naive)} (${(naive / t).toFixed(0)}×; ${naiveHits.length} substring matches)`,
    );
  }

  // The library's first screen, and a filtered view.
  const [firstScreen] = await time(() => store.list({ limit: 50 }));
  const [filtered, filteredResult] = await time(() =>
    store.list({ tag: 'courts', verdict: 'needs-source', limit: 50 }),
  );
  const [corrections] = await time(() => store.correctionCounts());
  console.log(`library first 50           ${ms(firstScreen).padStart(10)}`);
  console.log(`tag + verdict filter       ${ms(filtered).padStart(10)}   ${filteredResult.total} matches`);
  console.log(`correction counts          ${ms(corrections).padStart(10)}`);
  store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
