import { describe, expect, it } from 'vitest';
import { joinArticle } from '../../../../src/core/model/article.ts';
import { extractArticle, extractArticleAsync } from '../../../../src/dom/article/index.ts';
import { fixture, jsdomDocument, linkedomDocument, mappingProblems } from './helpers.ts';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const story = (inner: string) => page(`<article><h1>A headline for the test story</h1>${inner}</article>`);

describe('extractArticle on a story page with furniture', () => {
  for (const [dom, parse] of [
    ['linkedom', linkedomDocument],
    ['jsdom', jsdomDocument],
  ] as const) {
    const ex = extractArticle(parse(fixture('story-with-furniture.html')));

    it(`keeps the story and its structure (${dom})`, () => {
      expect(ex.article.title).toBe('Harbour bridge to close for three weeks');
      expect(ex.article.blocks.map((b) => b.kind)).toEqual([
        'paragraph',
        'paragraph',
        'caption',
        'heading',
        'paragraph',
        'quote',
        'list-item',
        'list-item',
      ]);
      expect(ex.article.blocks[1]?.text).toContain('which Washington Street residents say');
      expect(ex.article.blocks[2]?.text).toBe('The bridge carries 20,000 cars a day.');
      expect(ex.article.lang).toBe('en-GB');
      expect(ex.root?.localName).toBe('article');
    });

    it(`leaves out navigation, share bars, related links, ads, forms, comments, hidden text and scripts (${dom})`, () => {
      for (const junk of [
        'Sport',
        'Tweet this',
        'Share',
        'Related',
        'Bridge tolls',
        'morning briefing',
        'Sign up',
        'Hidden correction',
        'Decorative duplicate',
        'inline style',
        'tracking',
        'enable JavaScript',
        'Template paragraph',
        'buy a boat',
        'First!',
        'Most read',
        'Privacy',
        'Photo: J. Doe',
      ]) {
        expect(ex.map.text, junk).not.toContain(junk);
      }
    });

    it(`joins exactly as the engine does and maps every character back to its node (${dom})`, () => {
      expect(ex.map.text).toBe(joinArticle(ex.article).text);
      expect(mappingProblems(ex)).toEqual([]);
    });

    it(`reads the page's metadata and sourcing policy (${dom})`, () => {
      expect(ex.meta).toMatchObject({
        title: 'Harbour bridge to close for three weeks',
        site: 'The Coastal Courier',
        lang: 'en-GB',
        canonical: 'https://courier.example/news/harbour-bridge',
        ogUrl: 'https://courier.example/2024/harbour-bridge',
        sourcingPolicy: {
          publishingPrinciples: 'https://courier.example/standards',
          unnamedSourcesPolicy: 'https://courier.example/standards#anonymous',
        },
      });
    });
  }
});

