/** Which text position lies under a point: the bridge from pointer events to highlighted spans. */

export interface CaretPoint {
  node: Node;
  offset: number;
}

export function caretAtPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether the point is really over the glyphs of that text (caret APIs snap to the nearest text). */
export function pointIsOverText(point: CaretPoint, x: number, y: number): boolean {
  if (point.node.nodeType !== 3) return false;
  const doc = point.node.ownerDocument;
  if (!doc) return false;
  const text = point.node as Text;
  const range = doc.createRange();
  const start = Math.max(0, Math.min(point.offset, text.length) - 1);
  range.setStart(text, start);
  range.setEnd(text, Math.min(text.length, start + 2));
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Index of the span containing `offset` in spans sorted by start and not overlapping, or -1. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether a box in the viewport would cover any text: fifteen points sampled across it. */
export function coversText(doc: Document, box: { left: number; top: number; width: number; height: number }): boolean {
  for (const fx of [0, 0.25, 0.5, 0.75, 1]) {
    for (const fy of [0.1, 0.5, 0.9]) {
      const x = box.left + fx * box.width;
      const y = box.top + fy * box.height;
      const caret = caretAtPoint(doc, x, y);
      if (caret && pointIsOverText(caret, x, y)) return true;
    }
  }
  return false;
}
