/** The toolbar badge: how many anonymous-source claims the tab's article has. */
import browser from '../shared/browser.ts';
import type { ContentToBackground } from '../shared/messages.ts';

type Status = Extract<ContentToBackground, { type: 'content→background:status' }>;

export async function showStatus(tabId: number, status: Status): Promise<void> {
  const text = status.state === 'analyzed' && status.claims > 0 ? String(Math.min(status.claims, 999)) : '';
  const title =
    status.state === 'analyzed'
      ? `Sourcelight: ${status.claims} anonymous-source claim${status.claims === 1 ? '' : 's'} on this page`
      : status.state === 'other-language'
        ? 'Sourcelight: this page is not in English'
        : status.state === 'disabled'
          ? 'Sourcelight: highlights are off on this site'
          : 'Sourcelight';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#1f2a44' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