describe('extractArticle: text as a reader sees it', () => {
  const blocksOf = (html: string) => extractArticle(linkedomDocument(html)).article.blocks.map((b) => b.text);
  const long = 'The committee met for four hours on Tuesday and heard from eleven witnesses.';

  it('puts no space between inline siblings and collapses white space', () => {
    expect(
      blocksOf(story(`<p>${long}</p><p>  <b>Wash</b>ington\n\t <i>said</i>   it   was <a href="#">fine</a>. </p>`))[1],
    ).toBe('Washington said it was fine.');
  });

  it('keeps curly quotes, dashes, soft hyphens and no-break spaces verbatim', () => {
    const text = '“Netan\u00adyahu’s win” — 10\u00a0km away';
    expect(blocksOf(story(`<p>${long}</p><p>${text}</p>`))[1]).toBe(text);
  });

  it('turns a <br> into a space and two into a paragraph break', () => {
    expect(blocksOf(story(`<p>${long}</p><p>line one<br>line two<br><br>new paragraph</p>`)).slice(1)).toEqual([
      'line one line two',
      'new paragraph',
    ]);
  });

  it('splits blocks nested inside a block, without joining their words', () => {
    expect(blocksOf(story(`<div>${long}<div>inner block</div>tail text</div>`))).toEqual([
      long,
      'inner block',
      'tail text',
    ]);
  });

  it('reads an open shadow root, slots filled from the light DOM', () => {
    const doc = linkedomDocument(
      page(
        '<news-story><p slot="lead">Light DOM lead paragraph that the shadow tree shows in its slot.</p></news-story>',
      ),
    );
    const host = doc.querySelector('news-story') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<article><h1>Shadow headline for the story</h1><slot name="lead"></slot>${`<p>${long}</p>`.repeat(3)}</article>`;
    const ex = extractArticle(doc);
    expect(ex.article.title).toBe('Shadow headline for the story');
    expect(ex.article.blocks.map((b) => b.text)).toEqual([
      'Light DOM lead paragraph that the shadow tree shows in its slot.',
      long,
      long,
      long,
    ]);
    expect(mappingProblems(ex)).toEqual([]);
    expect(ex.map.positionAt(ex.map.text.indexOf(long))?.node.getRootNode()).toBe(shadow);
  });

  it('finds the article in a same-origin iframe when the page is only a frame around it', () => {
    const inner = linkedomDocument(fixture('story-with-furniture.html'));
    const outer = linkedomDocument(page('<div class="toolbar">Reader view</div><iframe src="story.html"></iframe>'));
    Object.defineProperty(outer.querySelector('iframe'), 'contentDocument', { value: inner });
    const ex = extractArticle(outer);
    expect(ex.article.title).toBe('Harbour bridge to close for three weeks');
    expect(ex.root?.ownerDocument).toBe(inner);
    expect(ex.map.positionAt(0)?.node.ownerDocument).toBe(inner);
  });

  it("takes the title from the page's metadata, unmapped, when there is no <h1>", () => {
    const ex = extractArticle(
      linkedomDocument(
        page(
          `<main>${`<p>${long}</p>`.repeat(4)}</main>`,
          '<title>Witnesses heard | Daily Example</title><meta property="og:site_name" content="Daily Example">',
        ),
      ),
    );
    expect(ex.article.title).toBe('Witnesses heard');
    expect(ex.map.positionAt(0)).toBeNull();
    expect(ex.map.positionAt(ex.map.text.indexOf(long))).not.toBeNull();
  });

  it('finds a story split over several containers, and leaves out a sidebar of short teasers', () => {
    const part = (n: number) => `<div class="col"><p>Part ${n}: ${long}</p><p>Part ${n} again: ${long}</p></div>`;
    const html = page(`<div id="layout"><div id="story">${part(1)}<figure>chart</figure>${part(2)}${part(3)}</div>
      <div id="rail"><p>Teaser: a short item about something else entirely.</p></div></div>`);
    const ex = extractArticle(linkedomDocument(html));
    expect(ex.root?.id).toBe('story');
    expect(ex.map.text).toContain('Part 3 again');
    expect(ex.map.text).not.toContain('Teaser');
  });

  it('reads metadata a browser moved into the body (after an unexpected element in the head)', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title></head><body><meta property="og:site_name" content="Moved Site">
      <link rel="canonical" href="https://moved.example/story"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","unnamedSourcesPolicy":"https://moved.example/anon"}}</script>
      <article><h1>A headline for the test story</h1><p>${long}</p></article></body></html>`;
    const ex = extractArticle(linkedomDocument(html));
    expect(ex.meta).toMatchObject({
      site: 'Moved Site',
      canonical: 'https://moved.example/story',
      sourcingPolicy: { unnamedSourcesPolicy: 'https://moved.example/anon' },
    });
  });

  it('returns an empty article, not an error, for a page with no text', () => {
    const ex = extractArticle(linkedomDocument(page('<div><img src="x.png"></div>')));
    expect(ex.root).toBeNull();
    expect(ex.article.blocks).toEqual([]);
  });

  it('never changes the page', () => {
    const doc = linkedomDocument(fixture('story-with-furniture.html'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle: finding the body', () => {
  const para = (s: string) =>
    `<p>${s}: the committee met for four hours on Tuesday and heard from eleven witnesses, including two former ministers and a retired judge.</p>`;
  const story = [1, 2, 3, 4, 5].map((i) => para(`Story ${i}`)).join('');
  const extract = (body: string) => extractArticle(linkedomDocument(page(body)));
  const texts = (body: string) => extract(body).article.blocks.map((b) => b.text.split(':')[0]);
  const storyParts = ['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5'];

  it('prefers the story to a longer comment thread', () => {
    const comments = Array.from({ length: 20 }, (_, i) => para(`Comment ${i}`)).join('');
    expect(
      texts(
        `<div id="story"><h1>Headline of the story</h1>${story}</div><div id="comments" class="comment-list">${comments}</div>`,
      ),
    ).toEqual(storyParts);
  });

  it('is not misled by furniture words on the wrappers that hold the story', () => {
    expect(
      texts(`<div class="layout has-sidebar"><div class="main">${story}</div></div><aside>${para('Aside')}</aside>`),
    ).toEqual(storyParts);
    expect(texts(`<div class="widget-area"><h1>Headline of the story</h1>${story}</div>`)).toEqual(storyParts);
  });

  it('reads an old table layout with <br><br> paragraphs, leaving out the navigation cell', () => {
    const lines = [1, 2, 3]
      .map((i) => `Story ${i}: the committee met for four hours on Tuesday and heard from eleven witnesses.<br><br>`)
      .join('');
    expect(
      texts(
        `<table><tr><td><a href="/">Home</a><br><a href="/x">World news</a><br><a href="/y">Sport</a></td><td><h1>Headline</h1>${lines}</td></tr></table>`,
      ),
    ).toEqual(['Story 1', 'Story 2', 'Story 3']);
  });

  it('leaves out the teaser cards after the story', () => {
    const cards = [1, 2, 3, 4, 5, 6]
      .map(
        (i) =>
          `<div class="card"><h3><a href="/${i}">Teaser ${i}</a></h3><p>Teaser ${i} summary of moderate length for a card.</p></div>`,
      )
      .join('');
    expect(
      texts(
        `<main><article><h1>Headline of the story</h1>${story}</article><section><h2>More news</h2>${cards}</section></main>`,
      ),
    ).toEqual(storyParts);
  });
});

describe('extractArticleAsync', () => {
  const big = page(
    `<article><h1>Long read</h1>${'<p>Paragraph of a very long article, with enough words to count as prose.</p>'.repeat(3000)}</article>`,
  );

  it('gives the same result as the synchronous extraction', async () => {
    const doc = linkedomDocument(big);
    const [a, b] = [extractArticle(doc), await extractArticleAsync(doc, { yieldEvery: 1 })];
    expect(b.map.text).toBe(a.map.text);
    expect(b.article).toEqual(a.article);
  });

  it('gives the main thread back while it works, and stops when aborted', async () => {
    const doc = linkedomDocument(big);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await extractArticleAsync(doc, { yieldEvery: 0 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    const controller = new AbortController();
    const pending = extractArticleAsync(doc, { yieldEvery: 0, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe('extractArticle: a first look at a long page', () => {
  const paragraph = (i: number) => `<p>Paragraph ${i} of a very long article, with enough words to count as prose.</p>`;
  const long = page(
    `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
     <main><article><h1>Long read</h1>${Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('')}</article>
     <section class="comments"><p>A reader's comment that runs on for a good many words indeed.</p></section></main>`,
  );
  const firstLook = { pageChars: 20_000, articleChars: 2_000 };

  it('takes only the start of the article, from the same root, mapped back to the page', () => {
    const doc = linkedomDocument(long);
    const whole = extractArticle(doc);
    const start = extractArticle(doc, { firstLook });
    expect(whole.partial).toBe(false);
    expect(start.partial).toBe(true);
    expect(start.root).toBe(whole.root);
    expect(start.article.title).toBe('Long read');
    expect(start.map.text.length).toBeGreaterThanOrEqual(2_000);
    expect(start.map.text.length).toBeLessThan(2_200);
    // The start is the whole article's beginning, block for block.
    expect(whole.article.blocks.slice(0, start.article.blocks.length)).toEqual(start.article.blocks);
    expect(start.map.text).toBe(joinArticle(start.article).text);
    expect(mappingProblems(start)).toEqual([]);
  });

  it('extracts a page with less text than the limit whole', () => {
    const doc = linkedomDocument(story(paragraph(1) + paragraph(2)));
    const plain = extractArticle(doc);
    const looked = extractArticle(doc, { firstLook });
    expect(looked.partial).toBe(false);
    expect(looked.article).toEqual(plain.article);
  });

  it('lets queued tasks run between its steps when asked to give way, with the same result', async () => {
    const doc = linkedomDocument(long);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await extractArticleAsync(doc, { yieldEvery: 0, giveWay: true });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(result.article).toEqual(extractArticle(doc).article);
  });
});
