/**
 * Paints named groups of DOM ranges. With the CSS Custom Highlight API the page's DOM is never
 * touched; where the API is missing, ranges are wrapped in an inert custom element instead.
 */
import { wrapPainter } from './wrap-fallback.ts';

export interface PaintGroup {
  name: string;
  ranges: Range[];
  priority: number;
}

export interface Painter {
  /** Replaces everything painted so far with these groups. */
  paint(groups: PaintGroup[]): void;
  /** Replaces one group, leaving the others as they are. */
  update(group: PaintGroup): void;
  clear(): void;
  readonly mode: 'highlight-api' | 'wrap';
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  try {
    const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (css?.highlights && typeof css.highlights.set === 'function' && typeof Highlight === 'function') {
      return { registry: css.highlights, Highlight };
    }
  } catch {
    // A page that booby-trapped `CSS` gets the fallback.
  }
  return null;
}

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView;
  const api = win ? highlightApi(win) : null;
  if (!api) return wrapPainter(doc);
  const painted = new Set<string>();
  // Empty groups stay registered: a registered `sourcelight-claim-*` name tells user scripts and
  // tests that the page was analysed, even when it has no claim of that kind.
  const set = (group: PaintGroup) => {
    const highlight = new api.Highlight(...group.ranges);
    highlight.priority = group.priority;
    api.registry.set(group.name, highlight);
    painted.add(group.name);
  };
  const clear = () => {
    for (const name of painted) api.registry.delete(name);
    painted.clear();
  };
  return {
    mode: 'highlight-api',
    clear,
    update: set,
    paint(groups) {
      const next = new Set(groups.map((g) => g.name));
      for (const name of [...painted]) {
        if (next.has(name)) continue;
        api.registry.delete(name);
        painted.delete(name);
      }
      for (const group of groups) set(group);
    },
  };
}
