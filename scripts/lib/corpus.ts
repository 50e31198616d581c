/**
 * The labelled corpus (../shared/corpus, beside the repository): pages, labels, negatives, the
 * reference article text the labels were written against, and the corpus' matching rule.
 * Shared by `npm run eval`, the benchmarks and the end-to-end tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { BlockKind, BlockSpan } from '../../src/core/model/article.ts';
import { CLAIM_KINDS, type Claim } from '../../src/core/model/analysis.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus');

export interface Label {
  page: string;
  quote: string;
  kind: string;
  cue: string;
}

export interface Negative {
  page: string;
  quote: string;
  note: string;
}

export interface CorpusPage {
  name: string;
  html: string;
  /** Readability title + "\n\n" + article.textContent, as the labels were written against. */
  reference: string;
  /** Readability's block elements (and the title) placed in `reference`. */
  blocks: BlockSpan[];
  /** `reference` with every run of whitespace made one space: the text spans are matched in. */
  normalized: string;
}

export function loadLabels(dir = CORPUS_DIR): Label[] {
  return JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
}

export function loadNegatives(dir = CORPUS_DIR): Negative[] {
  return JSON.parse(readFileSync(path.join(dir, 'negatives.json'), 'utf8')) as Negative[];
}

export function pageNames(dir = CORPUS_DIR): string[] {
  return readdirSync(path.join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

export function readPageHtml(name: string, dir = CORPUS_DIR): string {
  return readFileSync(path.join(dir, 'pages', `${name}.html`), 'utf8');
}

export interface ReferenceArticle {
  /** Readability title + "\n\n" + article.textContent. */
  text: string;
  /** The title and each block element's text, placed in `text`. */
  blocks: BlockSpan[];
}

/**
 * Readability 0.6.0 on jsdom, the way the labels' reference text was made, with the block
 * structure of Readability's article content mapped onto that text so that the segmenter can be
 * run on it directly and every offset is an offset in the reference text.
 */
export function referenceArticle(html: string, url = 'https://example.com/article'): ReferenceArticle {
  // Pages carry scripts and broken CSS; jsdom's console noise is not ours to report.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  if (!parsed) return { text: '', blocks: [] };
  const title = parsed.title ?? '';
  const body = parsed.textContent ?? '';
  const text = `${title}\n\n${body}`;
  const blocks: BlockSpan[] = [];
  const trimmed = trimSpan(text, 0, title.length);
  if (trimmed) blocks.push({ kind: 'title', ...trimmed });
  const content = new JSDOM(`<body>${parsed.content ?? ''}</body>`).window.document.body;
  const offset = title.length + 2;
  if (content.textContent === body) {
    for (const b of blockSpans(content)) {
      const span = trimSpan(text, offset + b.start, offset + b.end);
      if (span) blocks.push({ kind: b.kind, ...span });
    }
  } else {
    // Should not happen; lines are the next best guess at blocks.
    let at = offset;
    for (const line of body.split('\n')) {
      const span = trimSpan(text, at, at + line.length);
      if (span) blocks.push({ kind: 'paragraph', ...span });
      at += line.length + 1;
    }
  }
  return { text, blocks };
}

export function referenceText(html: string): string {
  return referenceArticle(html).text;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DL',
  'DT',
  'DD',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'HR',
  'BR',
  'ADDRESS',
]);

function kindOf(tag: string): BlockKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'FIGCAPTION') return 'caption';
  if (tag === 'PRE') return 'preformatted';
  return 'paragraph';
}

/** Cuts an element's text at every block element's start and end (and at <br>). */
function blockSpans(root: Element): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let pos = 0;
  let from = 0;
  const kinds: BlockKind[] = ['paragraph'];
  const cut = (): void => {
    if (pos > from) spans.push({ kind: kinds[kinds.length - 1] ?? 'paragraph', start: from, end: pos });
    from = pos;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      pos += (node.nodeValue ?? '').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      cut();
      kinds.push(kindOf(tag));
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      cut();
      kinds.pop();
    }
  };
  walk(root);
  cut();
  return spans;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}

export function loadPage(name: string, dir = CORPUS_DIR): CorpusPage {
  const html = readPageHtml(name, dir);
  const { text: reference, blocks } = referenceArticle(html);
  return { name, html, reference, blocks, normalized: normalizeWhitespace(reference) };
}

