/**
 * The last reading of each tab's article, kept in memory so that asking again (a note was saved,
 * a paragraph arrived) re-reads only what changed. Lost when the worker sleeps, which only costs a
 * full reading; a few tabs at most are kept, the oldest dropped first.
 */
import browser from '../shared/browser.ts';
import type { Reading } from '../../core/incremental.ts';

const MAX_TABS = 8;
const readings = new Map<number, { url: string; reading: Reading }>();

/** The last reading of this tab, if it was of the same page. */
export function lastReading(tabId: number, url: string): Reading | undefined {
  const last = readings.get(tabId);
  return last?.url === url ? last.reading : undefined;
}

export function keepReading(tabId: number, url: string, reading: Reading): void {
  readings.delete(tabId);
  readings.set(tabId, { url, reading });
  while (readings.size > MAX_TABS) readings.delete(readings.keys().next().value!);
}

export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId: number) => void readings.delete(tabId));
}
