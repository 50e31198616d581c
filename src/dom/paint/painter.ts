/**
 * Paints named groups of DOM ranges. With the CSS Custom Highlight API the page's DOM is never
 * touched; where the API is missing, ranges are wrapped in an inert custom element instead.
 */
import { wrapPainter } from './wrap-fallback.ts';
import { highlightStylesheet } from './palette.ts';
import { RangeWindow, type Accept, type RangeSet, type WindowItem } from './window.ts';

export interface PaintGroup {
  name: string;
  ranges: Range[];
  priority: number;
}

export interface Painter {
  /** Replaces everything painted so far with these groups (ranges are registered over a few frames). */
  paint(groups: PaintGroup[]): void;
  /** Replaces one group, leaving the others as they are. */
  update(group: PaintGroup): void;
  clear(): void;
  /** Resolves once the ranges on screen are painted. */
  viewportPainted(): Promise<void>;
  /** Resolves once every range due is painted (on a very long page: those near the viewport). */
  settled(): Promise<void>;
  readonly mode: 'highlight-api' | 'wrap';
}

interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => RangeSet & { priority: number; clear(): void };

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

/** `onError` hears a failure in the frames that register ranges (the page stays as it was painted). */
export function createPainter(doc: Document, onError: (error: unknown) => void = () => undefined): Painter {
  const win = doc.defaultView;
  const api = win ? highlightApi(win) : null;
  if (!win || !api) return wrapPainter(doc);
  const styled = new WeakSet<Node>();
  /** Registries other than the top document's (same-origin frames), with the names painted there. */
  const frames = new Map<Document, { api: NonNullable<ReturnType<typeof highlightApi>>; names: Set<string> }>();
  /** The top document's highlights, one per name, kept registered and filled by the window. */
  const highlights = new Map<string, InstanceType<HighlightCtor>>();
  const batches = new RangeWindow(win, (name) => highlights.get(name), onError);
  const priorities = new Map<string, number>();

  // Empty groups stay registered: a registered `sourcelight-claim-*` name tells user scripts and
  // tests that the page was analysed, even when it has no claim of that kind.
  const register = (group: PaintGroup) => {
    let highlight = highlights.get(group.name);
    if (highlight) highlight.clear();
    else {
      highlight = new api.Highlight();
      highlights.set(group.name, highlight);
    }
    highlight.priority = group.priority;
    priorities.set(group.name, group.priority);
    api.registry.set(group.name, highlight);
  };
  const roots = new Map<Node, Node>();
  /** Ranges in the top document are the window's; those in a frame are painted there at once (rare, few). */
  const accept: Accept = ({ name, range }) => {
    const node = range.startContainer;
    const parent = node.parentNode ?? node;
    let root = roots.get(parent);
    if (!root) {
      root = node.getRootNode();
      roots.set(parent, root);
    }
    styleTree(root, doc, styled);
    const owner = node.ownerDocument ?? doc;
    if (owner === doc) return true;
    const frameApi = owner.defaultView ? highlightApi(owner.defaultView) : null;
    if (!frameApi) return false;
    const entry = frames.get(owner) ?? { api: frameApi, names: new Set<string>() };
    frames.set(owner, entry);
    type FrameHighlight = InstanceType<HighlightCtor> | undefined;
    let frameHighlight = entry.names.has(name) ? (frameApi.registry.get(name) as FrameHighlight) : undefined;
    if (!frameHighlight) {
      frameHighlight = new frameApi.Highlight();
      frameHighlight.priority = priorities.get(name) ?? 0;
      frameApi.registry.set(name, frameHighlight);
      entry.names.add(name);
    }
    frameHighlight.add(range);
    return false;
  };
  const forgetFrames = (name?: string) => {
    for (const frame of frames.values()) {
      for (const painted of [...frame.names]) {
        if (name !== undefined && painted !== name) continue;
        frame.api.registry.delete(painted);
        frame.names.delete(painted);
      }
    }
  };
  const clear = () => {
    batches.stop();
    for (const name of highlights.keys()) api.registry.delete(name);
    highlights.clear();
    forgetFrames();
    frames.clear();
  };
  return {
    mode: 'highlight-api',
    clear,
    update(group) {
      register(group);
      forgetFrames(group.name);
      batches.replace(group.name, group.ranges, accept);
    },
    paint(groups) {
      const next = new Set(groups.map((g) => g.name));
      for (const name of [...highlights.keys()]) {
        if (next.has(name)) continue;
        api.registry.delete(name);
        highlights.delete(name);
      }
      forgetFrames();
      roots.clear();
      const items: WindowItem[] = [];
      for (const group of groups) {
        register(group);
        for (const range of group.ranges) items.push({ name: group.name, range });
      }
      batches.reset(items, accept);
    },
    viewportPainted: () => batches.viewportPainted(),
    settled: () => batches.settled(),
  };
}