export function loadPages(dir = CORPUS_DIR): CorpusPage[] {
  return pageNames(dir).map((name) => loadPage(name, dir));
}

export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Offsets of `text` as it stands after whitespace normalisation, so spans can be compared. */
export class NormalizedText {
  readonly normalized: string;
  /** For each code unit of the source text, its offset in `normalized`. */
  private readonly map: Int32Array;

  constructor(readonly source: string) {
    const map = new Int32Array(source.length + 1);
    let out = '';
    let inSpace = false;
    for (let i = 0; i < source.length; i++) {
      const ch = source[i] as string;
      map[i] = out.length;
      if (/\s/.test(ch)) {
        if (!inSpace) out += ' ';
        inSpace = true;
      } else {
        out += ch;
        inSpace = false;
      }
    }
    map[source.length] = out.length;
    this.normalized = out;
    this.map = map;
  }

  /** The normalised span of source[start, end). */
  span(start: number, end: number): NSpan {
    return { start: this.map[start] ?? 0, end: this.map[end] ?? this.normalized.length };
  }
}

export interface NSpan {
  start: number;
  end: number;
}

/** Where a (normalised) quote sits in a normalised text, or null when it is not there. */
export function findQuote(normalized: string, quote: string): NSpan | null {
  const q = normalizeWhitespace(quote).trim();
  const at = normalized.indexOf(q);
  return at < 0 ? null : { start: at, end: at + q.length };
}

