import { describe, expect, it } from 'vitest';
import { spanIndexAt } from '../../../src/dom/hit-test.ts';

describe('spanIndexAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 20 },
    { start: 20, end: 21 },
    { start: 40, end: 60 },
  ];
  it('finds the span that contains an offset, with end exclusive', () => {
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 4)).toBe(0);
    expect(spanIndexAt(spans, 5)).toBe(-1);
    expect(spanIndexAt(spans, 19)).toBe(1);
    expect(spanIndexAt(spans, 20)).toBe(2);
    expect(spanIndexAt(spans, 59)).toBe(3);
    expect(spanIndexAt(spans, 60)).toBe(-1);
    expect(spanIndexAt([], 3)).toBe(-1);
  });
});
