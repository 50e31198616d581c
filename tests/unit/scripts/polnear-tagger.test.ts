import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldRoleSpans, scoreAttributionSpans } from '../../../scripts/lib/polnear-eval.ts';
import { engineRoleSpans, spansFromFile, taggerRoleSpans } from '../../../scripts/lib/polnear-tagger.ts';
import { makeDoc } from './polnear-fixture.ts';

const text = 'Budget Fight.\n\nOfficials said the plan would fail. Mr. Brown said the plan was fine.';
const doc = makeDoc(text, [
  { source: 'Officials', cue: 'said', content: 'the plan would fail' },
  { source: 'Mr. Brown', cue: 'said', content: 'the plan was fine' },
]);
const spanOf = (s: { start: number; end: number } | null): { start: number; end: number; text: string } => {
  if (!s) throw new Error('the fixture lost a span');
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
};
/** A tagger that returns the gold attributions, in the engine's shape. */
const goldTagger = (): unknown =>
  doc.attributions.map((a) => ({ cue: spanOf(a.cue), source: spanOf(a.source), content: a.contents.map(spanOf) }));

describe('the engine tagger adapter', () => {
  it('scores a tagger that returns the gold spans as perfect', () => {
    const score = scoreAttributionSpans([doc], taggerRoleSpans(goldTagger, [doc]));
    for (const role of ['cue', 'source', 'content'] as const) expect(score[role].exact.f1).toBe(1);
  });

  it('accepts the list inside an object, a single content span and missing roles', () => {
    const spans = taggerRoleSpans(
      () => ({
        attributions: [
          { cue: spanOf(doc.attributions[0]!.cue), source: null, content: spanOf(doc.attributions[0]!.contents[0]!) },
        ],
      }),
      [doc],
    );
    expect(spans[0]).toEqual({ cue: [{ start: 25, end: 29 }], source: [], content: [{ start: 30, end: 49 }] });
  });

  it('names the article and the problem when the output has another shape', () => {
    const wrongShape = (): unknown => [{ cue: { from: 1, to: 2 } }];
    expect(() => taggerRoleSpans(wrongShape, [doc])).toThrow(/analyseAttributions on test-doc/);
  });

  it('keeps every content span of an attribution', () => {
    const twoContents = engineRoleSpans([
      {
        contents: [
          { start: 0, end: 3 },
          { start: 5, end: 9 },
        ],
      },
    ]);
    expect(twoContents.content).toHaveLength(2);
  });
});

describe('span files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polnear-spans-'));
  const file = (name: string, data: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(data));
    return path;
  };
  const pairs = (list: Array<{ start: number; end: number }>): Array<[number, number]> =>
    list.map((s) => [s.start, s.end]);

  it('reads spans per article and counts an article missing from the file as one with none', () => {
    const gold = goldRoleSpans(doc);
    const other = makeDoc('Nothing here.', [], 'other-doc');
    const path = file('ok.json', {
      'test-doc': { cue: pairs(gold.cue), source: pairs(gold.source), content: pairs(gold.content) },
    });
    const { spans, missing } = spansFromFile(path, [doc, other]);
    expect(missing).toBe(1);
    expect(scoreAttributionSpans([doc, other], spans).source.exact.f1).toBe(1);
  });

  it('refuses ids that are not articles of the split', () => {
    const path = file('stray.json', { 'no-such-doc': { cue: [], source: [], content: [] } });
    expect(() => spansFromFile(path, [doc])).toThrow(/1 ids are not articles of this split, e.g. "no-such-doc"/);
  });

  it('refuses a file of another shape', () => {
    expect(() => spansFromFile(file('bad.json', { 'test-doc': { cue: [[1]] } }), [doc])).toThrow(/not a span file/);
  });
});
