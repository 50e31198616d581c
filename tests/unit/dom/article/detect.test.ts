import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../../src/dom/article/index.ts';
import { fixture, linkedomDocument } from './helpers.ts';

const page = (head: string, body = '') =>
  linkedomDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the story, which goes on for a while with details of what happened and who said what about it.</p>`,
  ).join('');

describe('detectArticle', () => {
  it('says yes to story pages, naming the signal', () => {
    expect(detectArticle(linkedomDocument(fixture('story-with-furniture.html')))).toEqual({
      isArticle: true,
      signal: 'json-ld',
    });
    expect(detectArticle(linkedomDocument(fixture('plain-story.html')))).toEqual({
      isArticle: true,
      signal: 'text-density',
    });
    expect(detectArticle(page('<meta property="og:type" content="article">'))).toEqual({
      isArticle: true,
      signal: 'og:type',
    });
    expect(
      detectArticle(page('', '<meta property="og:type" content="article"><p>Moved into the body by the parser.</p>'))
        .signal,
    ).toBe('og:type');
    expect(detectArticle(page('', '<div itemprop="articleBody"><p>Text</p></div>')).signal).toBe('articleBody');
    expect(detectArticle(page('', `<article>${prose(10)}</article>`)).signal).toBe('article');
  });

  it('reads schema.org JSON-LD in arrays, @graph, WebPage main entities, prefixed types and CDATA wrappers', () => {
    for (const json of [
      '[{"@type":"Organization"},{"@type":"ReportageNewsArticle"}]',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["NewsArticle","Thing"]}]}',
      '{"@type":"WebPage","mainEntity":{"@type":"Article"}}',
      '{"@type":"http://schema.org/BlogPosting"}',
      '<![CDATA[ {"@type":"AnalysisNewsArticle"} ]]>',
    ]) {
      expect(detectArticle(page(ld(json))), json).toEqual({ isArticle: true, signal: 'json-ld' });
    }
  });

  it('says no to home pages, search pages and web apps', () => {
    for (const name of ['home-page.html', 'search-page.html', 'web-app.html']) {
      expect(detectArticle(linkedomDocument(fixture(name))), name).toEqual({ isArticle: false, signal: 'none' });
    }
  });

  it('is not fooled by broken JSON-LD or a list of articles', () => {
    expect(detectArticle(page(ld('{"@type": "NewsArticle",')))).toEqual({ isArticle: false, signal: 'none' });
    expect(detectArticle(page(ld('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"}]}'))).isArticle).toBe(
      false,
    );
    expect(
      detectArticle(
        page(
          '',
          `<main>${'<article><h2>Teaser</h2><p>Short summary of another story.</p></article>'.repeat(8)}</main>`,
        ),
      ).isArticle,
    ).toBe(false);
    const card = '<div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">Teaser</h2></div>';
    expect(detectArticle(page('', card.repeat(6))).isArticle).toBe(false);
    expect(detectArticle(page('', card)).signal).toBe('microdata');
  });

  it('looks into a same-origin iframe that holds the story', () => {
    const outer = page('', '<iframe src="story.html"></iframe>');
    Object.defineProperty(outer.querySelector('iframe'), 'contentDocument', {
      value: linkedomDocument(fixture('plain-story.html')),
    });
    expect(detectArticle(outer)).toEqual({ isArticle: true, signal: 'frame' });
  });
});
