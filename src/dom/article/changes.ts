/**
 * Which changes to a page can change its article. Pages change all the time for reasons that
 * have nothing to do with the story — a ticking clock, a rotating ad, a live "most read" box — and
 * each change heard costs a fresh extraction, for as long as the tab stays open. Once the article's
 * element is known, only changes inside it count, or ones that could bring a new article: the
 * element itself going away, or a block of prose arriving somewhere else.
 */
import { HOST_TAG } from '../ui/host.ts';
import { MARK_TAG } from '../paint/wrap-fallback.ts';

/** Characters of text a change outside the article needs before it may matter: a paragraph, not a label. */
export const OUTSIDE_TEXT_MIN = 200;

/** Sourcelight's own UI host and fallback marks. */
function isOurs(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === HOST_TAG || name === MARK_TAG;
}

function hasProse(node: Node): boolean {
  return (node.textContent?.length ?? 0) >= OUTSIDE_TEXT_MIN;
}

/** Whether one mutation can change the article extracted from `root` (null: not known yet). */
export function mutationMatters(record: MutationRecord, root: Element | null): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (record.type === 'childList' && nodes.every(isOurs)) return false;
  // An article inside a shadow tree or a frame is out of this observer's sight: any change may count.
  if (!root || !root.isConnected || root.getRootNode() !== record.target.ownerDocument) return true;
  if (root.contains(record.target)) return true;
  if (record.type === 'characterData') return hasProse(record.target);
  return Array.from(record.addedNodes).some((n) => !isOurs(n) && hasProse(n));
}

/**
 * Calls `onChange` when the page's content changes in a way that can change its article;
 * `articleRoot` tells where the article was last found (omitted: every change counts).
 */
export function watchPage(
  body: HTMLElement,
  onChange: () => void,
  articleRoot: () => Element | null = () => null,
): MutationObserver {
  const observer = new MutationObserver((records) => {
    const root = articleRoot();
    if (records.some((record) => mutationMatters(record, root))) onChange();
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  return observer;
}
