/**
 * Live pages: paragraphs that arrive late (lazy loading, infinite scroll, client rendering) and
 * DOM rewrites. Mutations that can change the article (dom/article/changes.ts) are debounced; the
 * article is extracted again, and only when its text changed is it analysed again. Ranges into
 * replaced nodes are rebuilt from the new text map.
 */
import { debounce } from '../../../dom/schedule.ts';
import { extractArticleAsync } from '../../../dom/article/extract.ts';
import { watchPage } from '../../../dom/article/changes.ts';
import type { Feature } from '../context.ts';
import { record } from '../log.ts';

export const SETTLE_MS = 400;

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
      const extraction = await extractArticleAsync(ctx.doc, { signal });
      if (signal.aborted || !ctx.page) return;
      if (extraction.map.text === ctx.page.analysis.text) {
        // Same text, maybe new nodes: keep the analysis, rebuild the ranges from the new map.
        ctx.page = { ...ctx.page, extraction };
        await ctx.repaint();
      } else {
        await ctx.update(extraction, signal);
      }
    } catch (error) {
      // The page keeps what was painted and the next mutation tries again; the log keeps the cause.
      if (!signal.aborted) record('content:live', error);
    } finally {
      busy = false;
      if (again && !signal.aborted) {
        again = false;
        refresh();
      }
    }
  }, SETTLE_MS);

  // Changes away from the article (clocks, ads, sidebars) do not cost a fresh extraction.
  const observer = watchPage(body, refresh, () => ctx.page?.extraction.root ?? null);
  // Content that arrived while the page was being analysed is not in the analysis yet.
  if (ctx.changedDuringAnalysis) refresh();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    refresh.cancel();
  });
};
