/**
 * Walking the DOM the way it renders: open shadow trees instead of their hosts' light children,
 * slots filled with what is assigned to them. Works on real browsers and on linkedom (plain
 * nodeType numbers: there is no global `Node` in Node.js).
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Lower-case tag name (`localName` is lower case for HTML; SVG keeps its case, which we never match). */
export function tagOf(el: Element): string {
  return el.localName;
}

/**
 * The nodes an element shows as its children, handed out one at a time. Siblings are followed with
 * `nextSibling`: indexing a live `childNodes` list is many times slower in Blink.
 */
export interface Children {
  next: Node | null;
  /** Set instead of `next` for a slot: the nodes assigned to it. */
  list: Node[] | null;
  at: number;
}

/** Points `into` (a walk's frame, to save an allocation per element) at the children of `el`. */
export function childrenOf<T extends Children>(el: Element, into: T): T {
  into.list = null;
  into.at = 0;
  const shadow = el.shadowRoot;
  into.next = shadow ? shadow.firstChild : el.firstChild;
  if (!shadow && tagOf(el) === 'slot') {
    const slot = el as HTMLSlotElement;
    const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
    if (assigned.length) into.list = assigned;
  }
  return into;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Length of a text without the collapsible white space at its ends, without making a new string. */
export function trimmedLength(text: string): number {
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return b - a;
}

export function nextChild(children: Children): Node | null {
  if (children.list) return children.list[children.at++] ?? null;
  const node = children.next;
  if (node) children.next = node.nextSibling;
  return node;
}

/** The element that shows `node`: its parent element, or the host when it is a shadow root's child. */
export function renderedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (isElement(parent)) return parent;
  const host = (parent as Partial<ShadowRoot>).host;
  return host ?? null;
}

/** The next node in document order (light DOM), or null at the end. */
export function nextInOrder(node: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** The previous node in document order (light DOM), or null at the start. */
export function previousInOrder(node: Node): Node | null {
  const prev = node.previousSibling;
  if (!prev) return node.parentNode;
  let n: Node = prev;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** Deepest last descendant of a node (itself when it has no children). */
export function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}
