/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each painted piece of text
 * in a `<sourcelight-mark>` element with inline styles. The text itself is never changed, and clearing
 * puts the original nodes back. Wrapping splits text nodes, so ranges and text maps made before a paint
 * are stale after it: callers extract again before painting anew (see `mode`).
 */
import type { Painter, PaintGroup } from './painter.ts';
import { inlineStyle } from './palette.ts';

export const MARK_TAG = 'sourcelight-mark';

/** Splits the range's boundary text nodes and returns the whole text nodes it covers. */
function textNodesOf(range: Range): Text[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc || range.collapsed) return [];
  let { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer.nodeType === 3 && startOffset > 0) {
    const tail = (startContainer as Text).splitText(startOffset);
    if (endContainer === startContainer) {
      endContainer = tail;
      endOffset -= startOffset;
    }
    startContainer = tail;
    startOffset = 0;
  }
  if (endContainer.nodeType === 3 && endOffset < (endContainer as Text).length) (endContainer as Text).splitText(endOffset);
  const root = range.commonAncestorContainer;
  const nodes: Text[] = [];
  if (root.nodeType === 3) return [startContainer as Text];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let inside = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === startContainer) inside = true;
    if (inside && (node as Text).length) nodes.push(node as Text);
    if (node === endContainer) break;
  }
  return nodes;
}

export function wrapPainter(doc: Document): Painter {
  let marks: HTMLElement[] = [];
  const current = new Map<string, PaintGroup>();
  const unwrap = () => {
    const parents = new Set<Node>();
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parents.add(parent);
    }
    // Merge the text nodes that wrapping split, so the page's text nodes are whole again.
    for (const parent of parents) parent.normalize();
    marks = [];
  };
  const wrapAll = () => {
    unwrap();
    // Lowest priority first, so higher-priority marks end up innermost and win.
    for (const group of [...current.values()].sort((a, b) => a.priority - b.priority)) {
      const style = inlineStyle(group.name);
      for (const range of group.ranges) {
        for (const text of textNodesOf(range)) {
          const mark = doc.createElement(MARK_TAG);
          mark.style.cssText = style; // CSSOM, which a strict page CSP allows, unlike a style attribute.
          mark.dataset.highlight = group.name;
          text.parentNode?.insertBefore(mark, text);
          mark.appendChild(text);
          marks.push(mark);
        }
      }
    }
  };
  return {
    mode: 'wrap',
    clear() {
      current.clear();
      unwrap();
    },
    paint(groups: PaintGroup[]) {
      current.clear();
      for (const group of groups) current.set(group.name, group);
      wrapAll();
    },
    update(group: PaintGroup) {
      current.set(group.name, group);
      wrapAll();
    },
  };
}
