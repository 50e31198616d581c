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

/** The nodes an element shows as its children. */
export function renderedChildren(el: Element): ArrayLike<Node> {
  const shadow = el.shadowRoot;
  if (shadow) return shadow.childNodes;
  if (tagOf(el) === 'slot') {
    const slot = el as HTMLSlotElement;
    if (typeof slot.assignedNodes === 'function') {
      const assigned = slot.assignedNodes({ flatten: true });
      if (assigned.length) return assigned;
    }
  }
  return el.childNodes;
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
