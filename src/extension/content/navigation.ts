/**
 * Single-page apps change the URL without a page load. The content script lives in an isolated
 * world and cannot see the page's `history.pushState` calls, but the Navigation API's
 * `currententrychange` event reaches every world. Where that API is missing, a slow timer checks
 * the URL instead; popstate and hashchange are heard either way.
 */
const POLL_MS = 1000;

export function watchUrl(win: Window, onChange: (url: string) => void): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    // A change of fragment alone is a jump within the same article, not a new page.
    const sameDocument = now.split('#')[0] === last.split('#')[0];
    last = now;
    if (!sameDocument) onChange(now);
  };
  const controller = new AbortController();
  const { signal } = controller;
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  const timer = navigation ? undefined : win.setInterval(check, POLL_MS);
  return () => {
    controller.abort();
    if (timer !== undefined) win.clearInterval(timer);
  };
}
