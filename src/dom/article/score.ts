/**
 * One pass over the rendered page that measures, for every element, how much readable paragraph
 * text it holds. The article root and the furniture guards are decided from these figures.
 */
import { isFurniture, isHiddenByMarkup, isMediaWidget, isSkippedTag, words } from './filters.ts';
import { isMetadataTag } from './metadata.ts';
import {
  childrenOf,
  isElement,
  isText,
  nextChild,
  renderedParent,
  tagOf,
  trimmedLength,
  type Children,
} from './tree.ts';

/** Elements that start a new line of text; everything else flows inline. */
export const BLOCK_TAGS = words(`
  address article aside blockquote body caption center dd details div dl dt fieldset figcaption
  figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary
  table tbody td tfoot th thead tr ul
`);

/** A paragraph shorter than this (characters) is a label, a caption or a button, not prose. */
const MIN_PARAGRAPH = 25;

export interface ElementScore {
  /** Characters of text in the subtree, and how many of them are link text. */
  text: number;
  link: number;
  /** Text directly in this block (not in nested blocks), and its link part. */
  ownText: number;
  ownLink: number;
  /** Paragraph prose in the subtree: all of it, and the part outside page furniture. */
  all: number;
  clean: number;
  /** Paragraph prose in children (full) and grandchildren (half): where a cluster of paragraphs sits. */
  seedAll: number;
  seedClean: number;
  /** Blocks with text in the subtree: many short ones are a chart's labels or a data widget. */
  pieces: number;
  /** Prose paragraphs in the subtree. */
  paras: number;
}

export type StyleCheck = ((el: Element) => boolean) | null;

/** A computed-style visibility test, or null where there is no layout (linkedom) to ask. */
export function styleCheck(doc: Document, enabled = true): StyleCheck {
  const view = doc.defaultView;
  if (!enabled || !view || typeof view.getComputedStyle !== 'function') return null;
  try {
    if (!view.getComputedStyle(doc.documentElement).display) return null;
  } catch {
    // No usable layout (a detached or odd document): feature detection, so judge without styles.
    return null;
  }
  return (el) => {
    const style = view.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  };
}

/** Left out wholly, wherever it sits: not shown, or not prose (a media player and its transcript). */
export function isInvisible(el: Element, style: StyleCheck): boolean {
  return isSkippedTag(el) || isHiddenByMarkup(el) || isMediaWidget(el) || (style !== null && style(el));
}

function blank(): ElementScore {
  return { text: 0, link: 0, ownText: 0, ownLink: 0, all: 0, clean: 0, seedAll: 0, seedClean: 0, pieces: 0, paras: 0 };
}

interface Frame extends Children {
  el: Element;
  score: ElementScore;
  /** The block that collects this element's inline text. */
  block: ElementScore;
  inLink: boolean;
  inFurniture: boolean;
}

/** What one walk over the page finds: the scores, and the elements later steps look for. */
export interface PageScan {
  scores: Map<Element, ElementScore>;
  /** Visible `<h1>`s, `itemprop=articleBody` elements, `<article>`s and frames, in document order. */
  headings: Element[];
  articleBodies: Element[];
  articles: Element[];
  frames: Element[];
  /** `<meta>`, `<link>` and JSON-LD scripts in the walked tree (browsers move some out of the head). */
  tags: Element[];
  /** False when the walk stopped at its text limit: the scores then describe the page's start. */
  complete: boolean;
}

/**
 * Collecting these during the walk saves a query each: on a DOM without native selectors (linkedom)
 * every query is another walk of the whole page.
 */
function collect(el: Element, tag: string, visible: boolean, scan: PageScan): void {
  if (isMetadataTag(el, tag)) {
    scan.tags.push(el);
  } else if (tag === 'iframe' || tag === 'frame') {
    // Frames are never walked into as text, but the article may be inside one.
    if (!isHiddenByMarkup(el)) scan.frames.push(el);
  } else if (!visible) {
    return;
  } else if (tag === 'h1') scan.headings.push(el);
  else if (tag === 'article') scan.articles.push(el);
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /(?:^|\s)articlebody(?:\s|$)/i.test(itemprop)) scan.articleBodies.push(el);
}

/**
 * Yields every `chunk` nodes so a caller can spread the work over several tasks. With a `limit`, the
 * walk stops once it has seen that many characters of text, and scores the part it has seen.
 */
export function* scanPage(top: Element, style: StyleCheck, chunk = 500, limit = Infinity): Generator<void, PageScan> {
  const scores = new Map<Element, ElementScore>();
  const scan: PageScan = {
    scores,
    headings: [],
    articleBodies: [],
    articles: [],
    frames: [],
    tags: [],
    complete: true,
  };
  const open = (el: Element, parent: Frame | null): Frame => {
    const score = blank();
    scores.set(el, score);
    return childrenOf(el, {
      next: null,
      list: null,
      at: 0,
      el,
      score,
      block: !parent || BLOCK_TAGS.has(tagOf(el)) || el.shadowRoot ? score : parent.block,
      inLink: (parent?.inLink ?? false) || tagOf(el) === 'a',
      inFurniture: (parent?.inFurniture ?? false) || isFurniture(el),
    });
  };
  const stack: Frame[] = [open(top, null)];
  let work = 0;
  let seen = 0;
  while (stack.length) {
    if (++work % chunk === 0) yield;
    const frame = stack[stack.length - 1] as Frame;
    const node = seen < limit ? nextChild(frame) : null;
    if (node) {
      if (isText(node)) {
        const length = trimmedLength(node.data);
        seen += length;
        frame.block.ownText += length;
        if (frame.inLink) frame.block.ownLink += length;
      } else if (isElement(node)) {
        const visible = !isInvisible(node, style);
        collect(node, tagOf(node), visible, scan);
        if (visible) stack.push(open(node, frame));
      }
      continue;
    }
    stack.pop();
    close(frame, stack[stack.length - 1], scores);
  }
  scan.complete = seen < limit;
  return scan;
}

function close(frame: Frame, parent: Frame | undefined, scores: Map<Element, ElementScore>): void {
  const s = frame.score;
  s.text += s.ownText;
  s.link += s.ownLink;
  if (frame.block === s && s.ownText > 0) s.pieces++;
  const prose = s.ownText - s.ownLink;
  if (frame.block === s && s.ownText >= MIN_PARAGRAPH && prose > s.ownText / 2) {
    s.all += prose;
    s.paras++;
    if (!frame.inFurniture) s.clean += prose;
    const up = renderedParent(frame.el);
    const upper = up && renderedParent(up);
    const a = up && scores.get(up);
    const b = upper && scores.get(upper);
    if (a) {
      a.seedAll += prose;
      if (!frame.inFurniture) a.seedClean += prose;
    }
    if (b) {
      b.seedAll += prose / 2;
      if (!frame.inFurniture) b.seedClean += prose / 2;
    }
  }
  if (!parent) return;
  const p = parent.score;
  p.text += s.text;
  p.link += s.link;
  p.all += s.all;
  p.clean += s.clean;
  p.pieces += s.pieces;
  p.paras += s.paras;
}
