import { describe, expect, it } from 'vitest';
import { classifyDoc, countClasses } from '../../../scripts/lib/polnear-classes.ts';
import { makeDoc } from './polnear-fixture.ts';

const classes = (doc: ReturnType<typeof makeDoc>): string[] => classifyDoc(doc).map((c) => c.cls);

describe('classing gold PolNeAR attributions', () => {
  const text = [
    'Senate Weighs Budget.',
    '',
    'Senior administration officials said the plan would fail. A Pentagon official told reporters the cost was ' +
      'too high. Jane Harper, the budget director, said the cuts were fair. Harper added that talks would resume. ' +
      'She said the mood was good. Allegedly, the funds were misused. Voters worry about jobs. ' +
      'I think the plan is wise.',
    'The president said it was a triumph. "We will win," he said.',
  ].join('\n');
  const doc = makeDoc(text, [
    { source: 'Senior administration officials', cue: 'said', content: 'the plan would fail' },
    { source: 'A Pentagon official', cue: 'told', content: 'the cost was too high' },
    { source: 'Jane Harper, the budget director,', cue: 'said', content: 'the cuts were fair' },
    { source: 'Harper', cue: 'added', content: 'that talks would resume' },
    { source: 'She', cue: 'said', content: 'the mood was good' },
    { cue: 'Allegedly', content: 'the funds were misused' },
    { source: 'Voters', cue: 'worry about', content: 'jobs' },
    { source: 'I', cue: 'think', content: 'the plan is wise' },
    { source: 'The president', cue: 'said', content: 'it was a triumph' },
    { source: 'he', cue: 'said', content: '"We will win,"' },
    { source: 'We', cue: 'will win', after: 'triumph' },
  ]);

  it('tells unnamed sources from named people, titles, hedges and non-sources', () => {
    expect(classes(doc)).toEqual([
      'anonymous',
      'anonymous',
      'named',
      'named',
      'named',
      'hedge',
      'neither',
      'neither',
      'named',
      'named',
      'named',
    ]);
  });

  it('says which earlier source a pronoun was resolved to', () => {
    const she = classifyDoc(doc)[4]!;
    expect(she.via).toBe('Harper');
  });

  it('counts every class', () => {
    expect(countClasses(classifyDoc(doc))).toEqual({ anonymous: 2, named: 6, hedge: 1, neither: 2, unclear: 0 });
  });

  it('follows a definite phrase back to the unnamed source it repeats', () => {
    const d = makeDoc('An aide said the vote was close. Later the aide added that nobody was sure.', [
      { source: 'An aide', cue: 'said', content: 'the vote was close' },
      { source: 'the aide', cue: 'added', content: 'that nobody was sure' },
    ]);
    expect(classes(d)).toEqual(['anonymous', 'anonymous']);
  });

  it('leaves a pronoun unclear when an unnamed and a named source both fit', () => {
    const d = makeDoc('A source close to Mr. Brown said the deal was off. He added that talks went on.', [
      { source: 'A source close to Mr. Brown', cue: 'said', content: 'the deal was off' },
      { source: 'He', cue: 'added', content: 'that talks went on' },
    ]);
    expect(classes(d)).toEqual(['anonymous', 'unclear']);
  });

  it("does not count an unnamed actor's act or a generic actor as an anonymous source", () => {
    const d = makeDoc('Federal prosecutors charged two men. No one expected that. Anyone could see it.', [
      { source: 'Federal prosecutors', cue: 'charged', content: 'two men' },
      { source: 'No one', cue: 'expected', content: 'that' },
    ]);
    expect(classes(d)).toEqual(['unclear', 'neither']);
  });
});
