/**
 * Which page changes send the live feature back to re-read the article: changes inside the
 * article, the article going away, or prose arriving elsewhere; not a ticking clock, a rotating ad
 * or Sourcelight's own UI.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage, OUTSIDE_TEXT_MIN } from '../../../../src/dom/article/changes.ts';
import { HOST_TAG } from '../../../../src/dom/ui/host.ts';
import { jsdomDocument } from './helpers.ts';

const PAGE = `<!doctype html><html><body>
<header><span id="clock">10:41</span></header>
<article id="story"><h1>Council votes</h1><p>The council voted on Tuesday.</p></article>
<aside id="ads"><p>Advert</p></aside>
</body></html>`;

const observers: MutationObserver[] = [];
afterEach(() => {
  for (const o of observers.splice(0)) o.disconnect();
});

/** A page watched with its article at #story; `changes()` counts the calls heard so far. */
function watched(knowsRoot = true) {
  const doc = jsdomDocument(PAGE);
  // The content script sees its window's MutationObserver as a global; Node has none.
  globalThis.MutationObserver = doc.defaultView!.MutationObserver;
  let calls = 0;
  const root = doc.getElementById('story');
  observers.push(watchPage(doc.body, () => calls++, knowsRoot ? () => root : undefined));
  // MutationObserver callbacks run as microtasks; a macrotask later they have all run.
  const changes = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return calls;
  };
  return { doc, changes };
}

function paragraph(doc: Document, text: string): HTMLElement {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

describe('watchPage', () => {
  it('hears a paragraph added to the article and text edited inside it', async () => {
    const { doc, changes } = watched();
    doc.getElementById('story')!.append(paragraph(doc, 'Officials said the plan was dropped.'));
    expect(await changes()).toBe(1);
    doc.querySelector('#story p')!.firstChild!.nodeValue = 'The council voted on Wednesday.';
    expect(await changes()).toBe(2);
  });

  it('ignores a ticking clock, a rotating ad and its own UI outside the article', async () => {
    const { doc, changes } = watched();
    doc.getElementById('clock')!.firstChild!.nodeValue = '10:42';
    const ads = doc.getElementById('ads')!;
    ads.replaceChildren(paragraph(doc, 'Another advert'));
    doc.documentElement.append(doc.createElement(HOST_TAG));
    doc.body.append(doc.createElement(HOST_TAG));
    expect(await changes()).toBe(0);
  });

  it('hears prose arriving outside the article, which may be the real story', async () => {
    const { doc, changes } = watched();
    doc.body.append(paragraph(doc, 'x'.repeat(OUTSIDE_TEXT_MIN)));
    expect(await changes()).toBe(1);
  });

  it('hears the article being removed or replaced', async () => {
    const { doc, changes } = watched();
    doc.getElementById('story')!.remove();
    expect(await changes()).toBe(1);
  });

  it('hears every change of the page while the article is not known yet', async () => {
    const { doc, changes } = watched(false);
    doc.getElementById('clock')!.firstChild!.nodeValue = '10:42';
    expect(await changes()).toBe(1);
  });
});
