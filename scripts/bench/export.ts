/**
 * Export and import benchmark (issue 6): 10,000 annotations with real news sentences as quotes,
 * through every exporter and back through importAnnotations (target: under a second each). The
 * baseline, measured in the same run, is bare JSON.stringify / JSON.parse of the same annotations:
 * the ratio is what escaping, restructuring and validation cost on top of serialisation.
 *
 *   npx tsx scripts/bench/export.ts [count]       (default 10000)
 */
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { describe } from '../../src/core/annotations/selectors.ts';
import { VERDICTS, type Annotation } from '../../src/core/annotations/schema.ts';
import { exportAs, EXPORT_FORMATS } from '../../src/core/export/files.ts';
import { importAnnotations } from '../../src/core/export/import.ts';
import { loadPages } from '../lib/corpus.ts';

const COUNT = Number(process.argv[2] ?? 10_000);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(11);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function makeAnnotations(): Annotation[] {
  const pages = loadPages();
  const out: Annotation[] = [];
  for (let i = 0; i < COUNT; i++) {
    const page = pick(pages);
    const text = page.reference;
    let start = Math.floor(random() * Math.max(1, text.length - 300));
    while (start > 0 && text[start - 1] !== ' ') start++;
    const end = Math.min(text.length, start + 60 + Math.floor(random() * 200));
    out.push(
      newAnnotation(
        {
          source: `https://example.com/${page.name}`,
          selector: describe(text, start, end),
          page: { title: text.slice(0, text.indexOf('\n')) || page.name },
          note: random() < 0.7 ? text.slice(end, end + Math.floor(random() * 300)) : '',
          ...(random() < 0.6 ? { verdict: pick(VERDICTS) } : {}),
          tags: random() < 0.5 ? ['sourcing', pick(['china', 'courts', 'health'])] : [],
          ...(random() < 0.05 ? { correction: 'not-a-claim' as const } : {}),
        },
        { now: new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000) },
      ),
    );
  }
  return out;
}

function time<T>(fn: () => T, runs = 3): [number, T] {
  let best = Infinity;
  let value: T | undefined;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t);
  }
  return [best, value as T];
}

function main() {
  const annotations = makeAnnotations();
  console.log(
    `Export/import benchmark: ${COUNT.toLocaleString('en-US')} annotations (best of 3 runs each; target < 1,000 ms).\n`,
  );
  const [stringifyMs, json] = time(() => JSON.stringify(annotations));
  const [parseMs] = time(() => JSON.parse(json) as unknown);
  console.log(
    `baseline JSON.stringify       ${stringifyMs.toFixed(0).padStart(6)} ms   ${(json.length / 1e6).toFixed(1)} MB`,
  );
  console.log(`baseline JSON.parse           ${parseMs.toFixed(0).padStart(6)} ms\n`);
  const files: Record<string, string> = {};
  for (const format of EXPORT_FORMATS) {
    const [t, text] = time(() => exportAs(format, annotations));
    files[format] = text;
    console.log(
      `export ${format.padEnd(14)}        ${t.toFixed(0).padStart(6)} ms   ${(text.length / 1e6).toFixed(1)} MB   ${(t / stringifyMs).toFixed(1)}× JSON.stringify`,
    );
  }
  console.log('');
  for (const format of ['backup', 'webannotation'] as const) {
    const [t, result] = time(() => importAnnotations(files[format] ?? ''));
    const ok = result.ok && result.annotations.length === annotations.length;
    console.log(
      `import ${format.padEnd(14)}        ${t.toFixed(0).padStart(6)} ms   ${ok ? 'all restored' : `FAILED: ${result.ok ? 'count differs' : result.error}`}   ${(t / parseMs).toFixed(1)}× JSON.parse`,
    );
  }
}

main();
