/** Highlight switches: this site on or off, and each claim kind and entity type. */
import { useEffect, useState } from 'preact/hooks';
import { CLAIM_KINDS, ENTITY_TYPES } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS, ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';
import { siteEnabled, type Settings } from '../shared/settings.ts';
import { onSettingsChanged, readSettings, writeSettings } from '../shared/settings-store.ts';
import { kindColor } from '../ui/swatches.ts';
import { record } from '../shared/log.ts';

export function Toggles({ url, onChange }: { url: string; onChange(): void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    readSettings().then(setSettings, (error: unknown) => record('popup:read-settings', error));
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a web page (feature detection, not a failure): no site switch.
  }
  const save = async (next: Settings) => {
    setSettings(next);
    try {
      await writeSettings(next);
    } catch (error) {
      // The switch flips back, so the reader sees it did not take; the log keeps why.
      record('popup:write-settings', error);
      setSettings(settings);
      return;
    }
    // Give the content script a moment to repaint before the popup reads the page again.
    setTimeout(onChange, 250);
  };
  const onSite = host ? siteEnabled(settings, host) : settings.enabled;
  const toggleSite = () =>
    save({
      ...settings,
      enabled: true,
      disabledSites: onSite ? [...settings.disabledSites, host] : settings.disabledSites.filter((h) => h !== host),
    });
  return (
    <section aria-labelledby="toggles-heading" class="toggles">
      <h2 id="toggles-heading">Highlights</h2>
      {host ? (
        <label class="switch">
          <input type="checkbox" checked={onSite} onChange={toggleSite} /> Highlight articles on {host}
        </label>
      ) : null}
      <fieldset disabled={!onSite}>
        <legend>Claims</legend>
        <div class="options">
          {CLAIM_KINDS.map((kind) => (
            <label key={kind} title={CLAIM_KIND_LABELS[kind].help}>
              <input
                type="checkbox"
                checked={settings.hiddenKinds[kind] !== true}
                onChange={(e) =>
                  save({ ...settings, hiddenKinds: { ...settings.hiddenKinds, [kind]: !e.currentTarget.checked } })
                }
              />
              <span class="swatch" style={`background:${kindColor(kind)}`} aria-hidden="true" />{' '}
              {CLAIM_KIND_LABELS[kind].label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={!onSite}>
        <legend>Entities</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.showEntities}
            onChange={(e) => save({ ...settings, showEntities: e.currentTarget.checked })}
          />{' '}
          Underline them in the page
        </label>
        <p class="muted small sub">Types to name on cards and underline:</p>
        <div class="options">
          {ENTITY_TYPES.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={settings.hiddenEntityTypes[type] !== true}
                onChange={(e) =>
                  save({
                    ...settings,
                    hiddenEntityTypes: { ...settings.hiddenEntityTypes, [type]: !e.currentTarget.checked },
                  })
                }
              />
              <span class={`line type-${type}`} aria-hidden="true" /> {ENTITY_TYPE_LABELS[type]}
            </label>
          ))}
        </div>
      </fieldset>
      <p class="muted small">Alt+Shift+H turns highlights on or off for this site.</p>
    </section>
  );
}
