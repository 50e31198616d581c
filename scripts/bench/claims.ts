/**
 * Benchmark of the anonymous-source claim detector (segmentation + detection) in MB/s, over the
 * corpus' reference article texts and over a ~5 MB synthetic article made of shuffled corpus
 * paragraphs, beside a floor measured in the same run: one pass of a single compiled regular
 * expression of all cue words over the same text. Run: `npx tsx scripts/bench/claims.ts`.
 */
import { joinArticle, type Block } from '../../src/core/model/article.ts';
import { segmentSentences } from '../../src/core/text/segment.ts';
import { detectClaims } from '../../src/core/claims/detect.ts';
import { GROUP_HEADS, OFFICIAL_HEADS, RESEARCH_HEADS, SOURCE_HEADS } from '../../src/core/claims/lexicon.ts';
import { loadPages } from '../lib/corpus.ts';

const HEDGES = [
  'reportedly',
  'reputedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'alleged',
  'suspected',
  'rumored',
  'rumoured',
  'anonymity',
  'anonymously',
  'familiar',
  'briefed',
  'knowledge',
  'leaked',
  'according',
  'understood',
  'believed',
  'learned',
  'told',
  'accusations',
  'allegations',
];
const FLOOR = new RegExp(
  `\\b(?:${[...OFFICIAL_HEADS, ...SOURCE_HEADS, ...GROUP_HEADS, ...RESEARCH_HEADS, ...HEDGES].join('|')})\\b`,
  'gi',
);

interface Input {
  text: string;
  blocks: ReturnType<typeof joinArticle>['blocks'];
}

function detectAll(inputs: Input[]): number {
  let n = 0;
  for (const { text, blocks } of inputs) n += detectClaims(text, segmentSentences(text, blocks)).length;
  return n;
}

function floorAll(inputs: Input[]): number {
  let n = 0;
  for (const { text } of inputs) {
    FLOOR.lastIndex = 0;
    while (FLOOR.exec(text)) n++;
  }
  return n;
}

/**
 * Best of several timed rounds over at least `minMs`, in MB/s (1 MB = 2^20 UTF-16 code units),
 * after a warm-up long enough for the JIT to optimise the hot functions.
 */
function throughput(fn: () => number, chars: number, minMs = 2000): number {
  const warm = performance.now() + 1000;
  for (let i = 0; i < 5 || performance.now() < warm; i++) fn();
  let best = Infinity;
  const until = performance.now() + minMs;
  let rounds = 0;
  while (rounds < 3 || performance.now() < until) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
    rounds++;
  }
  return chars / 2 ** 20 / (best / 1000);
}

/** A small seeded generator, so the synthetic article is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function synthetic(paragraphs: Block[], targetChars: number): Input {
  const random = rng(42);
  const blocks: Block[] = [];
  let size = 0;
  while (size < targetChars) {
    const block = paragraphs[Math.floor(random() * paragraphs.length)] as Block;
    blocks.push(block);
    size += block.text.length + 2;
  }
  return joinArticle({ title: 'Synthetic article', blocks });
}

function report(name: string, inputs: Input[]): void {
  const chars = inputs.reduce((n, i) => n + i.text.length, 0);
  const claims = detectAll(inputs);
  const detector = throughput(() => detectAll(inputs), chars);
  const floor = throughput(() => floorAll(inputs), chars);
  console.log(
    `${name.padEnd(34)} ${(chars / 2 ** 20).toFixed(2).padStart(6)} MB  ${String(claims).padStart(6)} claims  ` +
      `detector ${detector.toFixed(1).padStart(6)} MB/s  floor ${floor.toFixed(1).padStart(6)} MB/s  ratio ${(detector / floor).toFixed(2)}`,
  );
}

const pages = loadPages();
const corpus: Input[] = pages.map((p) => ({ text: p.reference, blocks: p.blocks }));
const paragraphs: Block[] = pages.flatMap((p) =>
  p.blocks.filter((b) => b.kind !== 'title').map((b) => ({ kind: b.kind, text: p.reference.slice(b.start, b.end) })),
);

console.log('# Claim detector throughput (segmentation + detection), best of timed rounds\n');
report(`corpus reference texts (${pages.length} pages)`, corpus);
report('synthetic article (~5 MB)', [synthetic(paragraphs, 5 * 2 ** 20)]);
