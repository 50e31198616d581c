/**
 * Entity recognition throughput: MB/s over the corpus article texts and over a ~5 MB synthetic
 * article built from them, for the TypeScript sources (as tsx runs them) and for the code the
 * extension ships (one minified esbuild bundle), plus the size of the shipped lexicon.
 *
 *   npx tsx scripts/bench/entities.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { loadPages, REPO_ROOT } from '../lib/corpus.ts';
import { segmentSentences } from '../../src/core/text/segment.ts';
import { recognizeEntities } from '../../src/core/entities/recognize.ts';
import type { BlockSpan } from '../../src/core/model/article.ts';
import type { Sentence } from '../../src/core/text/sentence.ts';

interface Input {
  text: string;
  sentences: Sentence[];
}

type Recognize = typeof recognizeEntities;

function mbPerSecond(recognize: Recognize, inputs: Input[], minMs: number): { mbs: number; runs: number } {
  const bytes = inputs.reduce((n, i) => n + i.text.length, 0);
  // Warm up so the JIT has compiled the hot paths before timing: one pass over a few pages is not enough
  // for the optimising compiler, so keep going for half a second.
  const warm = performance.now();
  do for (const i of inputs) recognize(i.text, i.sentences);
  while (performance.now() - warm < 500);
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const i of inputs) recognize(i.text, i.sentences);
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { mbs: (bytes * runs) / 1e6 / (elapsed / 1000), runs };
}

/** A floor measured in the same run: one pass of one compiled word regex over the same texts. */
function floorMbPerSecond(texts: string[], minMs: number): number {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const re = /[\p{L}\p{N}]+/gu;
  let runs = 0;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) {
      re.lastIndex = 0;
      while (re.exec(t)) count++;
    }
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return count > 0 ? (bytes * runs) / 1e6 / (elapsed / 1000) : 0;
}

function syntheticArticle(pages: { text: string }[], targetChars: number): Input {
  const paragraphs = pages.flatMap((p) =>
    p.text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l.length > 40),
  );
  const parts: string[] = [];
  const blocks: BlockSpan[] = [];
  let length = 0;
  for (let i = 0; length < targetChars; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    if (parts.length) length += 2;
    blocks.push({ kind: 'paragraph', start: length, end: length + p.length });
    parts.push(p);
    length += p.length;
  }
  const text = parts.join('\n\n');
  return { text, sentences: segmentSentences(text, blocks) };
}

function lexiconSize(): { raw: number; minified: number } {
  const dir = path.join(REPO_ROOT, 'src/core/lexicon');
  const files = [
    ...readdirSync(dir).map((f) => path.join(dir, f)),
    ...readdirSync(path.join(dir, 'generated')).map((f) => path.join(dir, 'generated', f)),
  ].filter((f) => f.endsWith('.ts') && statSync(f).isFile());
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  // What the bundle carries: the lexicon modules minified together.
  const out = buildSync({
    entryPoints: [path.join(dir, 'index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
  });
  return { raw, minified: out.outputFiles[0]?.contents.length ?? 0 };
}

/** The recogniser as the extension ships it: one minified ESM bundle, imported from a temporary file. */
async function bundledRecognizer(): Promise<{ recognize: Recognize; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcelight-bench-'));
  const outfile = path.join(dir, 'entities.mjs');
  buildSync({
    entryPoints: [path.join(REPO_ROOT, 'src/core/entities/recognize.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'warning',
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { recognizeEntities: Recognize };
  return { recognize: mod.recognizeEntities, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const pages = loadPages().map((p) => ({ text: p.reference, sentences: segmentSentences(p.reference, p.blocks) }));
  const corpusChars = pages.reduce((n, p) => n + p.text.length, 0);
  const big = syntheticArticle(pages, 5_000_000);
  const bundled = await bundledRecognizer();
  try {
    for (const [label, recognize] of [
      ['sources', recognizeEntities],
      ['bundle', bundled.recognize],
    ] as const) {
      const corpus = mbPerSecond(recognize, pages, 2000);
      const corpusFloor = floorMbPerSecond(
        pages.map((p) => p.text),
        1000,
      );
      console.log(
        `${label} corpus: ${pages.length} pages, ${(corpusChars / 1e3).toFixed(0)} K chars: ${corpus.mbs.toFixed(1)} MB/s (${corpus.runs} runs); ` +
          `word-regex floor ${corpusFloor.toFixed(1)} MB/s, ratio ${(corpus.mbs / corpusFloor).toFixed(2)}`,
      );
      const synthetic = mbPerSecond(recognize, [big], 3000);
      const bigFloor = floorMbPerSecond([big.text], 1000);
      console.log(
        `${label} synthetic article: ${(big.text.length / 1e6).toFixed(1)} M chars: ${synthetic.mbs.toFixed(1)} MB/s (${synthetic.runs} runs); ` +
          `word-regex floor ${bigFloor.toFixed(1)} MB/s, ratio ${(synthetic.mbs / bigFloor).toFixed(2)}`,
      );
    }
  } finally {
    bundled.cleanup();
  }
  const size = lexiconSize();
  console.log(`lexicon: ${(size.raw / 1024).toFixed(0)} KB source, ${(size.minified / 1024).toFixed(0)} KB minified`);
}

await main();
