/**
 * Where a floating box (card, editor) goes: beside its anchor without covering it, always inside the
 * viewport. Below if it fits, else above, else beside, else in the larger gap with a capped height
 * (the box scrolls inside), so its buttons are never out of reach.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The anchor's extent in viewport pixels (a selection's or highlight's rectangles, united). */
export interface Box {
  left: number;
  top: number;
  bottom: number;
  right?: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
}

const MARGIN = 8;
const GAP = 6;

export function fitBox(anchor: Box, width: number, height: number, vw: number, vh: number): Placement {
  const w = Math.min(width, vw - 2 * MARGIN);
  const clampLeft = (x: number) => Math.max(MARGIN, Math.min(x, vw - w - MARGIN));
  const full = vh - 2 * MARGIN;
  const below = vh - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  const left = clampLeft(anchor.left);
  if (height <= below) return { left, top: anchor.bottom + GAP, maxHeight: below };
  if (height <= above) return { left, top: anchor.top - GAP - height, maxHeight: above };
  // Beside the passage, when the page has a margin wide enough.
  const right = anchor.right ?? anchor.left;
  const sideTop = Math.max(MARGIN, Math.min(anchor.top, vh - MARGIN - height));
  if (vw - right - GAP - MARGIN >= w) return { left: right + GAP, top: sideTop, maxHeight: full };
  if (anchor.left - GAP - MARGIN >= w) return { left: anchor.left - GAP - w, top: sideTop, maxHeight: full };
  // No room anywhere: the larger gap, the box scrolls; a passage taller than the screen gets covered.
  if (Math.max(below, above) < 160) return { left, top: MARGIN, maxHeight: full };
  return below >= above
    ? { left, top: anchor.bottom + GAP, maxHeight: below }
    : { left, top: MARGIN, maxHeight: above };
}

/** A ref and an inline style that keep the element placed by fitBox, measured after each render. */
export function useFit<T extends HTMLElement>(anchor: Box, width: number) {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const h = ref.current?.scrollHeight ?? 0;
    if (h && Math.abs(h - height) > 1) setHeight(h);
  });
  const vw = globalThis.innerWidth || 1024;
  const vh = globalThis.innerHeight || 768;
  // The first render uses a guess; the layout effect measures and corrects it before the browser
  // paints. (Not hidden meanwhile: a hidden box could not take the focus its component gives it.)
  const p = fitBox(anchor, width, height || 240, vw, vh);
  return { ref, style: `left:${p.left}px;top:${p.top}px;max-height:${p.maxHeight}px` };
}