export function overlaps(a: NSpan, b: NSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface Detection extends NSpan {
  kind: string;
  text: string;
  cue: string;
}

export interface PageTruth {
  labels: (Label & { span: NSpan | null })[];
  negatives: (Negative & { span: NSpan | null })[];
}

export interface MatchResult {
  /** For each label, the detection that hit it (at most one label per detection, one per label). */
  hits: (Detection | null)[];
  /** Detections overlapping no label. */
  falsePositives: Detection[];
  /** Detections overlapping a negative (also false positives). */
  negativesFlagged: { negative: Negative; detection: Detection }[];
  truePositives: number;
}

/**
 * The corpus' matching rule: a detection hits a label when their spans overlap; each label is hit
 * at most once; a detection counts for precision when it overlaps some label, and a detection
 * overlapping a negative is a false positive. Read strictly, one detection also hits at most one
 * label (the first it overlaps that is not hit yet), so a sentence-wide detection does not earn
 * two clause labels.
 */
export function matchPage(truth: PageTruth, detections: Detection[]): MatchResult {
  const hits: (Detection | null)[] = truth.labels.map(() => null);
  const falsePositives: Detection[] = [];
  const negativesFlagged: MatchResult['negativesFlagged'] = [];
  let truePositives = 0;
  for (const d of detections) {
    let overlapsLabel = false;
    truth.labels.forEach((label, i) => {
      if (!label.span || !overlaps(d, label.span)) return;
      overlapsLabel = true;
      if (!hits[i] && !hits.includes(d)) hits[i] = d;
    });
    const negative = truth.negatives.find((n) => n.span && overlaps(d, n.span));
    if (negative) negativesFlagged.push({ negative, detection: d });
    if (overlapsLabel && !negative) truePositives++;
    else falsePositives.push(d);
  }
  return { hits, falsePositives, negativesFlagged, truePositives };
}

// Scoring and printing, shared by `npm run eval` and the blind sets' evaluation.

export interface PageRun {
  page: string;
  /** The text the detector ran on, whitespace-normalised. */
  normalized: string;
  detections: Detection[];
}

export interface Score {
  runs: PageRun[];
  results: Map<string, { truth: PageTruth; match: MatchResult }>;
}

function truthFor(normalized: string, labels: Label[], negatives: Negative[]): PageTruth {
  return {
    labels: labels.map((l) => ({ ...l, span: findQuote(normalized, l.quote) })),
    negatives: negatives.map((n) => ({ ...n, span: findQuote(normalized, n.quote) })),
  };
}

export function toDetections(text: string, claims: Claim[]): { normalized: string; detections: Detection[] } {
  const norm = new NormalizedText(text);
  const detections = claims.map((c) => ({ ...norm.span(c.start, c.end), kind: c.kind, text: c.text, cue: c.cue.text }));
  return { normalized: norm.normalized, detections };
}

export function scoreRuns(runs: PageRun[], labels: Label[], negatives: Negative[]): Score {
  const results = new Map<string, { truth: PageTruth; match: MatchResult }>();
  for (const run of runs) {
    const truth = truthFor(
      run.normalized,
      labels.filter((l) => l.page === run.page),
      negatives.filter((n) => n.page === run.page),
    );
    results.set(run.page, { truth, match: matchPage(truth, run.detections) });
  }
  return { runs, results };
}

export const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6));
const clip = (s: string, n = 150): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** Prints recall and precision per kind and overall; with `verbose`, every miss and false positive. */
export function printScore(
  title: string,
  { runs, results }: Score,
  { note, verbose = false }: { note?: string; verbose?: boolean } = {},
): void {
  console.log(`\n## ${title}\n`);
  if (note) console.log(`${note}\n`);
  let labelsAll = 0,
    hitsAll = 0,
    detAll = 0,
    tpAll = 0,
    agreeAll = 0,
    negFlagged = 0,
    negAll = 0;
  const byKind = new Map<string, { labels: number; hits: number; det: number; tp: number }>();
  const kind = (k: string) => {
    let entry = byKind.get(k);
    if (!entry) {
      entry = { labels: 0, hits: 0, det: 0, tp: 0 };
      byKind.set(k, entry);
    }
    return entry;
  };
  for (const run of runs) {
    const { truth, match } = results.get(run.page)!;
    truth.labels.forEach((label, i) => {
      const hit = match.hits[i];
      labelsAll++;
      kind(label.kind).labels++;
      if (hit) {
        hitsAll++;
        kind(label.kind).hits++;
        if (hit.kind === label.kind) agreeAll++;
      }
    });
    for (const d of run.detections) {
      detAll++;
      kind(d.kind).det++;
    }
    const fps = new Set(match.falsePositives);
    for (const d of run.detections) {
      if (!fps.has(d)) {
        tpAll++;
        kind(d.kind).tp++;
      }
    }
    negAll += truth.negatives.length;
    negFlagged += new Set(match.negativesFlagged.map((n) => n.negative)).size;
  }
  console.log('kind                     labels  recall | detections  precision');
  for (const k of [
    ...CLAIM_KINDS,
    ...[...byKind.keys()].filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k)),
  ]) {
    const s = byKind.get(k);
    if (!s) continue;
    console.log(
      `${k.padEnd(24)} ${String(s.labels).padStart(6)}  ${pct(s.hits, s.labels)} | ${String(s.det).padStart(10)}  ${pct(s.tp, s.det)}`,
    );
  }
  console.log(
    `${'overall'.padEnd(24)} ${String(labelsAll).padStart(6)}  ${pct(hitsAll, labelsAll)} | ${String(detAll).padStart(10)}  ${pct(tpAll, detAll)}`,
  );
  console.log(`\n(recall per kind is by the label's kind; precision per kind by the detection's kind)`);
  console.log(`kind agreement on hits: ${agreeAll}/${hitsAll} = ${pct(agreeAll, hitsAll).trim()}`);
  console.log(`negatives flagged: ${negFlagged}/${negAll}`);
  if (!verbose) return;
  for (const run of runs) {
    const { truth, match } = results.get(run.page)!;
    truth.labels.forEach((label, i) => {
      const hit = match.hits[i];
      if (!label.span) console.log(`  NOT IN TEXT [${run.page}] ${label.kind}: ${clip(label.quote)}`);
      else if (!hit) console.log(`  MISS [${run.page}] ${label.kind} (cue "${label.cue}"): ${clip(label.quote)}`);
      else if (hit.kind !== label.kind)
        console.log(`  KIND [${run.page}] ${hit.kind} ≠ ${label.kind} (cue "${hit.cue}"): ${clip(label.quote, 90)}`);
    });
    for (const fp of match.falsePositives) {
      const neg = match.negativesFlagged.find((n) => n.detection === fp);
      console.log(
        `  FALSE POSITIVE [${run.page}] ${fp.kind} (cue "${fp.cue}")${neg ? ` on negative "${neg.negative.note}"` : ''}: ${clip(fp.text)}`,
      );
    }
  }
}
