/**
 * Live pages: paragraphs that arrive late (lazy loading, infinite scroll, client rendering) and
 * DOM rewrites. Mutations are debounced; the article is extracted again, and only when its text
 * changed is it analysed again. Ranges into replaced nodes are rebuilt from the new text map.
 */
import { debounce } from '../../../dom/schedule.ts';
import { HOST_TAG } from '../../../dom/ui/host.ts';
import { MARK_TAG } from '../../../dom/paint/wrap-fallback.ts';
import { extractArticleAsync } from '../../../dom/article/extract.ts';
import { CHUNK_BUDGET_MS } from '../../../dom/schedule.ts';
import type { Feature } from '../context.ts';

export const SETTLE_MS = 400;

function isOurs(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === HOST_TAG || name === MARK_TAG;
}

/** Calls `onChange` when the page's content changes (not for Sourcelight's own UI and marks). */
export function watchPage(body: HTMLElement, onChange: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') return onChange();
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      if (nodes.some((n) => !isOurs(n))) return onChange();
    }
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  return observer;
}

export const liveFeature: Feature = (ctx, signal) => {
  const body = ctx.doc.body;
  // The wrap fallback mutates the DOM itself, which would feed the observer its own changes.
  if (!body || !ctx.page || ctx.painter.mode === 'wrap') return;
  let busy = false;
  let again = false;

  const refresh = debounce(async () => {
    if (signal.aborted || !ctx.page) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      const extraction = await extractArticleAsync(ctx.doc, { signal, yieldEvery: CHUNK_BUDGET_MS });
      if (signal.aborted || !ctx.page) return;
      if (extraction.map.text === ctx.page.analysis.text) {
        // Same text, maybe new nodes: keep the analysis, rebuild the ranges from the new map.
        ctx.page = { ...ctx.page, extraction };
        await ctx.repaint();
      } else {
        await ctx.update(extraction, signal);
      }
    } catch {
      // The page changed under us; the next mutation tries again.
    } finally {
      busy = false;
      if (again && !signal.aborted) {
        again = false;
        refresh();
      }
    }
  }, SETTLE_MS);

  const observer = watchPage(body, refresh);
  // Content that arrived while the page was being analysed is not in the analysis yet.
  if (ctx.changedDuringAnalysis) refresh();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    refresh.cancel();
  });
};
