/**
 * Selectors from a passage of the article text: what the in-page UI stores when the reader selects
 * text, and what anchoring (src/core/anchoring) places again on a later visit.
 *
 *   describe(text, 120, 134) → [
 *     { type: 'TextQuoteSelector', exact: text.slice(120, 134), prefix: <32 chars before>, suffix: <32 after> },
 *     { type: 'TextPositionSelector', start: 120, end: 134 },
 *   ]
 *
 * Offsets are UTF-16 indices into the article text the engine reads (joinArticle), the same space
 * the detector's claims use, so a claim's start/end can be described directly.
 */
import { quoteOf, type Selector, type TextPositionSelector, type TextQuoteSelector } from './schema.ts';

/** Characters of context kept on each side of the passage. */
export const CONTEXT_LENGTH = 32;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a boundary off the middle of a surrogate pair so no half emoji is stored. */
function snap(text: string, index: number, direction: -1 | 1): number {
  if (index > 0 && index < text.length && isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1))) {
    return index + direction;
  }
  return index;
}

export function describe(
  text: string,
  start: number,
  end: number,
  contextLength: number = CONTEXT_LENGTH,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`describe: no passage at ${start}–${end} in a text of ${text.length} characters`);
  }
  const prefixStart = snap(text, Math.max(0, start - contextLength), 1);
  const suffixEnd = snap(text, Math.min(text.length, end + contextLength), -1);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The passage a set of selectors quotes, for lists and exports. */
export function exactOf(selectors: readonly Selector[]): string {
  return quoteOf(selectors)?.exact ?? '';
}
