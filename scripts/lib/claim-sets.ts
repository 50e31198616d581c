/**
 * The labelled claim sets as one list of texts with their labels, so an evaluation or an ablation
 * can run any detector over all of them: the corpus DEV pages (Readability's text, as labelled)
 * and the blind batches (made-up articles labelled before the detector saw them).
 */
import { joinArticle, type BlockSpan } from '../../src/core/model/article.ts';
import type { Claim } from '../../src/core/model/analysis.ts';
import { blindFiles, loadBlindArticle } from '../../tests/fixtures/claims/blind/build.ts';
import {
  loadLabels,
  loadNegatives,
  loadPages,
  scoreRuns,
  toDetections,
  type Label,
  type Negative,
  type Score,
} from './corpus.ts';

export interface LabelledText {
  page: string;
  text: string;
  blocks: BlockSpan[];
}

export interface ClaimSet {
  name: string;
  texts: LabelledText[];
  labels: Label[];
  negatives: Negative[];
}

export function corpusSet(): ClaimSet {
  const texts = loadPages().map((p) => ({ page: p.name, text: p.reference, blocks: p.blocks }));
  return { name: 'corpus DEV', texts, labels: loadLabels(), negatives: loadNegatives() };
}

/** Blind batches by number ("2"…), each a set. */
export function blindSets(batches?: string[]): ClaimSet[] {
  const sets = new Map<string, ClaimSet>();
  for (const file of blindFiles()) {
    const batch = /^b(\d+)-/.exec(file)?.[1];
    if (!batch || (batches && !batches.includes(batch))) continue;
    const page = file.replace(/\.json$/, '');
    const a = loadBlindArticle(file);
    const joined = joinArticle({ title: a.title, blocks: a.paragraphs.map((text) => ({ kind: 'paragraph', text })) });
    const set = sets.get(batch) ?? { name: `blind ${batch}`, texts: [], labels: [], negatives: [] };
    set.texts.push({ page, ...joined });
    set.labels.push(...a.labels.map((l) => ({ page, ...l })));
    set.negatives.push(...a.negatives.map((n) => ({ page, ...n })));
    sets.set(batch, set);
  }
  return [...sets.values()].sort((a, b) => Number(a.name.split(' ')[1]) - Number(b.name.split(' ')[1]));
}

export interface SetFigures {
  labels: number;
  hit: number;
  detections: number;
  correct: number;
  negativesFlagged: number;
  recall: number;
  precision: number;
}

export function scoreSet(set: ClaimSet, detect: (t: LabelledText) => Claim[]): { score: Score; figures: SetFigures } {
  const runs = set.texts.map((t) => ({ page: t.page, ...toDetections(t.text, detect(t)) }));
  const score = scoreRuns(runs, set.labels, set.negatives);
  let hit = 0;
  let detections = 0;
  let correct = 0;
  let negativesFlagged = 0;
  for (const { match } of score.results.values()) {
    hit += match.hits.filter(Boolean).length;
    correct += match.truePositives;
    detections += match.truePositives + match.falsePositives.length;
    negativesFlagged += match.negativesFlagged.length;
  }
  const labels = set.labels.length;
  return {
    score,
    figures: {
      labels,
      hit,
      detections,
      correct,
      negativesFlagged,
      recall: labels ? hit / labels : 1,
      precision: detections ? correct / detections : 1,
    },
  };
}
