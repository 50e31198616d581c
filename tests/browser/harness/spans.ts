/**
 * Painted highlights as spans of the page's text, so tests can apply the corpus' matching rule
 * (overlap of spans after whitespace normalisation) instead of comparing strings loosely.
 */
import type { TestPage } from './types.ts';

export interface PaintedSpans {
  /** The body's text with every run of white space made one space. */
  text: string;
  /** [start, end) in `text` of every range painted under a name starting with the prefix. */
  spans: Array<[number, number]>;
}

export function paintedSpans(page: TestPage, prefix: string): Promise<PaintedSpans> {
  return page.evaluate((p: string) => {
    // Raw offsets of every text node in document order, then a map raw → normalised offset.
    const starts = new Map<Node, number>();
    let raw = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      starts.set(n, raw.length);
      raw += n.textContent ?? '';
    }
    const toNorm = new Int32Array(raw.length + 1);
    let text = '';
    let inSpace = false;
    for (let i = 0; i < raw.length; i++) {
      toNorm[i] = text.length;
      const space = /\s/.test(raw[i]!);
      if (space && inSpace) continue;
      text += space ? ' ' : raw[i];
      inSpace = space;
    }
    toNorm[raw.length] = text.length;
    const at = (node: Node, offset: number) => {
      const base = starts.get(node);
      if (base !== undefined) return toNorm[base + offset]!;
      // An element boundary: the start of its child at `offset`, or its end.
      const child = node.childNodes[offset];
      const probe = document.createTreeWalker(child ?? node, NodeFilter.SHOW_TEXT).nextNode();
      return probe && starts.has(probe) ? toNorm[starts.get(probe)!]! : text.length;
    };
    const spans: Array<[number, number]> = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    registry.forEach((highlight, name) => {
      if (!name.startsWith(p)) return;
      for (const r of highlight) spans.push([at(r.startContainer, r.startOffset), at(r.endContainer, r.endOffset)]);
    });
    return { text, spans };
  }, prefix);
}

/** Every occurrence of a quote (whitespace-normalised) as [start, end). */
export function occurrences(text: string, quote: string): Array<[number, number]> {
  const q = quote.replace(/\s+/g, ' ').trim();
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) out.push([i, i + q.length]);
  return out;
}

export const intersects = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
