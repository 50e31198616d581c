/**
 * Scores entity recognition on the dev set (tests/fixtures/entities): exact-span precision, recall
 * and F1 per CoNLL type (person → PER, organization and outlet → ORG, place → LOC) and micro-F1.
 *
 *   npx tsx scripts/eval-entities.ts [--errors] [--compromise]
 *
 * --errors lists every miss and false alarm; --compromise scores the compromise library on the same
 * texts for comparison (a devDependency, never used by src).
 */
import { loadPage } from './lib/corpus.ts';
import { joinArticle } from '../src/core/model/article.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { recognizeEntities } from '../src/core/entities/recognize.ts';
import { corpusLabels, goldFromMentions, wireDocs } from '../tests/fixtures/entities/dev-set.ts';
import { CONLL, compromiseSpans, scoreNer, type NerScoring, type NerSpan } from './lib/ner.ts';

interface Doc {
  id: string;
  text: string;
  gold: NerSpan[];
  predict: () => NerSpan[];
}

function docs(): Doc[] {
  const out: Doc[] = [];
  for (const d of wireDocs()) {
    const { text, blocks } = joinArticle(d.article);
    out.push({ id: d.id, text, gold: d.gold, predict: () => ours(text, segmentSentences(text, blocks)) });
  }
  for (const p of corpusLabels()) {
    const page = loadPage(p.page);
    const text = page.reference;
    out.push({
      id: p.page,
      text,
      gold: goldFromMentions(text, p.mentions),
      predict: () => ours(text, segmentSentences(text, page.blocks)),
    });
  }
  return out;
}

function ours(text: string, sentences: ReturnType<typeof segmentSentences>): NerSpan[] {
  return recognizeEntities(text, sentences).map((e) => ({ start: e.start, end: e.end, type: CONLL[e.type] }));
}

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors');
  const all = docs();
  const t0 = performance.now();
  const results = all.map((d) => ({ id: d.id, text: d.text, gold: d.gold, pred: d.predict() }));
  const ms = performance.now() - t0;
  console.log(
    `Sourcelight on ${all.length} dev documents (${results.reduce((n, d) => n + d.gold.length, 0)} gold mentions), ${ms.toFixed(0)} ms`,
  );
  scoreNer(results, showErrors);
  if (process.argv.includes('--compromise')) {
    const theirs: NerScoring[] = [];
    for (const d of all) theirs.push({ id: d.id, text: d.text, gold: d.gold, pred: await compromiseSpans(d.text) });
    console.log('\ncompromise on the same documents');
    scoreNer(theirs, false);
  }
}

await main();
