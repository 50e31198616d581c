/**
 * `npm run ablation`: what each rule family of src/core/claims adds beside the attribution model,
 * leaving one family out at a time. Measured on the development sets: the corpus DEV pages, blind
 * batches 1–7 pooled (both were used to write the rules, so they favour them) and PolNeAR dev
 * (never used to write them). The figures are quoted in each kept rule file's header.
 */
import { detectClaims, type DetectOptions } from '../src/core/claims/detect.ts';
import { ALL_FAMILIES, type Family } from '../src/core/claims/cues.ts';
import { joinArticle } from '../src/core/model/article.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { blindSets, corpusSet, scoreSet } from './lib/claim-sets.ts';
import { loadPolnear } from './lib/polnear.ts';
import { polnearArticle, scoreClaims, type PredictedClaim } from './lib/polnear-eval.ts';
import { classifyDoc } from './lib/polnear-classes.ts';

const sets = [corpusSet(), ...blindSets(['1', '2', '3', '4', '5', '6', '7'])];
const polnear = loadPolnear('dev');
const classed = polnear.map(classifyDoc);
const articles = polnear.map((doc) => {
  const { article, toDoc } = polnearArticle(doc.text);
  const { text, blocks } = joinArticle(article);
  return { text, sentences: segmentSentences(text, blocks), toDoc };
});

function measure(options: DetectOptions): string {
  let labels = 0,
    hit = 0,
    detections = 0,
    correct = 0,
    negatives = 0;
  for (const set of sets) {
    const { figures: f } = scoreSet(set, (t) => detectClaims(t.text, segmentSentences(t.text, t.blocks), options));
    labels += f.labels;
    hit += f.hit;
    detections += f.detections;
    correct += f.correct;
    negatives += f.negativesFlagged;
  }
  const predicted: PredictedClaim[][] = articles.map(({ text, sentences, toDoc }) =>
    detectClaims(text, sentences, options).map((c) => ({
      start: toDoc(c.start),
      end: toDoc(c.end),
      kind: c.kind,
      text: c.text,
      cue: { start: toDoc(c.cue.start), end: toDoc(c.cue.end) },
    })),
  );
  const p = scoreClaims(polnear, predicted, classed);
  const anon = p.byClass.anonymous;
  const named = p.byClass.named;
  return (
    `dev sets R ${(hit / labels).toFixed(3)} P ${(correct / detections).toFixed(3)} (negatives flagged ${negatives})` +
    ` · PolNeAR dev anonymous found ${((100 * anon.found) / anon.total).toFixed(1)}%,` +
    ` named flagged ${((100 * named.found) / named.total).toFixed(2)}%`
  );
}

console.log(`${'all rule families + model'.padEnd(34)} ${measure({})}`);
console.log(`${'rules alone (no model)'.padEnd(34)} ${measure({ model: false })}`);
console.log(`${'model alone (no rules)'.padEnd(34)} ${measure({ families: new Set() })}`);
for (const family of ALL_FAMILIES) {
  const families = new Set<Family>([...ALL_FAMILIES].filter((f) => f !== family));
  console.log(`${`without ${family}`.padEnd(34)} ${measure({ families })}`);
}
