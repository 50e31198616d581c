/**
 * Why the popup has no report for a tab, in words a reader can act on. The browser hides a tab's
 * address from us where we have no access (its own pages, other extensions' pages), and Sourcelight
 * only runs on http(s) pages outside the add-on stores; anywhere else it is not a matter of reloading.
 */

/** Stores where browsers let no extension run, whatever its permissions. */
const CLOSED: ReadonlyArray<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

export const CLOSED_PAGE_TEXT =
  'Sourcelight does not run on this page. Browsers keep their own pages (settings, new tabs, add-on stores, ' +
  'other extensions) closed to extensions. Open a news article to see how it is sourced.';

export const RELOAD_TEXT =
  'Sourcelight has not read this page yet: it was open before Sourcelight was installed or updated. ' +
  'Reload the page to read it.';

export function isClosedPage(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return CLOSED.some((c) => parsed.hostname === c.host && (!c.path || parsed.pathname.startsWith(c.path)));
}

export function unavailableReason(url: string | undefined): string {
  return isClosedPage(url) ? CLOSED_PAGE_TEXT : RELOAD_TEXT;
}
