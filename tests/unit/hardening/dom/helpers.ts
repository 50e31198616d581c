/** What the DOM properties compare: text as a reader sees it in a range, in marks and on the page. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { MARK_TAG } from '../../../../src/dom/paint/wrap-fallback.ts';

/** A new jsdom page: Range and attachShadow, no CSS Custom Highlight API, no layout. */
export function newDocument(): Document {
  return new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { virtualConsole: new VirtualConsole() })
    .window.document;
}

let shared: Document | null = null;

/** An emptied page in one shared jsdom window (a new window costs more than the whole test run on it). */
export function blankDocument(): Document {
  shared ??= newDocument();
  shared.documentElement.removeAttribute('lang');
  shared.head.replaceChildren();
  shared.body.replaceChildren();
  return shared;
}

/** HTML white space collapsed, ends trimmed: how both the page and the extracted text read. */
export function normalize(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Elements whose text a reader never sees (as the brief's generated pages hide it). */
const NOT_SHOWN =
  'script, style, noscript, template, textarea, [hidden], [aria-hidden="true"], .sr-only, [style*="display:none"], [style*="hidden"]';

export function isShown(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (el.matches(NOT_SHOWN)) return false;
  return true;
}

/** The text a reader sees in a range: hidden parts left out, a `<br>` read as a space. */
export function visibleText(range: Range): string {
  const fragment = range.cloneContents();
  for (const el of Array.from(fragment.querySelectorAll(NOT_SHOWN))) el.remove();
  for (const br of Array.from(fragment.querySelectorAll('br'))) br.replaceWith(' ');
  return fragment.textContent ?? '';
}

/** The page's document, its open shadow roots and its frames' documents, in tree order. */
export function rootsOf(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [];
  const visit = (root: Document | ShadowRoot) => {
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const inner = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
      if (inner) visit(inner);
    }
  };
  visit(doc);
  return roots;
}

/** Every Text node of the page in every root: to check the page keeps its own nodes. */
export function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  for (const root of rootsOf(doc)) {
    const owner = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const walker = owner.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  }
  return out;
}

/** All the text of the page, root by root, as one string. */
export function pageText(doc: Document): string {
  return textNodes(doc)
    .map((t) => t.data)
    .join('\u0001');
}

/** The fallback painter's marks in one root, in tree order. */
export function marksIn(root: Document | ShadowRoot): HTMLElement[] {
  return Array.from(root.querySelectorAll(MARK_TAG)) as HTMLElement[];
}
