/**
 * Who may talk to whom. Only our own extension can reach these listeners at all, but each receiver
 * still checks the sender's place: content-script messages must come from a tab, page messages from
 * one of our own extension pages, so a hostile page's script can never pass for the popup.
 */
import type { Runtime } from 'webextension-polyfill';
import { extensionIdentity, type ExtensionIdentity } from './identity.ts';

function isOurPage(url: string | undefined, self: ExtensionIdentity): boolean {
  return Boolean(self.base) && typeof url === 'string' && url.startsWith(self.base);
}

const isUs = (sender: Runtime.MessageSender, self: ExtensionIdentity) => Boolean(self.id) && sender.id === self.id;

export function fromOurContentScript(sender: Runtime.MessageSender, self = extensionIdentity()): boolean {
  return isUs(sender, self) && typeof sender.tab?.id === 'number' && !isOurPage(sender.url, self);
}

export function fromOurPages(sender: Runtime.MessageSender, self = extensionIdentity()): boolean {
  return isUs(sender, self) && isOurPage(sender.url, self);
}

/** For a content script: a message from the background or our pages, never from another tab. */
export function fromExtensionNotTab(sender: Runtime.MessageSender, self = extensionIdentity()): boolean {
  return isUs(sender, self) && (!sender.tab || isOurPage(sender.url, self));
}
