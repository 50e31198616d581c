/**
 * Turns the article root into blocks of text the way a reader sees it: whitespace collapsed to
 * single spaces, nothing inserted between inline siblings (`<b>Wash</b>ington` stays one word), a
 * space for a `<br>`, a new block for each paragraph, heading, list item, quote or caption.
 * Every character kept is recorded in a run so it maps back to its Text node.
 */
import type { BlockKind } from '../../core/model/article.ts';
import { isFurniture, words } from './filters.ts';
import { BLOCK_TAGS, isInvisible, type ElementScore, type StyleCheck } from './score.ts';
import type { Run } from './text-map.ts';
import { childrenOf, isElement, isText, nextChild, tagOf, type Children } from './tree.ts';

/** A block with runs whose `text` offsets are relative to the block's own text. */
export interface DraftBlock {
  kind: BlockKind;
  text: string;
  runs: Run[];
  element: Element;
}

const KIND_OF: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  blockquote: 'quote',
  figcaption: 'caption',
  caption: 'caption',
  pre: 'preformatted',
};

/** Collapsible white space in HTML (not U+00A0, which renders and is kept). */
const SPACE = /[ \t\n\r\f]+/g;
const NOT_SPACE = /[^ \t\n\r\f]/;
const IS_SPACE = /[ \t\n\r\f]/;
/** White space that does not render as it is written: anything but a lone space. */
const RUN_OF_SPACE = /[\t\n\r\f]| {2}/g;
/** Containers whose text is mostly links are link lists (related stories, tags, "read more"). */
const LINK_LIST_TAGS = words('ul ol dl div section table td p');
const LABEL_CLUSTER_TAGS = words('div section figure');
const MADE_UP = null;

/** Collects one block at a time; whitespace is held back until a visible character follows it. */
export class BlockBuilder {
  readonly blocks: DraftBlock[] = [];
  private text = '';
  private runs: Run[] = [];
  /** The white space waiting to become one space: where it is in the DOM, or MADE_UP for a `<br>`. */
  private pending: { node: Text; offset: number } | null | undefined;
  private kind: BlockKind = 'paragraph';
  private element: Element | null = null;

  append(node: Text): void {
    const data = node.data;
    // Most text nodes are prose with single spaces: take them whole, not word by word.
    const first = data.search(NOT_SPACE);
    if (first < 0) {
      if (data && !this.pending) this.pending = { node, offset: 0 };
      return;
    }
    let last = data.length;
    while (last > first && IS_SPACE.test(data[last - 1] as string)) last--;
    if (first > 0 && !this.pending) this.pending = { node, offset: 0 };
    RUN_OF_SPACE.lastIndex = first;
    const run = RUN_OF_SPACE.exec(data);
    if (!run || run.index >= last) {
      this.visible(node, first, last);
    } else {
      let at = first;
      SPACE.lastIndex = first;
      for (let m = SPACE.exec(data); m && m.index < last; m = SPACE.exec(data)) {
        if (m.index > at) this.visible(node, at, m.index);
        if (!this.pending) this.pending = { node, offset: m.index };
        at = m.index + m[0].length;
      }
      if (at < last) this.visible(node, at, last);
    }
    if (last < data.length && !this.pending) this.pending = { node, offset: last };
  }

  /** A line break: a space unless the line is empty. */
  lineBreak(): void {
    if (this.pending === undefined) this.pending = MADE_UP;
  }

  /** Starts collecting a block for `element` when the next visible character comes. */
  open(element: Element, kind: BlockKind): void {
    this.flush();
    this.element = element;
    this.kind = kind;
  }

  flush(): void {
    const block = this.element && trimmed({ kind: this.kind, text: this.text, runs: this.runs, element: this.element });
    if (block) this.blocks.push(block);
    this.text = '';
    this.runs = [];
    this.pending = undefined;
  }

  get empty(): boolean {
    return this.text === '';
  }

  private visible(node: Text, from: number, to: number): void {
    if (this.text && this.pending !== undefined) {
      if (this.pending) this.record(this.pending.node, this.pending.offset, 1);
      this.text += ' ';
    }
    this.pending = undefined;
    this.record(node, from, to - from);
    this.text += node.data.slice(from, to);
  }

  private record(node: Text, offset: number, length: number): void {
    const last = this.runs[this.runs.length - 1];
    if (
      last &&
      last.node === node &&
      last.offset + last.length === offset &&
      last.text + last.length === this.text.length
    ) {
      last.length += length;
    } else {
      this.runs.push({ text: this.text.length, length, node, offset });
    }
  }
}

