/** The popup's view of the page: asks the tab's content script for its report, polling while it works. */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from '../shared/browser.ts';
import { PageReport, type ToContent } from '../shared/messages.ts';
import { targetTab } from '../shared/tabs.ts';
import { unavailableReason } from './unavailable.ts';
import { record } from '../shared/log.ts';

export type PageView =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: string }
  | { status: 'ready'; tab: Tabs.Tab & { id: number }; report: PageReport };

const POLL_MS = 300;

export function usePage(): [PageView, () => void] {
  const [view, setView] = useState<PageView>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const tab = await targetTab(location.search);
      if (stopped) return;
      if (typeof tab?.id !== 'number') return setView({ status: 'unavailable', reason: 'No tab to read.' });
      const message: ToContent = { type: 'popup→content:report' };
      // No answer is the usual case on a page our content script has not reached (opened before
      // install, a browser page): shown below as such, not a failure to log.
      const raw = await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      if (stopped) return;
      const report = PageReport.safeParse(raw);
      if (!report.success) return setView({ status: 'unavailable', reason: unavailableReason(tab.url) });
      setView({ status: 'ready', tab: tab as Tabs.Tab & { id: number }, report: report.data });
      if (report.data.state === 'analyzing') timer = setTimeout(load, POLL_MS);
    };
    load().catch((error: unknown) => {
      record('popup:read-page', error);
      if (!stopped)
        setView({
          status: 'unavailable',
          reason: `Sourcelight could not read this tab: ${error instanceof Error ? error.message : String(error)}`,
        });
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [generation]);
  return [view, () => setGeneration((g) => g + 1)];
}
