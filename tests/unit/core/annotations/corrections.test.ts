import { describe, expect, it } from 'vitest';
import { applyCorrections, countCorrections } from '../../../../src/core/annotations/corrections.ts';
import { newAnnotation } from '../../../../src/core/annotations/create.ts';
import { describe as describeText } from '../../../../src/core/annotations/selectors.ts';
import type { Correction } from '../../../../src/core/annotations/schema.ts';

const text = [
  'Two officials said the talks had stalled.',
  'The spokesman, John Smith, said the ministry would respond.',
  'The shipment was reportedly delayed by a week.',
  'Analysts expect prices to rise, according to people familiar with the plans.',
].join(' ');

const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const claims = [
  span('Two officials said the talks had stalled.'),
  span('The spokesman, John Smith, said the ministry would respond.'),
  span('The shipment was reportedly delayed by a week.'),
];
const correct = (passage: string, correction: Correction, on = text) =>
  newAnnotation({
    source: 'https://example.com/s',
    selector: describeText(on, on.indexOf(passage), on.indexOf(passage) + passage.length),
    correction,
  });

describe('applyCorrections', () => {
  it('drops dismissed flags and keeps the rest, on a later visit to a changed page', () => {
    const notAnonymous = correct('The spokesman, John Smith, said the ministry would respond.', 'not-anonymous');
    const edited = `Updated at 10:00. ${text}`;
    const moved = claims.map((c) => ({ ...c, start: c.start + 18, end: c.end + 18 }));
    const result = applyCorrections(edited, moved, [notAnonymous]);
    expect(result.claims.map((c) => c.text)).toEqual([claims[0]!.text, claims[2]!.text]);
    expect(result.dismissed).toHaveLength(1);
    expect(result.dismissed[0]!.correction.id).toBe(notAnonymous.id);
  });

  it('matches a re-detected claim with slightly different bounds', () => {
    const notAClaim = correct('The shipment was reportedly delayed', 'not-a-claim');
    const result = applyCorrections(text, claims, [notAClaim]);
    expect(result.claims.map((c) => c.text)).not.toContain('The shipment was reportedly delayed by a week.');
  });

  it('places missed claims and ignores notes that are not corrections', () => {
    const missed = correct('according to people familiar with the plans', 'missed-claim');
    const note = newAnnotation({ source: 'https://example.com/s', selector: describeText(text, 0, 14), note: 'hm' });
    const result = applyCorrections(text, claims, [missed, note]);
    expect(result.claims).toHaveLength(3);
    const place = span('according to people familiar with the plans');
    expect(result.missed).toEqual([{ start: place.start, end: place.end, correction: missed }]);
  });

  it('removes nothing when the dismissed passage is gone from the page', () => {
    const gone = correct('Two officials said the talks had stalled.', 'not-a-claim');
    const edited = text.replace('Two officials said the talks had stalled. ', '');
    const remaining = claims.slice(1).map((c) => ({ ...c, start: c.start - 42, end: c.end - 42 }));
    expect(applyCorrections(edited, remaining, [gone]).claims).toHaveLength(2);
  });
});

describe('countCorrections', () => {
  it('counts each kind', () => {
    const list = [
      correct('Two officials', 'not-a-claim'),
      correct('John Smith', 'not-anonymous'),
      correct('a week', 'not-a-claim'),
    ];
    expect(countCorrections(list)).toEqual({ 'not-anonymous': 1, 'not-a-claim': 2, 'missed-claim': 0 });
  });
});
