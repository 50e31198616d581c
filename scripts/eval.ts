/**
 * `npm run eval`: scores the anonymous-source claim detector against the labelled corpus
 * (../shared/corpus) with the corpus' matching rule, and prints recall and precision per kind and
 * overall. `--verbose` lists every miss and false positive with its page.
 *
 * Section 1 runs segmentation + detection on the reference article text the labels were written
 * against. Section 2, when the DOM extractor exists, runs the whole pipeline as the extension
 * does (extractArticle on a linkedom document, then analyze) and also reports how much of the
 * labelled text the extractor kept.
 *
 * Section 3 is `npm run eval:polnear`'s dev figures (scripts/eval-polnear.ts): the engine on PolNeAR's dev
 * articles against gold attributions classed anonymous / named / hedge / neither / unclear, and the attribution
 * tagger's span F1 per role there once src/core/attribution/analyse.ts exists.
 *
 * Section 4: entities on CoNLL-2003's eng.testa, per type (scripts/eval-entities-conll.ts), when
 * ../shared/conll is there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONLL_DIR } from './lib/conll.ts';
import { evalConll } from './eval-entities-conll.ts';
import { pathToFileURL } from 'node:url';
import { segmentSentences } from '../src/core/text/segment.ts';
import { detectClaims } from '../src/core/claims/detect.ts';
import { POLNEAR } from './lib/polnear.ts';
import { polnearSection, polnearTaggerSection } from './eval-polnear.ts';
import {
  REPO_ROOT,
  findQuote,
  loadLabels,
  loadNegatives,
  loadPages,
  pct,
  printScore,
  scoreRuns,
  toDetections,
  type CorpusPage,
  type Label,
  type PageRun,
} from './lib/corpus.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** Section 1: the detector on the reference text, with Readability's blocks. */
function referenceRuns(pages: CorpusPage[]): PageRun[] {
  return pages.map((p) => {
    const sentences = segmentSentences(p.reference, p.blocks);
    const { normalized, detections } = toDetections(p.reference, detectClaims(p.reference, sentences));
    return { page: p.name, normalized, detections };
  });
}

/** Section 2: the extension's own pipeline, if the DOM extractor is there. */
async function pipelineRuns(
  pages: CorpusPage[],
  labels: Label[],
): Promise<{ runs: PageRun[]; coverage: string } | null> {
  const extractor = path.join(REPO_ROOT, 'src/dom/article/extract.ts');
  if (!existsSync(extractor)) return null;
  let modules: unknown[];
  try {
    modules = await Promise.all([
      import(pathToFileURL(extractor).href),
      import('../src/core/analyze.ts'),
      import('linkedom'),
    ]);
  } catch (err) {
    console.log(
      `\n(full-pipeline section skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    );
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
  return {
    runs,
    coverage: `label coverage of the extracted text: ${found}/${labels.length} = ${pct(found, labels.length).trim()}`,
  };
}

async function main(): Promise<void> {
  const labels = loadLabels();
  const negatives = loadNegatives();
  const pages = loadPages();
  console.log(
    `# Anonymous-source claims: ${pages.length} pages, ${labels.length} labels, ${negatives.length} negatives`,
  );
  printScore(
    'Detector on the reference article text (Readability 0.6.0)',
    scoreRuns(referenceRuns(pages), labels, negatives),
    { verbose },
  );
  const pipeline = await pipelineRuns(pages, labels);
  if (pipeline)
    printScore('Full pipeline: extractArticle (linkedom) → analyze', scoreRuns(pipeline.runs, labels, negatives), {
      note: pipeline.coverage,
      verbose,
    });
  else if (!existsSync(path.join(REPO_ROOT, 'src/dom/article/extract.ts'))) {
    console.log('\n(src/dom/article/extract.ts not there yet: full-pipeline section skipped)');
  }
  if (existsSync(POLNEAR)) {
    polnearSection('dev', { verbose });
    await polnearTaggerSection();
  } else console.log(`\n(PolNeAR not found at ${POLNEAR}: its section is skipped)`);
  if (existsSync(path.join(CONLL_DIR, 'eng.testa'))) evalConll(verbose);
  else console.log(`\n(entities on CoNLL eng.testa skipped: no ${CONLL_DIR}/eng.testa)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
