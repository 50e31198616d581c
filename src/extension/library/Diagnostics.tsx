/**
 * Settings › Diagnostics: what went wrong lately, from every part of the extension, with the
 * version and browser, and a button that copies a report to paste into a bug report. The log is
 * local (storage.local) and holds no page or note text; nothing is sent anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { DIAGNOSTICS_KEY, browserName, diagnosticsReport, parseLog, type LogEntry } from '../shared/diagnostics.ts';
import { record } from '../shared/log.ts';

const SHOWN = 20;

/** Which part of Sourcelight failed, in the reader's words (the code path follows for developers). */
const PART_LABELS: Record<LogEntry['part'], string> = {
  background: 'In the background',
  content: 'On a page',
  popup: 'In the popup',
  library: 'In the library',
};

function about(): { version: string; browser: string } {
  return { version: browser.runtime.getManifest().version, browser: browserName(navigator.userAgent) };
}

export function Diagnostics() {
  const [log, setLog] = useState<LogEntry[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  useEffect(() => {
    browser.storage.local.get(DIAGNOSTICS_KEY).then(
      (stored) => setLog(parseLog(stored[DIAGNOSTICS_KEY])),
      (e: unknown) => {
        record('library:read-log', e);
        setStatus('The diagnostics log could not be read.');
        setLog([]);
      },
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DIAGNOSTICS_KEY in changes) setLog(parseLog(changes[DIAGNOSTICS_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!log) return null;

  const info = about();
  const total = log.reduce((n, e) => n + e.count, 0);
  const copy = async () => {
    const report = diagnosticsReport(log, info);
    try {
      await navigator.clipboard.writeText(report);
      setStatus('Report copied. Paste it into your bug report.');
      setManual(null);
    } catch (e) {
      // No clipboard access here: show the report to copy by hand.
      record('library:copy-report', e);
      setStatus('Your browser did not let Sourcelight copy. Select the report below and copy it.');
      setManual(report);
    }
  };
  const clear = () =>
    browser.storage.local.set({ [DIAGNOSTICS_KEY]: [] }).then(
      () => setStatus('The log is empty now.'),
      (e: unknown) => {
        record('library:clear-log', e);
        setStatus('The log could not be cleared.');
      },
    );

  return (
    <section class="diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      <p>
        Sourcelight {info.version} · {info.browser}
      </p>
      <p class="muted">
        When something fails, Sourcelight writes a short line here: where it happened and the error, never the text of a
        page or a note. It stays in this browser; copy the report to include it in a bug report.
      </p>
      <p role="status">
        {total
          ? `${total} problem${total === 1 ? '' : 's'} recorded${log.length > SHOWN ? `; the latest ${SHOWN} are shown` : ''}.`
          : 'No problems recorded.'}
      </p>
      {log.length ? (
        <ol class="plain diagnostics-log">
          {log
            .slice(-SHOWN)
            .reverse()
            .map((e) => (
              <li key={`${e.at}-${e.where}-${e.name}`}>
                <span class="muted">
                  {new Date(e.at).toLocaleString()} · {PART_LABELS[e.part]}
                  {e.count > 1 ? ` · ${e.count} times` : ''}
                </span>
                <br />
                <strong>{e.name}</strong>
                {e.message ? `: ${e.message}` : ''} <code>{e.where}</code>
              </li>
            ))}
        </ol>
      ) : null}
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          Copy report
        </button>
        {log.length ? (
          <button type="button" onClick={() => void clear()}>
            Clear
          </button>
        ) : null}
      </div>
      {status ? <p class="small">{status}</p> : null}
      {manual ? <textarea class="report" readOnly rows={8} value={manual} aria-label="Diagnostics report" /> : null}
    </section>
  );
}
