/** The toolbar popup: how the current page is sourced, its claims and entities, highlight switches. */
import browser from '../shared/browser.ts';
import type { ToContent } from '../shared/messages.ts';
import { Scorecard } from '../ui/Scorecard.tsx';
import { usePage } from './use-page.ts';
import { ClaimList } from './ClaimList.tsx';
import { EntityList } from './EntityList.tsx';
import { Toggles } from './Toggles.tsx';
import { PageAnnotations } from './PageAnnotations.tsx';
import { HealthBanner } from '../ui/HealthBanner.tsx';
import { useState } from 'preact/hooks';
import { Legend } from '../../dom/ui/Legend.tsx';
import '../../dom/ui/legend.css';
import { record } from '../shared/log.ts';

const STATE_TEXT: Record<string, string> = {
  analyzing: 'Reading the article…',
  'not-article': 'This page does not look like a news article, so nothing is highlighted.',
  'other-language':
    'This article is not in English. Sourcelight reads English articles only, so nothing is highlighted.',
  disabled: 'Highlights are off on this site.',
  error: 'Sourcelight could not read this page.',
};

export function App() {
  const [view, reload] = usePage();
  const [key, setKey] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const openLibrary = () =>
    browser.runtime.openOptionsPage().catch((error: unknown) => {
      record('popup:open-library', error);
      setProblem('The library could not be opened. Try again, or open it from the extension’s options.');
    });
  return (
    <div class="popup">
      <header class="bar">
        <img src="icons/32.png" alt="" width={20} height={20} />
        <h1>Sourcelight</h1>
        <button type="button" class="link" aria-expanded={key} aria-controls="key" onClick={() => setKey(!key)}>
          Key to the marks
        </button>
        <button type="button" class="link" onClick={openLibrary}>
          Library
        </button>
      </header>
      {key ? (
        <div id="key" class="banner key">
          <Legend />
        </div>
      ) : null}
      {/* The header and the key to the marks stay put; only the content below scrolls. */}
      <div class="content">
        <HealthBanner />
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
        {view.status === 'loading' ? <p class="muted status">Loading…</p> : null}
        {view.status === 'unavailable' ? <p class="status">{view.reason}</p> : null}
        {view.status === 'ready' ? (
          <>
            <p class="page-title" title={view.report.url}>
              {view.report.title}
            </p>
            {view.report.state !== 'analyzed' ? (
              <p class="status" role="status">
                {STATE_TEXT[view.report.state]}
              </p>
            ) : null}
            {view.report.truncated ? (
              <p class="status" role="status">
                This article is very long: only its first two million characters were read.
              </p>
            ) : null}
            {view.report.analysis ? (
              <>
                <Scorecard summary={view.report.analysis.summary} />
                {view.report.sourcingPolicy ? (
                  <p>
                    <a href={view.report.sourcingPolicy} target="_blank" rel="noopener noreferrer">
                      This outlet's sourcing policy
                    </a>
                  </p>
                ) : null}
                <ClaimList
                  claims={view.report.claims}
                  onFocus={(index) => {
                    const message: ToContent = { type: 'popup→content:focus-claim', index };
                    browser.tabs.sendMessage(view.tab.id, message).then(
                      () => setProblem(null),
                      (error: unknown) => {
                        record('popup:focus-claim', error);
                        setProblem(
                          'The page did not answer: it may have been closed or reloaded. Reopen this popup on it.',
                        );
                      },
                    );
                  }}
                />
              </>
            ) : null}
            {view.report.canonicalUrl ? (
              <PageAnnotations
                tabId={view.tab.id}
                url={view.report.canonicalUrl}
                title={view.report.title}
                orphans={view.report.orphans}
              />
            ) : null}
            {view.report.analysis ? <EntityList summary={view.report.analysis.summary} /> : null}
            <Toggles url={view.report.url} onChange={reload} />
          </>
        ) : null}
      </div>
    </div>
  );
}
