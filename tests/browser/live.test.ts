/**
 * Live pages: paragraphs that arrive after load are analysed and painted; a single-page app that
 * swaps its article and its URL with history.pushState gets the new article's highlights only.
 */
import { expect, it } from 'vitest';
import { extensionErrors, forEachBrowser } from './harness/index.ts';
import { paintedTexts, waitForHighlights } from './harness/extension.ts';
import { openEditorOn, waitForNotes } from './harness/select.ts';

const LATE = 'Officials said, speaking on condition of anonymity, that the bridge plan had been dropped.';
const FIRST = 'The mayor said the budget would be published on Friday, according to a statement.';
const SECOND_CLAIM = 'The minister reportedly plans to resign before the summer recess.';

const SECOND_STORY =
  '<h1>Minister under pressure</h1>' +
  '<p>The minister faced questions in parliament on Wednesday about the delayed rail contract.</p>' +
  `<p>${SECOND_CLAIM}</p>` +
  '<p>Opposition members asked for the contract documents to be published in full this week.</p>';

function articlePage(script: string, article?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City news</title>
<meta property="og:type" content="article"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>${
    article ??
    `<h1>City council weighs its options</h1>
<p>The city council met on Tuesday to discuss the future of the old harbour district and its bridges.</p>
<p>${FIRST}</p>
<p>Residents filled the hall and many of them spoke during the two-hour public session on the plans.</p>`
  }
</article>
<script>${script}</script></body></html>`;
}

const LATE_SCRIPT = `setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(LATE)};
  document.querySelector('article').appendChild(p);
}, 1200);`;

const SPA_SCRIPT = `setTimeout(() => {
  history.pushState({}, '', '/spa/second-story');
  document.querySelector('article').innerHTML = ${JSON.stringify(SECOND_STORY)};
  document.title = 'Minister under pressure';
}, 1200);`;

forEachBrowser('live pages', (ctx) => {
  it('analyses and paints paragraphs that arrive after load', async () => {
    const { session, server, artifact } = ctx();
    server.route('/live/late.html', articlePage(LATE_SCRIPT));
    const page = await session.newPage();
    await page.goto(`${server.origin}/live/late.html`);
    await waitForHighlights(page);
    await page.waitFor(
      (late: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'sourcelight-claim-condition-of-anonymity',
        );
        return [...(h ?? [])].some((r) => r.toString() === late);
      },
      LATE,
      'the late paragraph painted',
    );
    expect(await paintedTexts(page, 'sourcelight-claim-')).toContain(LATE);
    await page.screenshot(await artifact('live-late-paragraph'));
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it('follows a single-page-app navigation to the new article, and files notes under its address', async () => {
    const { session, server } = ctx();
    server.route('/spa/first-story', articlePage(SPA_SCRIPT));
    server.route('/spa/second-story', articlePage('', SECOND_STORY));
    const page = await session.newPage();
    await page.goto(`${server.origin}/spa/first-story`);
    await waitForHighlights(page);
    await page.waitFor(
      (claim: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'sourcelight-claim-reportedly',
        );
        return location.pathname === '/spa/second-story' && [...(h ?? [])].some((r) => r.toString() === claim);
      },
      SECOND_CLAIM,
      'the second story painted',
    );
    const claims = await paintedTexts(page, 'sourcelight-claim-');
    expect(claims).toEqual([SECOND_CLAIM]);

    // A note written after the navigation belongs to the second story's address: loading that
    // address directly brings it back.
    await openEditorOn(page, 'delayed rail contract');
    await page.type('Which contract?');
    await page.press('Enter');
    await waitForNotes(page, 1);
    await page.goto(`${server.origin}/spa/second-story`);
    await waitForHighlights(page);
    await waitForNotes(page, 1);
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });
});
