/**
 * The first-run page: opened once, when Sourcelight is installed (not on updates or browser restarts),
 * and at its key to the marks when a card's "Key" button asks.
 */
import type { Tabs } from 'webextension-polyfill';
import browser from '../shared/browser.ts';
import { record } from '../shared/log.ts';

export const WELCOME_PAGE = 'welcome.html';

/** Opens the key to the marks in a new tab, next to the tab whose card asked. */
export async function openKey(beside: Tabs.Tab | undefined): Promise<void> {
  const url = browser.runtime.getURL(`${WELCOME_PAGE}#marks`);
  await browser.tabs.create({
    url,
    ...(beside?.index === undefined ? {} : { index: beside.index + 1, openerTabId: beside.id }),
  });
}

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    // Nothing is lost without the page (the popup carries the key too), but the log says why it did not open.
    browser.tabs
      .create({ url: browser.runtime.getURL(WELCOME_PAGE) })
      .catch((error: unknown) => record('background:welcome', error));
  });
}
