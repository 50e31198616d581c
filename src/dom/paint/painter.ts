/**
 * Paints named groups of DOM ranges. With the CSS Custom Highlight API the page's DOM is never
 * touched; where the API is missing, ranges are wrapped in an inert custom element instead.
 */
import { wrapPainter } from './wrap-fallback.ts';
import { highlightStylesheet } from './palette.ts';

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

/**
 * `::highlight()` rules apply only inside the tree that holds them: the manifest injects them into
 * the top document; an article inside an open shadow root or a same-origin frame gets them adopted
 * there, once (adoptedStyleSheets go through the CSSOM, which a strict page CSP allows).
 */
function styleTree(root: Node, topDocument: Document, done: WeakSet<Node>): void {
  if (root === topDocument || done.has(root)) return;
  done.add(root);
  const holder = root as Document | ShadowRoot;
  const win = (root.ownerDocument ?? (root as Document)).defaultView;
  if (!win || !('adoptedStyleSheets' in holder)) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(highlightStylesheet());
    holder.adoptedStyleSheets = [...holder.adoptedStyleSheets, sheet];
  } catch {
    // A frame or shadow root that refuses styles shows its highlights unstyled; nothing breaks.
  }
}

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView;
  const api = win ? highlightApi(win) : null;
  if (!api) return wrapPainter(doc);
  const styled = new WeakSet<Node>();
  /** Registries other than the top document's (same-origin frames), with the names painted there. */
  const frames = new Map<Document, { api: NonNullable<ReturnType<typeof highlightApi>>; names: Set<string> }>();
  const painted = new Set<string>();

  // Empty groups stay registered: a registered `sourcelight-claim-*` name tells user scripts and
  // tests that the page was analysed, even when it has no claim of that kind.
  const set = (group: PaintGroup) => {
    const byDocument = new Map<Document, Range[]>();
    const mine: Range[] = [];
    for (const range of group.ranges) {
      const node = range.startContainer;
      styleTree(node.getRootNode(), doc, styled);
      const owner = node.ownerDocument ?? doc;
      if (owner === doc) mine.push(range);
      else byDocument.set(owner, [...(byDocument.get(owner) ?? []), range]);
    }
    const highlight = new api.Highlight(...mine);
    highlight.priority = group.priority;
    api.registry.set(group.name, highlight);
    painted.add(group.name);
    for (const frame of frames.values()) if (frame.names.delete(group.name)) frame.api.registry.delete(group.name);
    for (const [owner, ranges] of byDocument) {
      const frameApi = owner.defaultView ? highlightApi(owner.defaultView) : null;
      if (!frameApi) continue;
      const entry = frames.get(owner) ?? { api: frameApi, names: new Set<string>() };
      frames.set(owner, entry);
      const frameHighlight = new frameApi.Highlight(...ranges);
      frameHighlight.priority = group.priority;
      frameApi.registry.set(group.name, frameHighlight);
      entry.names.add(group.name);
    }
  };
  const clear = () => {
    for (const name of painted) api.registry.delete(name);
    painted.clear();
    for (const frame of frames.values()) for (const name of frame.names) frame.api.registry.delete(name);
    frames.clear();
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
