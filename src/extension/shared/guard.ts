/**
 * Who may talk to whom. Only our own extension can reach these listeners at all, but each receiver
 * still checks the sender's place: content-script messages must come from a tab, page messages from
 * one of our own extension pages, so a hostile page's script can never pass for the popup.
 */
import browser, { type Runtime } from './browser.ts';

export function fromOurContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && !isOurPage(sender.url);
}

export function fromOurPages(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && isOurPage(sender.url);
}

/** For a content script: a message from the background or our pages, never from another tab. */
export function fromExtensionNotTab(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (!sender.tab || isOurPage(sender.url));
}

function isOurPage(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(browser.runtime.getURL(''));
}
