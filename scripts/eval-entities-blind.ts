/**
 * Scores entity recognition on the blind wire sets (tests/fixtures/entities/blind): each document
 * goes through the path the CLI takes for plain text (articleFromText → joinArticle →
 * segmentSentences → recognizeEntities). Exact-span precision, recall and F1 per CoNLL type
 * (person → PER, organization and outlet → ORG, place → LOC) and micro-F1. MISC gold spans are not
 * scored, so a PER/ORG/LOC prediction on one is simply a false positive.
 *
 * `--rules` also scores the rule recogniser that preceded the learned tagger (rules.ts).
 *
 *   npx tsx scripts/eval-entities-blind.ts [--batch 1] [--errors] [--compromise] [--rules]
 */
import { articleFromText } from '../src/cli/article.ts';
import { joinArticle } from '../src/core/model/article.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { recognizeEntities } from '../src/core/entities/recognize.ts';
import { recognizeEntitiesByRules } from '../src/core/entities/rules.ts';
import { blindBatches, loadBlind, verify } from '../tests/fixtures/entities/blind/build.ts';
import { CONLL, compromiseSpans, scoreNer, type NerScoring, type NerSpan } from './lib/ner.ts';

function ours(text: string, recognize = recognizeEntities): NerSpan[] {
  // The CLI's own reading of a plain-text file; the blind texts are already in its joined form.
  const { text: joined, blocks } = joinArticle(articleFromText(text));
  if (joined !== text) throw new Error('blind text differs from the engine text; rebuild the blind set');
  return recognize(joined, segmentSentences(joined, blocks)).map((e) => ({
    start: e.start,
    end: e.end,
    type: CONLL[e.type],
  }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--batch');
  const only = at >= 0 ? args[at + 1] : undefined;
  const files = blindBatches().filter((f) => !only || f === `batch${only}.json`);
  if (!files.length) throw new Error(`no blind batch ${only ?? ''}`);
  for (const file of files) {
    const docs = loadBlind(file);
    verify(docs, file);
    const gold = docs.map((d) =>
      d.entities.flatMap((e) =>
        e.type === 'MISC' ? [] : [{ start: e.start, end: e.start + e.text.length, type: e.type }],
      ),
    );
    const t0 = performance.now();
    const scored: NerScoring[] = docs.map((d, i) => ({
      id: `${file.replace('.json', '')}#${i}`,
      text: d.text,
      gold: gold[i] as NerSpan[],
      pred: ours(d.text),
    }));
    const ms = performance.now() - t0;
    console.log(
      `\n${file}: Sourcelight on ${docs.length} documents (${gold.flat().length} scored gold mentions), ${ms.toFixed(0)} ms`,
    );
    scoreNer(scored, args.includes('--errors'));
    if (args.includes('--rules')) {
      const rules = docs.map((d, i) => ({
        id: String(i),
        text: d.text,
        gold: gold[i] as NerSpan[],
        pred: ours(d.text, recognizeEntitiesByRules),
      }));
      console.log(`rules (before the learned tagger) on ${file}`);
      scoreNer(rules, false);
    }
    if (args.includes('--compromise')) {
      const theirs: NerScoring[] = [];
      for (const [i, d] of docs.entries())
        theirs.push({ id: String(i), text: d.text, gold: gold[i] as NerSpan[], pred: await compromiseSpans(d.text) });
      console.log(`compromise on ${file}`);
      scoreNer(theirs, false);
    }
  }
}

await main();
