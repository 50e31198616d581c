import { describe as group, expect, it } from 'vitest';
import { describe, CONTEXT_LENGTH } from '../../../../src/core/annotations/selectors.ts';
import { Selectors } from '../../../../src/core/annotations/schema.ts';

const text = 'Officials said on Monday that the talks had stalled, according to two people briefed on them. '.repeat(3);

group('describe', () => {
  it('quotes the passage with 32 characters of context and its position', () => {
    const start = text.lastIndexOf('the talks');
    const [quote, position] = describe(text, start, start + 'the talks had stalled'.length);
    expect(quote.exact).toBe('the talks had stalled');
    expect(quote.prefix).toBe(text.slice(start - CONTEXT_LENGTH, start));
    expect(quote.suffix).toBe(text.slice(start + 21, start + 21 + CONTEXT_LENGTH));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 21 });
    expect(Selectors.safeParse([quote, position]).success).toBe(true);
  });

  it('keeps shorter context at the edges of the text', () => {
    const [quote] = describe(text, 0, 9);
    expect(quote.prefix).toBe('');
    const [last] = describe(text, text.length - 5, text.length);
    expect(last.suffix).toBe('');
  });

  it('never cuts an emoji in half in the context', () => {
    const t = `${'😀'.repeat(20)}quote${'😀'.repeat(20)}`;
    const start = t.indexOf('quote');
    const [quote] = describe(t, start, start + 5);
    expect(quote.prefix.length % 2).toBe(0);
    expect(quote.suffix.length % 2).toBe(0);
    expect(() => encodeURIComponent(quote.prefix + quote.suffix)).not.toThrow();
  });

  it('refuses empty or out-of-range passages', () => {
    expect(() => describe(text, 5, 5)).toThrow(RangeError);
    expect(() => describe(text, -1, 4)).toThrow(RangeError);
    expect(() => describe(text, 0, text.length + 1)).toThrow(RangeError);
  });
});
