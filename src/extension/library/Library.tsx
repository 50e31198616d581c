/** The library: every annotation across pages, entities, import and export, settings. */
import { useEffect, useState } from 'preact/hooks';
import { useStore, useStoreGeneration } from '../ui/use-store.ts';
import { HealthBanner } from '../ui/HealthBanner.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { NotesView } from './NotesView.tsx';
import { EntityView } from './EntityView.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { readQuery, writeQuery, type LibraryQuery } from './query.ts';

const TABS = [
  { id: 'notes', label: 'Notes' },
  { id: 'entities', label: 'Entities' },
  { id: 'transfer', label: 'Import & export' },
  { id: 'settings', label: 'Settings' },
] as const;
type Tab = (typeof TABS)[number]['id'];

function tabFromPath(): Tab {
  const wanted = new URLSearchParams(location.search).get('tab');
  return TABS.find((t) => t.id === wanted)?.id ?? 'notes';
}

export function Library() {
  const { store, error } = useStore();
  const [tab, setTab] = useState<Tab>(tabFromPath);
  const [query, setQuery] = useState<LibraryQuery>(() => readQuery(location.hash));
  // Moves on every change of the notes, from this page or any other view, so the views read again.
  const generation = useStoreGeneration();

  useEffect(() => {
    const onHash = () => setQuery(readQuery(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const changeQuery = (next: LibraryQuery) => {
    setQuery(next);
    history.replaceState(null, '', `${location.pathname}${location.search}${writeQuery(next)}`);
  };
  const changeTab = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `${location.pathname}?tab=${next}${location.hash}`);
  };
  const onTabKey = (event: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(at + step + TABS.length) % TABS.length]!.id;
    changeTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <div class={`library tab-${tab}`}>
      <header class="bar">
        <img src="icons/32.png" alt="" width={24} height={24} />
        <h1>Sourcelight library</h1>
        <div class="tabs" role="tablist" aria-label="Library sections" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => changeTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <HealthBanner />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {store ? (
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === 'notes' ? (
            <NotesView
              store={store}
              query={query}
              onQuery={changeQuery}
              generation={generation}
              onExport={() => changeTab('transfer')}
            />
          ) : null}
          {tab === 'entities' ? <EntityView store={store} generation={generation} /> : null}
          {tab === 'transfer' ? (
            <>
              <ExportPanel store={store} query={query} generation={generation} />
              <ImportPanel store={store} />
            </>
          ) : null}
          {tab === 'settings' ? <SettingsPanel store={store} generation={generation} /> : null}
        </div>
      ) : null}
    </div>
  );
}
