import { describe, expect, it } from 'vitest';
import {
  exactCounts,
  formatSpanScores,
  prf,
  scoreSpans,
  tokenCounts,
  tokenize,
  type CharSpan,
  type RoleSpans,
} from '../../../scripts/lib/span-score.ts';

const text = 'Officials said the plan, which critics called reckless, would fail.';
const at = (phrase: string, from = 0): CharSpan => {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" not in the test text`);
  return { start, end: start + phrase.length };
};
const none: RoleSpans = { cue: [], source: [], content: [] };

describe('tokenize', () => {
  it('splits words and punctuation, skipping spaces', () => {
    expect(tokenize('He said, "no."').map(([s, e]) => 'He said, "no."'.slice(s, e))).toEqual([
      'He',
      'said',
      ',',
      '"',
      'no',
      '.',
      '"',
    ]);
  });
});

describe('exact span counts', () => {
  it('counts a span with the same start and end as a hit, and ignores edge whitespace', () => {
    const gold = [at('Officials'), at('critics')];
    const predicted = [{ ...at('Officials'), end: at('Officials').end + 1 }, at('critics called')];
    expect(exactCounts(text, gold, predicted)).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches each gold span once, so a duplicate prediction is a false positive', () => {
    expect(exactCounts(text, [at('said')], [at('said'), at('said')])).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('counts each fragment of a discontinuous span as a span of its own', () => {
    const said = at('said');
    const called = at('called');
    const split: CharSpan = {
      start: said.start,
      end: called.end,
      fragments: [
        [said.start, said.end],
        [called.start, called.end],
      ],
    };
    expect(exactCounts(text, [split], [said, called])).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(exactCounts(text, [split], [{ start: said.start, end: called.end }])).toEqual({ tp: 0, fp: 1, fn: 2 });
  });

  it('rejects a fragment outside its span', () => {
    expect(() => exactCounts(text, [{ start: 0, end: 4, fragments: [[2, 9]] }], [])).toThrow(/not inside its span/);
  });

  it('rejects a span that does not fit the text', () => {
    expect(() => exactCounts(text, [{ start: 5, end: 500 }], [])).toThrow(/not inside a text/);
  });
});

describe('token counts', () => {
  it('gives partial credit for an overlapping span', () => {
    // Gold "the plan" (2 tokens); predicted "plan, which" (3 tokens: plan , which).
    expect(tokenCounts(text, [at('the plan')], [at('plan, which')])).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it('counts a token once even when two spans cover it', () => {
    expect(tokenCounts(text, [at('would fail')], [at('would'), at('would fail')])).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('uses fragments of a discontinuous span and not the gap between them', () => {
    const said = at('said');
    const called = at('called');
    const split: CharSpan = {
      start: said.start,
      end: called.end,
      fragments: [
        [said.start, said.end],
        [called.start, called.end],
      ],
    };
    expect(tokenCounts(text, [split], [said, called])).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(tokenCounts(text, [split], [{ start: said.start, end: called.end }]).fp).toBeGreaterThan(0);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1, and 0 for an empty denominator', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoreSpans', () => {
  it('scores each role separately and sums counts over documents', () => {
    const gold: RoleSpans = {
      source: [at('Officials'), at('critics')],
      cue: [at('said'), at('called')],
      content: [at('the plan')],
    };
    const predicted: RoleSpans = { source: [at('Officials')], cue: [at('said'), at('called')], content: [at('plan')] };
    const scores = scoreSpans([
      { text, gold, predicted },
      { text, gold: none, predicted: { ...none, source: [at('would')] } },
    ]);
    expect(scores.cue.exact).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(scores.source.exact).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(scores.content.exact).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(scores.content.token).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    const table = formatSpanScores(scores);
    expect(table).toMatch(/^cue\s+exact\s+100\.0%\s+100\.0%\s+100\.0%/m);
    expect(table).toMatch(/^source\s+exact\s+50\.0%\s+50\.0%\s+50\.0%/m);
  });
});
