import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../../src/cli/article.ts';
import { joinArticle } from '../../../../src/core/model/article.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { recognizeEntities } from '../../../../src/core/entities/recognize.ts';
import { loadBlind, verify, type BlindDoc } from '../../../fixtures/entities/blind/build.ts';

const CONLL = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' } as const;

/** Exact-span micro-F1 over PER/ORG/LOC through the CLI's plain-text path; MISC is not scored. */
function microF1(docs: BlindDoc[]): number {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const d of docs) {
    const { text, blocks } = joinArticle(articleFromText(d.text));
    const want = new Set(
      d.entities.filter((e) => e.type !== 'MISC').map((e) => `${e.start}:${e.start + e.text.length}:${e.type}`),
    );
    gold += want.size;
    for (const e of recognizeEntities(text, segmentSentences(text, blocks))) {
      predicted++;
      if (want.has(`${e.start}:${e.end}:${CONLL[e.type]}`)) tp++;
    }
  }
  const p = tp / predicted;
  const r = tp / gold;
  return (2 * p * r) / (p + r);
}

describe('blind wire sets', () => {
  // Floors a little under the learned recogniser's figures (0.915, 0.896, 0.879, 0.859). Batch 1 was
  // the rules' tuning set (they scored 0.961 there), so its floor is no longer theirs.
  for (const [file, floor] of [
    ['batch1.json', 0.9],
    ['batch2.json', 0.87],
    ['batch3.json', 0.86],
    ['batch4.json', 0.84],
  ] as const) {
    it(`${file}: offsets match the text the CLI analyses, and micro-F1 stays at ${floor} or more`, () => {
      const docs = loadBlind(file);
      expect(() => verify(docs, file)).not.toThrow();
      expect(microF1(docs)).toBeGreaterThanOrEqual(floor);
    });
  }
});
