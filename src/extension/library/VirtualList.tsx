/**
 * A list that renders only the rows in view, so 10,000 annotations scroll as smoothly as ten. Each
 * kind of row has a fixed height (an article's heading, a note), so every row's place is known
 * without measuring; the container is a listbox navigable with the arrow keys, which skip headings.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  heightOf(item: T): number;
  /** Rows that can be chosen with the keyboard (headings cannot). */
  selectable?(item: T): boolean;
  /** Rows drawn above and below the visible ones. */
  overscan?: number;
  label: string;
  activeIndex: number;
  onActivate(index: number): void;
  renderRow(item: T, index: number, active: boolean): ComponentChild;
  keyOf(item: T): string;
}

/** Index of the last row whose top is at or above `y` (tops are ascending). */
function rowAt(tops: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, overscan = 6 } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  // tops[i] is where row i starts; tops[items.length] is the whole height.
  const tops = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + props.heightOf(items[i]!);
    return out;
  }, [items]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view when it moves with the keyboard, or the list is resized under it.
  useEffect(() => {
    const el = ref.current;
    if (!el || props.activeIndex < 0 || props.activeIndex >= items.length) return;
    const top = tops[props.activeIndex]!;
    const bottom = tops[props.activeIndex + 1]!;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
  }, [props.activeIndex, height]);

  const count = items.length;
  const first = count ? Math.max(0, rowAt(tops, count, scrollTop) - overscan) : 0;
  const last = count ? Math.min(count, rowAt(tops, count, scrollTop + height) + 1 + overscan) : 0;
  const rows: ComponentChild[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div key={props.keyOf(item)} class="vrow" style={`top:${tops[i]}px;height:${tops[i + 1]! - tops[i]!}px`}>
        {props.renderRow(item, i, i === props.activeIndex)}
      </div>,
    );
  }
  const selectable = (i: number) => !props.selectable || props.selectable(items[i]!);
  /** The nearest selectable row from `from` going in `step`'s direction, or -1. */
  const nearest = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < count; i += step) if (selectable(i)) return i;
    return -1;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const rowsPerPage = Math.max(1, Math.floor(height / 80) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: rowsPerPage, PageUp: -rowsPerPage };
    const at = props.activeIndex;
    let next: number;
    if (event.key in moves) {
      const move = moves[event.key]!;
      const target = at < 0 ? 0 : Math.max(0, Math.min(count - 1, at + move));
      const step = move > 0 ? 1 : -1;
      next = nearest(target, step);
      if (next < 0) next = nearest(target, step === 1 ? -1 : 1);
    } else if (event.key === 'Home') next = nearest(0, 1);
    else if (event.key === 'End') next = nearest(count - 1, -1);
    else return;
    event.preventDefault();
    if (next >= 0) props.onActivate(next);
  };
  return (
    <div
      ref={ref}
      class="vlist"
      role="listbox"
      aria-label={props.label}
      aria-activedescendant={
        props.activeIndex >= 0 && items[props.activeIndex] ? `row-${props.keyOf(items[props.activeIndex]!)}` : undefined
      }
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="vspace" style={`height:${tops[count]}px`}>
        {rows}
      </div>
    </div>
  );
}
