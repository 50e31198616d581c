/**
 * Scores the anonymous-source claim detector on the blind sets (tests/fixtures/claims/blind):
 * made-up articles labelled by the corpus rules before the detector was run on them. Each article
 * goes through joinArticle → segmentSentences → detectClaims, and is scored with the corpus'
 * matching rule (scripts/lib/corpus.ts). One report per batch.
 *
 *   npx tsx scripts/eval-blind.ts [--batch 2] [--verbose]
 */
import { joinArticle } from '../src/core/model/article.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { detectClaims } from '../src/core/claims/detect.ts';
import { printScore, scoreRuns, toDetections, type Label, type Negative, type PageRun } from './lib/corpus.ts';
import { articleText, blindFiles, loadBlindArticle, verify } from '../tests/fixtures/claims/blind/build.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const at = args.indexOf('--batch');
const only = at >= 0 ? args[at + 1] : undefined;

const batches = new Map<string, string[]>();
for (const file of blindFiles()) {
  const batch = /^b(\d+)-/.exec(file)?.[1];
  if (!batch || (only && batch !== only)) continue;
  batches.set(batch, [...(batches.get(batch) ?? []), file]);
}
if (!batches.size) throw new Error(`no blind batch ${only ?? ''}`);

for (const [batch, files] of [...batches].sort()) {
  const runs: PageRun[] = [];
  const labels: Label[] = [];
  const negatives: Negative[] = [];
  let ms = 0;
  let chars = 0;
  for (const file of files) {
    const page = file.replace(/\.json$/, '');
    const article = loadBlindArticle(file);
    verify(page, article);
    const joined = joinArticle({
      title: article.title,
      blocks: article.paragraphs.map((text) => ({ kind: 'paragraph', text })),
    });
    if (joined.text !== articleText(article)) throw new Error(`${page}: the engine's text is not the labelled text`);
    const t0 = performance.now();
    const claims = detectClaims(joined.text, segmentSentences(joined.text, joined.blocks));
    ms += performance.now() - t0;
    chars += joined.text.length;
    runs.push({ page, ...toDetections(joined.text, claims) });
    labels.push(...article.labels.map((l) => ({ page, ...l })));
    negatives.push(...article.negatives.map((n) => ({ page, ...n })));
  }
  const clean = files.filter((f) => loadBlindArticle(f).labels.length === 0).length;
  printScore(
    `Blind batch ${batch}: ${files.length} articles (${clean} without anonymous sourcing), ${labels.length} labels, ${negatives.length} negatives`,
    scoreRuns(runs, labels, negatives),
    { verbose, note: `${(chars / 1024).toFixed(0)} K characters in ${ms.toFixed(0)} ms` },
  );
}
