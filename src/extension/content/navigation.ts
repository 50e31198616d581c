/**
 * Single-page apps change the URL without a page load. The content script lives in an isolated
 * world and cannot see the page's `history.pushState` calls, so it listens for what it can see
 * (the Navigation API where present, popstate, hashchange) and checks the URL on a slow timer.
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
  navigation?.addEventListener('navigatesuccess', check, { signal });
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  const timer = win.setInterval(check, POLL_MS);
  return () => {
    controller.abort();
    win.clearInterval(timer);
  };
}
