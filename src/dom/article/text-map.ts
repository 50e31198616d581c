/**
 * The map between offsets in the joined article text and positions in the page's Text nodes.
 * Stored as runs: stretches of the joined text copied verbatim from one Text node. Characters the
 * extractor made up (block separators, the space for a `<br>`) are in no run and map to the end of
 * the run before them in their block.
 */
import { isText, lastDescendant, nextInOrder, previousInOrder } from './tree.ts';

export interface TextPosition {
  node: Text;
  offset: number;
}

/** A Range, a StaticRange or a Selection's range: anything with two boundary points. */
export interface BoundaryPoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** The part of one Text node that a span of the joined text covers. */
export interface NodeSegment {
  node: Text;
  start: number;
  end: number;
}

/** A run as the extractor records it: `length` characters at `text` (joined offset) from node[offset]. */
export interface Run {
  text: number;
  length: number;
  node: Text;
  offset: number;
}

/** Where a block sits in the joined text and which element it came from (null: not from the DOM). */
export interface MappedBlock {
  start: number;
  end: number;
  element: Element | null;
}

export class TextMap {
  /** First run of each node, for the inverse lookup; built on the first selection it serves. */
  private firstRun: Map<Text, number> | null = null;

  /** `runs` must be in text order; the map keeps them as they are. */
  constructor(
    readonly text: string,
    readonly blocks: readonly MappedBlock[],
    private readonly runs: readonly Run[],
  ) {}

  /** Index of the last run starting at or before `offset`, or -1. */
  private runAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.runs[mid] as Run).text <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private blockIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid] as MappedBlock;
      if (offset < b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  private position(run: Run, textOffset: number): TextPosition {
    return { node: run.node, offset: run.offset + Math.min(textOffset - run.text, run.length) };
  }

  /**
   * The DOM position of the character at `offset`. A character the extractor added (the space of a
   * `<br>`, a separator between blocks) maps to the end of the text before it; null when the offset
   * is outside the text or in a block that has no DOM (a title taken from the page's metadata).
   */
  positionAt(offset: number): TextPosition | null {
    if (offset < 0 || offset >= this.text.length) return null;
    const run = this.runs[this.runAtOrBefore(offset)];
    if (!run) return null;
    if (offset < run.text + run.length) return this.position(run, offset);
    // Between blocks (a separator), or later in the run's own block (a made-up space).
    const block = this.blockIndexAt(offset);
    return block < 0 || this.blockIndexAt(run.text) === block ? this.position(run, run.text + run.length) : null;
  }

  /** The pieces of Text nodes that text[start, end) covers, in order; made-up characters are left out. */
  segments(start: number, end: number): NodeSegment[] {
    const out: NodeSegment[] = [];
    if (end <= start) return out;
    for (let i = Math.max(0, this.runAtOrBefore(start)); i < this.runs.length; i++) {
      const run = this.runs[i] as Run;
      if (run.text >= end) break;
      const from = Math.max(start, run.text);
      const to = Math.min(end, run.text + run.length);
      if (to <= from) continue;
      const node = run.node;
      const a = run.offset + from - run.text;
      const b = a + to - from;
      const last = out[out.length - 1];
      if (last && last.node === node && last.end === a) last.end = b;
      else out.push({ node, start: a, end: b });
    }
    return out;
  }

  /**
   * A DOM Range over text[start, end), trimmed to the characters that come from the DOM, or null
   * when none do or the DOM has no usable Range (linkedom). A span that crosses into a shadow tree
   * cannot be one Range: use `rangesFor` to paint it.
   */
  rangeFor(start: number, end: number): Range | null {
    const pieces = this.segments(start, end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    return first && last ? makeRange(first.node, first.start, last.node, last.end) : null;
  }

  /** Ranges over text[start, end), one per document or shadow tree the span crosses. */
  rangesFor(start: number, end: number): Range[] {
    const ranges: Range[] = [];
    let group: NodeSegment[] = [];
    const flush = () => {
      const a = group[0];
      const b = group[group.length - 1];
      const range = a && b ? makeRange(a.node, a.start, b.node, b.end) : null;
      if (range) ranges.push(range);
      group = [];
    };
    let tree: Node | null = null;
    for (const piece of this.segments(start, end)) {
      const root = piece.node.getRootNode();
      if (root !== tree) flush();
      tree = root;
      group.push(piece);
    }
    flush();
    return ranges;
  }

  /**
   * The span of the joined text a DOM range covers (a reader's selection), trimmed of whitespace at
   * its ends; null when it covers no article text. Boundaries outside the article snap to the
   * nearest article text inside the range.
   */
  offsetsOf(range: BoundaryPoints): { start: number; end: number } | null {
    let start = this.boundary(range.startContainer, range.startOffset, 'forward');
    let end = this.boundary(range.endContainer, range.endOffset, 'backward');
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(this.text[start] as string)) start++;
    while (end > start && /\s/.test(this.text[end - 1] as string)) end--;
    return start < end ? { start, end } : null;
  }

  /** Joined offset of a DOM boundary point: exact in a mapped Text node, else the next (or previous) mapped text. */
  private boundary(container: Node, offset: number, direction: 'forward' | 'backward'): number | null {
    if (!this.firstRun) {
      this.firstRun = new Map();
      this.runs.forEach((run, i) => {
        if (!this.firstRun?.has(run.node)) this.firstRun?.set(run.node, i);
      });
    }
    const firstRun = this.firstRun;
    if (isText(container)) {
      const first = firstRun.get(container);
      if (first !== undefined) return this.inNode(container, first, offset);
    }
    let node: Node | null;
    if (direction === 'forward') {
      const child = isText(container) ? null : container.childNodes[offset];
      node = child ?? nextInOrder(container, true);
      for (; node; node = nextInOrder(node)) {
        const first = isText(node) ? firstRun.get(node) : undefined;
        if (first !== undefined) return (this.runs[first] as Run).text;
      }
    } else {
      const child = isText(container) ? null : container.childNodes[offset - 1];
      node = child ? lastDescendant(child) : previousInOrder(container);
      for (; node; node = previousInOrder(node)) {
        const first = isText(node) ? firstRun.get(node) : undefined;
        if (first !== undefined) return this.inNode(node as Text, first, (node as Text).length);
      }
    }
    return null;
  }

  /** Joined offset of `offset` in `node`, whose runs start at `first`. */
  private inNode(node: Text, first: number, offset: number): number {
    let best = (this.runs[first] as Run).text;
    for (let i = first; i < this.runs.length && this.runs[i]?.node === node; i++) {
      const run = this.runs[i] as Run;
      if (offset < run.offset) break;
      best = run.text + Math.min(offset - run.offset, run.length);
    }
    return best;
  }
}

function makeRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): Range | null {
  const doc = startNode.ownerDocument;
  if (!doc || endNode.ownerDocument !== doc) return null;
  // The page changed the text since it was extracted: the map is stale, and a Range would throw.
  if (startOffset > startNode.length || endOffset > endNode.length) return null;
  const range = doc.createRange();
  // linkedom's Range has no setStart/setEnd; positions and segments still work there.
  if (typeof range.setStart !== 'function' || typeof range.setEnd !== 'function') return null;
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
