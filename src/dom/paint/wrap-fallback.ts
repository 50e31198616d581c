/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each painted piece of text
 * in a `<sourcelight-mark>` element with inline styles. The text itself is never changed, and clearing
 * puts the page's own Text nodes back, whole (only the splits made here are joined again). Wrapping
 * splits text nodes, so ranges and text maps made before a paint are stale after it: callers extract
 * again, or clear, before painting anew (see `mode`).
 *
 * Moving a Text node into a mark moves every live range that starts or ends in it (DOM "remove"
 * steps), so a claim starting with an entity would lose its start. Ranges are therefore read into
 * points in the page's own (unsplit) Text nodes first, and the DOM is only changed once every range
 * has been turned into the list of nodes it covers.
 */
import type { Painter, PaintGroup } from './painter.ts';
import { inlineStyle } from './palette.ts';

export const MARK_TAG = 'sourcelight-mark';

/** Text that is not shown as text, or that the reader edits: a mark there would change what the page holds. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'noscript',
  'template',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

interface Point {
  node: Node;
  offset: number;
}
interface Span {
  start: Point;
  end: Point;
}
interface Group {
  name: string;
  priority: number;
  spans: Span[];
}

const isText = (node: Node): node is Text => node.nodeType === 3;
const lengthOf = (node: Node) => (isText(node) ? node.length : node.childNodes.length);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function wrappable(text: Text): boolean {
  const parent = text.parentElement;
  // An HTML element inside SVG or MathML is not rendered: the text would vanish.
  return !parent || (parent.namespaceURI === HTML_NS && !RAW_TEXT.has(parent.localName) && !parent.closest(EDITABLE));
}

/** The Text nodes a range covers whole, once its ends have been split; in document order. */
function coveredTexts(range: Range): Text[] {
  if (range.collapsed) return [];
  const root = range.commonAncestorContainer;
  if (isText(root)) return [root];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (range.comparePoint(text, 0) > 0) break;
    if (text.length && range.isPointInRange(text, 0) && range.isPointInRange(text, text.length)) nodes.push(text);
  }
  return nodes;
}

export function wrapPainter(doc: Document): Painter {
  let marks: HTMLElement[] = [];
  /** Every split made, in order, and where each new node starts in the node it was split from. */
  let splits: Array<[Text, Text]> = [];
  const origin = new Map<Text, { head: Text; base: number }>();
  const current = new Map<string, Group>();

  /** A boundary point in the page's own nodes, however this painter has split them since. */
  const unsplit = (node: Node, offset: number): Point => {
    let at = { node, offset };
    for (let from = isText(at.node) ? origin.get(at.node) : undefined; from; from = origin.get(from.head)) {
      at = { node: from.head, offset: at.offset + from.base };
    }
    return at;
  };
  const spansOf = (group: PaintGroup): Group => ({
    name: group.name,
    priority: group.priority,
    spans: group.ranges.map((r) => ({
      start: unsplit(r.startContainer, r.startOffset),
      end: unsplit(r.endContainer, r.endOffset),
    })),
  });

  const split = (text: Text, offset: number) => {
    const tail = text.splitText(offset);
    splits.push([text, tail]);
    origin.set(tail, { head: text, base: offset });
  };

  const unwrap = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    marks = [];
    // Join what was split, last split first; nodes the page moved or removed meanwhile stay as they are.
    for (let i = splits.length - 1; i >= 0; i--) {
      const [head, tail] = splits[i] as [Text, Text];
      if (head.parentNode && head.nextSibling === tail) {
        head.appendData(tail.data);
        tail.remove();
      }
    }
    splits = [];
    origin.clear();
  };

  /** With the page unsplit: ranges from the points, their ends split, their nodes listed, then wrapped. */
  const wrapAll = () => {
    // Lowest priority first, so higher-priority marks end up innermost and win.
    const groups = [...current.values()].sort((a, b) => a.priority - b.priority);
    const ranges = groups.map((group) =>
      group.spans.map(({ start, end }) => {
        const range = doc.createRange();
        try {
          range.setStart(start.node, Math.min(start.offset, lengthOf(start.node)));
          range.setEnd(end.node, Math.min(end.offset, lengthOf(end.node)));
        } catch {
          range.collapse(true); // a point the page made unusable (a doctype, say): nothing to paint
        }
        return range;
      }),
    );
    // Live ranges follow splits (not moves), so every split is made before any node moves.
    for (const range of ranges.flat()) {
      const { startContainer, startOffset, endContainer, endOffset } = range;
      if (isText(endContainer) && endOffset > 0 && endOffset < endContainer.length) split(endContainer, endOffset);
      if (isText(startContainer) && startOffset > 0 && startOffset < startContainer.length)
        split(startContainer, startOffset);
    }
    const covered = ranges.map((list) => list.flatMap(coveredTexts).filter(wrappable));
    groups.forEach((group, i) => {
      const style = inlineStyle(group.name);
      for (const text of covered[i] ?? []) {
        const mark = doc.createElement(MARK_TAG);
        mark.style.cssText = style; // CSSOM, which a strict page CSP allows, unlike a style attribute.
        mark.dataset.highlight = group.name;
        text.parentNode?.insertBefore(mark, text);
        mark.appendChild(text);
        marks.push(mark);
      }
    });
  };

  return {
    mode: 'wrap',
    clear() {
      current.clear();
      unwrap();
    },
    paint(groups: PaintGroup[]) {
      const next = groups.map(spansOf);
      unwrap();
      current.clear();
      for (const group of next) current.set(group.name, group);
      wrapAll();
    },
    update(group: PaintGroup) {
      const next = spansOf(group);
      unwrap();
      current.set(group.name, next);
      wrapAll();
    },
    // Wrapping is done as soon as paint() returns.
    viewportPainted: () => Promise.resolve(),
    settled: () => Promise.resolve(),
  };
}
