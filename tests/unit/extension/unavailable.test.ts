import { describe, expect, it } from 'vitest';
import { CLOSED_PAGE_TEXT, RELOAD_TEXT, unavailableReason } from '../../../src/extension/popup/unavailable.ts';

describe('why the popup has nothing for a tab', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'about:blank',
    'moz-extension://0b6c1d2e-0000-4000-8000-000000000000/library.html',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'file:///home/reader/saved.html',
    'https://chromewebstore.google.com/detail/sourcelight/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/sourcelight/',
    '', // the browser hides addresses of pages we have no access to
    undefined,
  ])('says Sourcelight does not run on %s', (url) => {
    expect(unavailableReason(url)).toBe(CLOSED_PAGE_TEXT);
    expect(unavailableReason(url)).not.toMatch(/reload/i);
  });

  it.each([
    'https://apnews.com/article/china-russia',
    'http://127.0.0.1:8080/story.html',
    'https://chrome.google.com/search',
  ])('asks for a reload on a web page the script has not reached: %s', (url) =>
    expect(unavailableReason(url)).toBe(RELOAD_TEXT),
  );
});
