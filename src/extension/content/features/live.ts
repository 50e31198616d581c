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
import { joinArticle } from '../../../core/model/article.ts';
import type { Feature } from '../context.ts';

export const SETTLE_MS = 400;

function isOurs(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === HOST_TAG || name === MARK_TAG;
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
      if (joinArticle(extraction.article).text === ctx.page.analysis.text) {
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

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') return refresh();
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      if (nodes.some((n) => !isOurs(n))) return refresh();
    }
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    refresh.cancel();
  });
};
