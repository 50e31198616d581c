/**
 * Message senders as the browser describes them (runtime.MessageSender), for our extension id
 * `OUR_ID`: our content scripts in tabs, our own pages, and everyone who must be refused.
 * `fakeRuntime` stands in for the browser's `chrome.runtime` / `browser.runtime`.
 */
import type { Runtime } from 'webextension-polyfill';

export const OUR_ID = 'sourcelightextensionid';
export const OUR_ORIGIN = `chrome-extension://${OUR_ID}/`;

export const fakeRuntime = {
  id: OUR_ID,
  getURL: (path: string) => `${OUR_ORIGIN}${path.replace(/^\//, '')}`,
};

/** What src/extension/shared/identity.ts reads from that runtime. */
export const IDENTITY = { id: OUR_ID, base: OUR_ORIGIN };

const tab = (id: number, url: string) => ({
  id,
  url,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
});

/** Our content script in a tab showing `url` (top frame). */
export function contentScript(url: string, tabId = 7): Runtime.MessageSender {
  return { id: OUR_ID, url, tab: tab(tabId, url), frameId: 0 };
}

/** Our content script in a frame of another site inside a tab. */
export function contentScriptInFrame(frameUrl: string, topUrl: string): Runtime.MessageSender {
  return { id: OUR_ID, url: frameUrl, tab: tab(7, topUrl), frameId: 3 };
}

export const senders = {
  popup: { id: OUR_ID, url: `${OUR_ORIGIN}popup/popup.html` } as Runtime.MessageSender,
  libraryInTab: {
    id: OUR_ID,
    url: `${OUR_ORIGIN}library/library.html`,
    tab: tab(3, `${OUR_ORIGIN}library/library.html`),
  } as Runtime.MessageSender,
  background: { id: OUR_ID, url: `${OUR_ORIGIN}background.js` } as Runtime.MessageSender,
  backgroundNoUrl: { id: OUR_ID } as Runtime.MessageSender,
  otherExtension: {
    id: 'someotherextensionid',
    url: 'chrome-extension://someotherextensionid/popup.html',
  } as Runtime.MessageSender,
  otherExtensionInTab: {
    id: 'someotherextensionid',
    url: 'https://news.example/story',
    tab: tab(7, 'https://news.example/story'),
  } as Runtime.MessageSender,
  /** A page's own script (externally_connectable, or a forged object): no extension id. */
  webPage: { url: 'https://evil.example/', tab: tab(9, 'https://evil.example/') } as Runtime.MessageSender,
  /** A page whose URL pretends to be ours by prefix. */
  lookalikeHost: { id: OUR_ID, url: `chrome-extension://${OUR_ID}.evil.example/popup.html` } as Runtime.MessageSender,
  lookalikeId: { id: OUR_ID, url: `chrome-extension://${OUR_ID}x/popup.html` } as Runtime.MessageSender,
  /** Our content script as a browser may describe it: a tab, no frame URL. */
  contentScriptNoUrl: { id: OUR_ID, tab: tab(5, 'https://news.example/') } as Runtime.MessageSender,
};
