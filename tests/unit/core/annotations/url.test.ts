import { describe, expect, it } from 'vitest';
import { canonicalUrl, sameSite, siteOf } from '../../../../src/core/annotations/url.ts';

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, keeping the parameters that pick the story', () => {
    expect(
      canonicalUrl(
        'https://www.example.com/news/story.html?utm_source=twitter&id=42&fbclid=abc&UTM_Medium=x&gclid=1#comments',
      ),
    ).toBe('https://www.example.com/news/story.html?id=42');
  });

  it('finds the same URL from every share link of one story', () => {
    const links = [
      'https://www.example.com/a/b?utm_campaign=c',
      'https://www.example.com/a/b?mc_cid=1&mc_eid=2',
      'https://WWW.EXAMPLE.COM:443/a/b#top',
      'https://www.example.com/a/b?igshid=x&ref_src=twsrc%5Etfw',
      'https://www.example.com/a/b?',
    ];
    expect(new Set(links.map((l) => canonicalUrl(l)))).toEqual(new Set(['https://www.example.com/a/b']));
  });

  it('prefers <link rel=canonical>, resolved against the page, when it is on the same site', () => {
    expect(canonicalUrl('https://m.example.com/amp/story?x=1', { canonical: 'https://www.example.com/story' })).toBe(
      'https://www.example.com/story',
    );
    expect(canonicalUrl('https://www.example.com/amp/story', { canonical: '/story?utm_source=rss' })).toBe(
      'https://www.example.com/story',
    );
    expect(canonicalUrl('https://edition.cnn.com/2024/x', { canonical: 'https://www.cnn.com/2024/x' })).toBe(
      'https://www.cnn.com/2024/x',
    );
  });

  it('falls back to og:url, and ignores hints on another site or with another scheme', () => {
    expect(canonicalUrl('https://www.example.com/s?a=1', { ogUrl: 'https://example.com/s' })).toBe(
      'https://example.com/s',
    );
    expect(canonicalUrl('https://www.example.com/s', { canonical: 'https://evil.test/s' })).toBe(
      'https://www.example.com/s',
    );
    expect(
      canonicalUrl('https://www.example.com/s', { canonical: 'javascript:alert(1)', ogUrl: 'ftp://example.com/s' }),
    ).toBe('https://www.example.com/s');
    expect(canonicalUrl('https://www.example.com/s', { canonical: '   ', ogUrl: 'https://www.example.com/t' })).toBe(
      'https://www.example.com/t',
    );
  });

  it('keeps unrelated parameters in order and as encoded', () => {
    expect(canonicalUrl('https://example.com/p?b=2&utm_x=1&a=%20x&pk_campaign=z')).toBe(
      'https://example.com/p?b=2&a=%20x',
    );
  });

  it('leaves non-web URLs alone apart from the fragment, and junk unchanged', () => {
    expect(canonicalUrl('file:///home/me/page.html#x')).toBe('file:///home/me/page.html');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});

describe('sameSite and siteOf', () => {
  it('treats www/m/amp hosts and subdomains as one site, without merging public suffixes', () => {
    expect(sameSite('www.nytimes.com', 'mobile.nytimes.com')).toBe(true);
    expect(sameSite('amp.theguardian.com', 'www.theguardian.com')).toBe(true);
    expect(sameSite('bbc.co.uk', 'other.co.uk')).toBe(false);
    expect(sameSite('example.com', 'example.org')).toBe(false);
  });

  it('names the site by host without www', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOf('https://edition.cnn.com/x')).toBe('edition.cnn.com');
    expect(siteOf('nope')).toBe('');
  });
});
