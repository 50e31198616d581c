/**
 * A list that renders only the rows in view, so 10,000 annotations scroll as smoothly as ten. Rows
 * have a fixed height; the container is a listbox navigable with the arrow keys.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Rows drawn above and below the visible ones. */
  overscan?: number;
  label: string;
  activeIndex: number;
  onActivate(index: number): void;
  renderRow(item: T, index: number, active: boolean): ComponentChild;
  keyOf(item: T): string;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, overscan = 6 } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view when it moves with the keyboard.
  useEffect(() => {
    const el = ref.current;
    if (!el || props.activeIndex < 0) return;
    const top = props.activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [props.activeIndex]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ComponentChild[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div key={props.keyOf(item)} class="vrow" style={`top:${i * rowHeight}px;height:${rowHeight}px`}>
        {props.renderRow(item, i, i === props.activeIndex)}
      </div>,
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next = props.activeIndex;
    if (event.key in moves) next = Math.max(0, Math.min(items.length - 1, (next < 0 ? 0 : next) + moves[event.key]!));
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else return;
    event.preventDefault();
    props.onActivate(next);
  };
  return (
    <div
      ref={ref}
      class="vlist"
      role="listbox"
      aria-label={props.label}
      aria-activedescendant={props.activeIndex >= 0 && items[props.activeIndex] ? `row-${props.keyOf(items[props.activeIndex]!)}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="vspace" style={`height:${items.length * rowHeight}px`}>
        {rows}
      </div>
    </div>
  );
}
