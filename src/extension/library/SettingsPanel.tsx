/** Settings: highlights everywhere, sites where they are off, and the state of the reader's storage. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { CLAIM_KINDS, ENTITY_TYPES } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS, ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';
import type { Settings } from '../shared/settings.ts';
import { onSettingsChanged, readSettings, writeSettings } from '../shared/settings-store.ts';
import { HEALTH_KEY, parseHealth, type StoreHealth } from '../shared/health.ts';
import { requestPersistence } from '../../db/persistence.ts';
import type { AnnotationStore } from '../../db/store.ts';
import { kindColor } from '../ui/swatches.ts';
import { DownloadReply, type PagesToBackground } from '../shared/messages.ts';
import { record } from '../shared/log.ts';
import { Diagnostics } from './Diagnostics.tsx';

const PERSISTENCE_TEXT: Record<NonNullable<StoreHealth['persistence']>, string> = {
  persisted: 'Your browser has agreed to keep them until you delete them.',
  granted: 'Your browser has agreed to keep them until you delete them.',
  denied:
    'A browser may clear what sites and extensions keep when the disk runs very low, so a backup now and then (Import & export) keeps them safe.',
  unsupported: 'As with anything kept in a browser, a backup now and then (Import & export) keeps them safe.',
};

/** `generation` moves whenever notes change anywhere, so the count stays true. */
export function SettingsPanel({ store, generation }: { store: AnnotationStore; generation: number }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [health, setHealth] = useState<StoreHealth | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [keptAside, setKeptAside] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Shows a failure in the panel and logs it. */
  const failed = (where: string, what: string) => (e: unknown) => {
    record(where, e);
    setProblem(what);
  };
  useEffect(() => {
    readSettings().then(setSettings, failed('library:read-settings', 'Your settings could not be read.'));
    browser.storage.local
      .get(HEALTH_KEY)
      .then(
        (s) => setHealth(parseHealth(s[HEALTH_KEY])),
        failed('library:read-health', 'The state of your storage could not be read.'),
      );
    return onSettingsChanged(setSettings);
  }, [store]);
  useEffect(() => {
    store.count().then(setCount, failed('library:count', 'Your notes could not be counted.'));
    store
      .unreadableCount()
      .then(
        setKeptAside,
        failed('library:count-unconverted', 'Notes kept from an older version could not be counted.'),
      );
  }, [store, generation]);
  if (!settings) {
    return problem ? (
      <p class="error" role="alert">
        {problem}
      </p>
    ) : null;
  }
  const save = (next: Settings) => {
    setSettings(next);
    writeSettings(next).catch(failed('library:write-settings', 'Your settings could not be saved.'));
  };
  /** Notes an older version stored that could not be converted: never dropped, handed to the reader. */
  const saveKeptAside = async () => {
    try {
      const text = `${JSON.stringify(await store.unreadable(), null, 2)}\n`;
      const message: PagesToBackground = {
        type: 'pages→background:download',
        filename: 'sourcelight-unconverted-notes.json',
        mime: 'application/json',
        text,
      };
      const reply = DownloadReply.safeParse(await browser.runtime.sendMessage(message));
      setSaved(
        reply.success && reply.data.ok ? 'Saved sourcelight-unconverted-notes.json.' : 'The download could not start.',
      );
    } catch (e) {
      record('library:save-unconverted', e);
      setSaved('The download could not start.');
    }
  };
  const askPersistence = async () => {
    const persistence = await requestPersistence();
    const next = { ...(health ?? parseHealth(undefined)), persistence };
    setHealth(next);
    await browser.storage.local
      .set({ [HEALTH_KEY]: next })
      .catch(failed('library:write-health', 'The browser’s answer could not be kept.'));
  };
  return (
    <section class="settings panel" aria-label="Settings">
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      <h2>Highlights</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })}
        />{' '}
        Highlight articles on every site
      </label>
      <fieldset>
        <legend>Claim kinds</legend>
        {CLAIM_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={settings.hiddenKinds[k] !== true}
              onChange={(e) =>
                save({ ...settings, hiddenKinds: { ...settings.hiddenKinds, [k]: !e.currentTarget.checked } })
              }
            />{' '}
            <span class="swatch" style={`background:${kindColor(k)}`} aria-hidden="true" /> {CLAIM_KIND_LABELS[k].label}{' '}
            <span class="muted small">— {CLAIM_KIND_LABELS[k].help}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Named entities</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.showEntities}
            onChange={(e) => save({ ...settings, showEntities: e.currentTarget.checked })}
          />{' '}
          Underline named entities in the page (cards and the popup name them either way)
        </label>
        <p class="muted small">Types to name on cards and underline:</p>
        {ENTITY_TYPES.map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={settings.hiddenEntityTypes[t] !== true}
              onChange={(e) =>
                save({
                  ...settings,
                  hiddenEntityTypes: { ...settings.hiddenEntityTypes, [t]: !e.currentTarget.checked },
                })
              }
            />{' '}
            {ENTITY_TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <h2>Sites where highlights are off</h2>
      {settings.disabledSites.length ? (
        <ul class="plain sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button
                type="button"
                onClick={() => save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None. Turn a site off from the toolbar popup or with Alt+Shift+H.</p>
      )}
      <h2>Your notes</h2>
      <p>
        {count === null ? '' : `${count} note${count === 1 ? '' : 's'} stored in this browser, on this computer only. `}
        {health?.persistence ? PERSISTENCE_TEXT[health.persistence] : ''}
      </p>
      {health?.persistence === 'denied' || health?.persistence === undefined ? (
        <button type="button" onClick={() => void askPersistence()}>
          Ask the browser to keep them
        </button>
      ) : null}
      {keptAside ? (
        <div class="banner warning" role="note">
          {keptAside} note{keptAside === 1 ? '' : 's'} from an older version of Sourcelight could not be converted (for
          example a title longer than this version allows). They are kept as they were.{' '}
          <button type="button" onClick={() => void saveKeptAside()}>
            Save them as a file
          </button>
          {saved ? <span role="status"> {saved}</span> : null}
        </div>
      ) : null}
      <h2>Keyboard</h2>
      <p>
        Alt+Shift+H: highlights on or off for a site · Alt+Shift+A: annotate the selection · Alt+Shift+↓ / ↑: next /
        previous claim · Escape: close. Change the first two in your browser’s extension shortcut settings.
      </p>
      <h2>Privacy</h2>
      <p>
        Sourcelight sends nothing over the network. Articles are analysed on your computer and your notes stay in this
        browser until you export them.
      </p>
      <Diagnostics />
    </section>
  );
}
