/**
 * `npm run eval`: scores the anonymous-source claim detector against the labelled corpus
 * (../shared/corpus) with the corpus' matching rule, and prints recall and precision per kind and
 * overall. `--verbose` lists every miss and false positive with its page.
 *
 * Section 1 runs segmentation + detection on the reference article text the labels were written
 * against. Section 2, when the DOM extractor exists, runs the whole pipeline as the extension
 * does (extractArticle on a linkedom document, then analyze) and also reports how much of the
 * labelled text the extractor kept.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLAIM_KINDS, type Claim } from '../src/core/model/analysis.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { detectClaims } from '../src/core/claims/detect.ts';
import {
  REPO_ROOT, findQuote, loadLabels, loadNegatives, loadPages, matchPage, NormalizedText,
  type CorpusPage, type Detection, type Label, type MatchResult, type Negative, type PageTruth,
} from './lib/corpus.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

interface PageRun {
  page: string;
  /** The text the detector ran on, whitespace-normalised. */
  normalized: string;
  detections: Detection[];
}

interface Score {
  runs: PageRun[];
  results: Map<string, { truth: PageTruth; match: MatchResult }>;
}

function truthFor(normalized: string, labels: Label[], negatives: Negative[]): PageTruth {
  return {
    labels: labels.map((l) => ({ ...l, span: findQuote(normalized, l.quote) })),
    negatives: negatives.map((n) => ({ ...n, span: findQuote(normalized, n.quote) })),
  };
}

function toDetections(text: string, claims: Claim[]): { normalized: string; detections: Detection[] } {
  const norm = new NormalizedText(text);
  const detections = claims.map((c) => ({ ...norm.span(c.start, c.end), kind: c.kind, text: c.text, cue: c.cue.text }));
  return { normalized: norm.normalized, detections };
}

function score(runs: PageRun[], labels: Label[], negatives: Negative[]): Score {
  const results = new Map<string, { truth: PageTruth; match: MatchResult }>();
  for (const run of runs) {
    const truth = truthFor(run.normalized, labels.filter((l) => l.page === run.page), negatives.filter((n) => n.page === run.page));
    results.set(run.page, { truth, match: matchPage(truth, run.detections) });
  }
  return { runs, results };
}

const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6));
const clip = (s: string, n = 150): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

function report(title: string, { runs, results }: Score, note?: string): void {
  console.log(`\n## ${title}\n`);
  if (note) console.log(`${note}\n`);
  let labelsAll = 0, hitsAll = 0, detAll = 0, tpAll = 0, agreeAll = 0, negFlagged = 0, negAll = 0;
  const byKind = new Map<string, { labels: number; hits: number; det: number; tp: number }>();
  const kind = (k: string) => byKind.get(k) ?? (byKind.set(k, { labels: 0, hits: 0, det: 0, tp: 0 }), byKind.get(k)!);
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
  for (const k of [...CLAIM_KINDS, ...[...byKind.keys()].filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k))]) {
    const s = byKind.get(k);
    if (!s) continue;
    console.log(`${k.padEnd(24)} ${String(s.labels).padStart(6)}  ${pct(s.hits, s.labels)} | ${String(s.det).padStart(10)}  ${pct(s.tp, s.det)}`);
  }
  console.log(`${'overall'.padEnd(24)} ${String(labelsAll).padStart(6)}  ${pct(hitsAll, labelsAll)} | ${String(detAll).padStart(10)}  ${pct(tpAll, detAll)}`);
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
      else if (hit.kind !== label.kind) console.log(`  KIND [${run.page}] ${hit.kind} ≠ ${label.kind} (cue "${hit.cue}"): ${clip(label.quote, 90)}`);
    });
    for (const fp of match.falsePositives) {
      const neg = match.negativesFlagged.find((n) => n.detection === fp);
      console.log(`  FALSE POSITIVE [${run.page}] ${fp.kind} (cue "${fp.cue}")${neg ? ` on negative "${neg.negative.note}"` : ''}: ${clip(fp.text)}`);
    }
  }
}

/** Section 1: the detector on the reference text, with Readability's blocks. */
function referenceRuns(pages: CorpusPage[]): PageRun[] {
  return pages.map((p) => {
    const sentences = segmentSentences(p.reference, p.blocks);
    const { normalized, detections } = toDetections(p.reference, detectClaims(p.reference, sentences));
    return { page: p.name, normalized, detections };
  });
}

/** Section 2: the extension's own pipeline, if the DOM extractor is there. */
async function pipelineRuns(pages: CorpusPage[], labels: Label[]): Promise<{ runs: PageRun[]; coverage: string } | null> {
  const extractor = path.join(REPO_ROOT, 'src/dom/article/extract.ts');
  if (!existsSync(extractor)) return null;
  let modules;
  try {
    modules = await Promise.all([import(pathToFileURL(extractor).href), import('../src/core/analyze.ts'), import('linkedom')]);
  } catch (err) {
    console.log(`\n(full-pipeline section skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    return null;
  }
  const [{ extractArticle }, { analyze }, { DOMParser }] = modules as [
    { extractArticle: (doc: Document) => { article: import('../src/core/model/article.ts').Article } },
    typeof import('../src/core/analyze.ts'),
    typeof import('linkedom'),
  ];
  let found = 0;
  const runs = pages.map((p) => {
    // linkedom's Document is close enough to the DOM's for the extractor, which is written for both.
    const doc = new DOMParser().parseFromString(p.html, 'text/html') as unknown as Document;
    const analysis = analyze(extractArticle(doc).article);
    const { normalized, detections } = toDetections(analysis.text, analysis.claims);
    for (const l of labels) if (l.page === p.name && findQuote(normalized, l.quote)) found++;
    return { page: p.name, normalized, detections };
  });
  return { runs, coverage: `label coverage of the extracted text: ${found}/${labels.length} = ${pct(found, labels.length).trim()}` };
}

async function main(): Promise<void> {
  const labels = loadLabels();
  const negatives = loadNegatives();
  const pages = loadPages();
  console.log(`# Anonymous-source claims: ${pages.length} pages, ${labels.length} labels, ${negatives.length} negatives`);
  report('Detector on the reference article text (Readability 0.6.0)', score(referenceRuns(pages), labels, negatives));
  const pipeline = await pipelineRuns(pages, labels);
  if (pipeline) report('Full pipeline: extractArticle (linkedom) → analyze', score(pipeline.runs, labels, negatives), pipeline.coverage);
  else if (!existsSync(path.join(REPO_ROOT, 'src/dom/article/extract.ts'))) {
    console.log('\n(src/dom/article/extract.ts not there yet: full-pipeline section skipped)');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
