/** Which tab our popup acts on: `?tab=<id>` when opened in a tab of its own, else the active tab. */
import browser, { type Tabs } from './browser.ts';

export async function targetTab(search: string): Promise<Tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(search).get('tab'));
  // A tab that is gone reads as no tab: the popup says "No tab to read", nothing to log.
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
