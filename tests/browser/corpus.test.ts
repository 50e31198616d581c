/**
 * Every corpus page in a real browser: the labelled anonymous-source claims are painted, the
 * negatives are not, the page's text is unchanged, and Sourcelight causes no error. A screenshot of
 * each page is kept in test-results/<browser>/corpus-<page>.png.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { scrollToFirstHighlight, waitForHighlights } from './harness/extension.ts';
import { intersects, occurrences, paintedSpans } from './harness/spans.ts';
import { loadLabels, loadNegatives, pageNames } from '../../scripts/lib/corpus.ts';

const labels = loadLabels();
const negatives = loadNegatives();

forEachBrowser('corpus pages', (ctx) => {
  for (const name of pageNames()) {
    it(`paints ${name} without changing it`, async () => {
      const { session, server, artifact } = ctx();
      const page = await session.newPage();
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __textBefore: string }).__textBefore = document.body?.textContent ?? '';
        });
      });
      await page.goto(`${server.origin}/${name}.html`, 'domcontentloaded');
      await waitForHighlights(page, 30_000);
      const { text: body, spans } = await paintedSpans(page, 'sourcelight-claim-');

      // The corpus' matching rule: a claim hits a label when their spans overlap.
      for (const label of labels.filter((l) => l.page === name)) {
        const places = occurrences(body, label.quote);
        expect(places.length, `label not in the page: ${label.quote}`).toBeGreaterThan(0);
        expect(
          places.some((q) => spans.some((s) => intersects(s, q))),
          `label not painted: ${label.quote}`,
        ).toBe(true);
      }
      for (const negative of negatives.filter((n) => n.page === name)) {
        const places = occurrences(body, negative.quote);
        const painted = spans.filter((s) => places.some((q) => intersects(s, q))).map(([a, b]) => body.slice(a, b));
        expect(painted, `negative painted: ${negative.quote}`).toEqual([]);
      }
      const text = await page.evaluate(() => ({
        before: (window as unknown as { __textBefore: string }).__textBefore,
        after: document.body.textContent ?? '',
      }));
      expect(text.after).toBe(text.before);
      await scrollToFirstHighlight(page);
      await page.screenshot(await artifact(`corpus-${name}`));
      expect(extensionErrors(page)).toEqual([]);
      await page.close();
    });
  }
});
