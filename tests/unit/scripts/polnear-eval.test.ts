import { describe, expect, it } from 'vitest';
import { classifyDoc } from '../../../scripts/lib/polnear-classes.ts';
import {
  claimFinds,
  claimTouches,
  engineClaims,
  goldRoleSpans,
  polnearArticle,
  scoreAttributionSpans,
  scoreClaims,
  type PredictedClaim,
} from '../../../scripts/lib/polnear-eval.ts';
import { makeDoc } from './polnear-fixture.ts';

const text = 'Budget Fight.\n\nOfficials said the plan would fail. Mr. Brown said the plan was fine.';
const doc = makeDoc(text, [
  { source: 'Officials', cue: 'said', content: 'the plan would fail' },
  { source: 'Mr. Brown', cue: 'said', content: 'the plan was fine' },
]);
const at = (phrase: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length };
};
const sentence1 = at('Officials said the plan would fail.');
const sentence2 = at('Mr. Brown said the plan was fine.');

describe('the matching rule', () => {
  const [anonymous, named] = doc.attributions as [(typeof doc.attributions)[0], (typeof doc.attributions)[0]];

  it('finds an attribution when the claim contains its cue and its cue overlaps the gold cue', () => {
    expect(claimFinds({ ...sentence1, cue: at('Officials said') }, anonymous)).toBe(true);
  });

  it('accepts a claim whose source span overlaps the gold source instead', () => {
    expect(claimFinds({ ...sentence1, cue: at('would fail'), sourceSpan: at('Officials') }, anonymous)).toBe(true);
  });

  it('does not find it when the claim points elsewhere, though the loose rule does', () => {
    const claim: PredictedClaim = { ...sentence1, cue: at('would fail') };
    expect(claimFinds(claim, anonymous)).toBe(false);
    expect(claimTouches(claim, anonymous)).toBe(true);
  });

  it("falls back to the claim's own span for a claim with no cue or source span", () => {
    expect(claimFinds(sentence1, anonymous)).toBe(true);
    expect(claimFinds(sentence1, named)).toBe(false);
  });

  it('does not find it when the claim does not contain the cue', () => {
    expect(claimFinds({ ...sentence2, cue: at('said', sentence2.start) }, anonymous)).toBe(false);
    expect(claimFinds({ ...sentence2, cue: at('said', sentence2.start) }, named)).toBe(true);
  });
});

describe('scoreClaims', () => {
  it('counts anonymous attributions found and named ones wrongly flagged, per class', () => {
    const claims: PredictedClaim[] = [
      { ...sentence1, cue: at('Officials said'), kind: 'unnamed-official' },
      { ...sentence2, cue: at('Mr. Brown said'), kind: 'unnamed-source' },
      { ...at('Budget Fight'), cue: at('Fight'), kind: 'reportedly' },
    ];
    const score = scoreClaims([doc], [claims]);
    expect(score.byClass.anonymous).toEqual({ total: 1, found: 1, foundLoose: 1 });
    expect(score.byClass.named).toEqual({ total: 1, found: 1, foundLoose: 1 });
    expect(score.falseFlags.map((f) => f.classed.attribution.source?.text)).toEqual(['Mr. Brown']);
    expect(score.misses).toEqual([]);
    expect(score.claims).toEqual({ total: 3, onAnonymousOrHedge: 1, onNamedOnly: 1, onOtherOnly: 0, onNothing: 1 });
  });

  it('lists a missed anonymous attribution', () => {
    const score = scoreClaims([doc], [[]], [classifyDoc(doc)]);
    expect(score.byClass.anonymous.found).toBe(0);
    expect(score.misses.map((m) => m.classed.attribution.source?.text)).toEqual(['Officials']);
  });

  it('refuses predictions that do not line up with the documents', () => {
    expect(() => scoreClaims([doc], [])).toThrow(/0 claim lists for 1 documents/);
  });
});

describe('reading PolNeAR text as an article', () => {
  it("maps offsets in the engine's joined text back to the PolNeAR text", () => {
    const source = 'Title here\n\nFirst paragraph.\n  Second one.\n';
    const { article, joined, toDoc } = polnearArticle(source);
    expect(article).toEqual({
      title: 'Title here',
      blocks: [
        { kind: 'paragraph', text: 'First paragraph.' },
        { kind: 'paragraph', text: 'Second one.' },
      ],
    });
    const inJoined = joined.indexOf('Second');
    expect(source.slice(toDoc(inJoined), toDoc(inJoined + 'Second one.'.length))).toBe('Second one.');
  });

  it("runs today's engine and returns claims in PolNeAR offsets", () => {
    const d = makeDoc('Talks Stall.\n\nThe deal is dead, two officials said, speaking on condition of anonymity.', []);
    const claims = engineClaims(d);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(d.text.slice(c.start, c.end)).toContain('officials said');
  });
});

describe('attribution span scores', () => {
  it('scores perfect predictions as perfect and an empty prediction as zero recall', () => {
    const perfect = scoreAttributionSpans([doc], [goldRoleSpans(doc)]);
    expect(perfect.source.exact.f1).toBe(1);
    expect(perfect.content.token.f1).toBe(1);
    const empty = scoreAttributionSpans([doc], [{ cue: [], source: [], content: [] }]);
    expect(empty.cue.token).toMatchObject({ recall: 0, fn: 2 });
  });
});
