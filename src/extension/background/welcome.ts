/** Opens the first-run page once, when Sourcelight is installed (not on updates or browser restarts). */
import browser from '../shared/browser.ts';
import { record } from '../shared/log.ts';

export const WELCOME_PAGE = 'welcome.html';

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => {
      // Nothing is lost without the page (the popup carries the key too), but say why it did not open.
      record('background:welcome', error);
    });
  });
}