/**
 * The block without the white space JavaScript's trim() removes at its ends (U+00A0 and other
 * Unicode spaces), so that joinArticle, which trims, keeps every offset; null when nothing is left.
 */
function trimmed(block: DraftBlock): DraftBlock | null {
  const text = block.text.trim();
  if (!text) return null;
  if (text.length === block.text.length) return block;
  const from = block.text.length - block.text.trimStart().length;
  const to = from + text.length;
  const runs: Run[] = [];
  for (const run of block.runs) {
    const a = Math.max(run.text, from);
    const b = Math.min(run.text + run.length, to);
    if (b > a) runs.push({ text: a - from, length: b - a, node: run.node, offset: run.offset + a - run.text });
  }
  return { ...block, text, runs };
}

export interface WalkOptions {
  style: StyleCheck;
  scores: Map<Element, ElementScore>;
  /** Prose weight of the root, for the furniture guard. */
  rootWeight: number;
  measure: 'clean' | 'all';
  /** Elements whose text is taken elsewhere (the title). */
  exclude: Set<Element>;
  /** Run everything into one block (a title): block boundaries become spaces. */
  flat?: boolean;
  /** Stop once this many characters of text are taken (a first look at a long article). */
  limit?: number;
}

/** Whether the walk leaves out `el` and everything in it. */
function skipped(el: Element, o: WalkOptions): boolean {
  if (o.exclude.has(el) || isInvisible(el, o.style)) return true;
  const score = o.scores.get(el);
  // Furniture words on a wrapper that holds most of the story are a site's naming, not furniture.
  const holdsStory = score !== undefined && score[o.measure] >= o.rootWeight / 2 && o.rootWeight > 0;
  if (holdsStory) return false;
  if (isFurniture(el)) return true;
  if (!score) return false;
  const tag = tagOf(el);
  // A paragraph is prose with many links until nearly all of it is links ("Related: …", tag lines).
  const linkShare = tag === 'p' ? 0.9 : 0.6;
  if (LINK_LIST_TAGS.has(tag) && score.text >= 10 && score.link > score.text * linkShare) return true;
  // Many scraps of text and no prose: a chart's labels, a ticker, a data widget.
  return (
    LABEL_CLUSTER_TAGS.has(tag) && score.pieces >= 8 && score.text < 12 * score.pieces && score.all < 0.5 * score.text
  );
}

interface Frame extends Children {
  el: Element;
  kind: BlockKind;
  block: boolean;
}

/** Walks the rendered tree under `root`; yields every `chunk` nodes. */
export function* walkBlocks(root: Element, o: WalkOptions, chunk = 500): Generator<void, DraftBlock[]> {
  const out = new BlockBuilder();
  const frame = (el: Element, kind: BlockKind, block: boolean): Frame =>
    childrenOf(el, { next: null, list: null, at: 0, el, kind, block });
  const stack: Frame[] = [frame(root, 'paragraph', true)];
  out.open(root, 'paragraph');
  let breaks = 0;
  let work = 0;
  let taken = 0;
  const limit = o.limit ?? Infinity;
  while (stack.length) {
    if (++work % chunk === 0) yield;
    const top = stack[stack.length - 1] as Frame;
    const node = taken < limit ? nextChild(top) : null;
    if (!node) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (top.block && parent) {
        if (o.flat) out.lineBreak();
        else out.open(parent.el, parent.kind);
      }
      continue;
    }
    if (isText(node)) {
      if (/[^ \t\n\r\f]/.test(node.data)) breaks = 0;
      taken += node.data.length;
      out.append(node);
      continue;
    }
    if (!isElement(node) || skipped(node, o)) continue;
    const tag = tagOf(node);
    if (tag === 'br') {
      // Two line breaks in a row separate paragraphs on pages that have no <p>.
      if (++breaks >= 2 && !out.empty && !o.flat) out.open(top.el, top.kind);
      else out.lineBreak();
      continue;
    }
    const block = BLOCK_TAGS.has(tag) || node.shadowRoot !== null;
    const kind = KIND_OF[tag] ?? top.kind;
    if (block) {
      breaks = 0;
      if (o.flat) out.lineBreak();
      else out.open(node, kind);
    }
    stack.push(frame(node, kind, block));
  }
  out.flush();
  return out.blocks;
}
