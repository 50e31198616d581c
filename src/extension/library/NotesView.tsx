/** Every annotation, filtered and sorted: a virtualised list, the selected note's detail, bulk delete with undo. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../core/annotations/schema.ts';
import type { AnnotationStore } from '../../db/store.ts';
import { AnnotationItem } from '../ui/AnnotationItem.tsx';
import { Toast, type ToastMessage } from '../ui/Toast.tsx';
import { ExportButtons } from '../ui/ExportButtons.tsx';
import { VirtualList } from './VirtualList.tsx';
import { ROW_HEIGHT, Row } from './Row.tsx';
import { Filters } from './Filters.tsx';
import { isFiltered, toListQuery, type LibraryQuery } from './query.ts';
import { deleteNotes, restoreNotes, saveNote } from '../shared/notes-writer.ts';
import { record } from '../shared/log.ts';
import { reason } from '../ui/use-store.ts';

export interface NotesViewProps {
  store: AnnotationStore;
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
  /** Moves on every change of the notes, whoever made it (see useStoreGeneration). */
  generation: number;
}

const SEARCH_DEBOUNCE_MS = 150;

export function NotesView({ store, query, onQuery, generation }: NotesViewProps) {
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [total, setTotal] = useState(0);
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [facets, setFacets] = useState<{ tags: Array<{ tag: string; count: number }>; sites: Array<{ site: string; count: number }> }>({ tags: [], sites: [] });
  const [counts, setCounts] = useState<{ all: number; corrections: number }>({ all: 0, corrections: 0 });
  const [readError, setReadError] = useState<string | null>(null);
  const unreadable = (where: string) => (e: unknown) => {
    record(where, e);
    setReadError(`Your notes could not be read: ${reason(e)} The list shows what was read before; reload the page to try again.`);
  };

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      store.list(toListQuery(query)).then((result) => {
        if (stale) return;
        setItems(result.items);
        setTotal(result.total);
        setActive((i) => Math.min(i, result.items.length - 1));
        setReadError(null);
      }, unreadable('library:list'));
    }, query.text ? SEARCH_DEBOUNCE_MS : 0);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [store, query, generation]);

  useEffect(() => {
    Promise.all([store.tags(), store.sites(), store.count(), store.correctionCounts()]).then(([tags, sites, all, c]) => {
      setFacets({ tags, sites });
      setCounts({ all, corrections: c['not-anonymous'] + c['not-a-claim'] + c['missed-claim'] });
    }, unreadable('library:facets'));
  }, [store, generation]);

  const visibleIds = useMemo(() => new Set((items ?? []).map((a) => a.id)), [items]);
  const chosen = [...selected].filter((id) => visibleIds.has(id));
  const current = items && active >= 0 ? items[active] : undefined;

  // Failures are shown in the toast; the writer has logged them.
  const failed = (what: string) => (e: unknown) => setToast({ text: `${what}: ${reason(e)}` });
  const remove = async (ids: string[]) => {
    const deletion = await deleteNotes(store, ids, 'library:delete').catch(failed('Nothing was deleted'));
    if (!deletion) return;
    setSelected(new Set());
    setToast({
      text: `${ids.length} note${ids.length === 1 ? '' : 's'} deleted`,
      action: { label: 'Undo', run: () => void restoreNotes(store, deletion, 'library:restore').catch(failed('The notes could not be put back')) },
    });
  };

  return (
    <section class="notes-view" aria-label="Notes">
      <Filters query={query} tags={facets.tags} sites={facets.sites} onChange={onQuery} />
      {readError ? (
        <p class="error" role="alert">
          {readError}
        </p>
      ) : null}
      <div class="summary">
        <span role="status">
          {items === null
            ? 'Loading…'
            : isFiltered(query)
              ? `${total} of ${counts.all} notes match`
              : `${counts.all} note${counts.all === 1 ? '' : 's'}`}
          {counts.corrections ? ` · ${counts.corrections} correction${counts.corrections === 1 ? '' : 's'} of the detector` : ''}
        </span>
        <span class="spacer" />
        {items?.length ? (
          <button type="button" onClick={() => setSelected(chosen.length === items.length ? new Set() : new Set(items.map((a) => a.id)))}>
            {chosen.length === items.length ? 'Select none' : `Select all ${items.length}`}
          </button>
        ) : null}
        {chosen.length ? (
          <button type="button" class="danger" onClick={() => void remove(chosen)}>
            Delete {chosen.length} selected
          </button>
        ) : null}
      </div>
      {items && items.length === 0 ? (
        <p class="empty">
          {counts.all === 0
            ? 'No notes yet. On a news article, select text and choose “Annotate”, or import a backup.'
            : 'No note matches these filters.'}
        </p>
      ) : null}
      {items && items.length > 0 ? (
        <div class="split">
          <VirtualList
            items={items}
            rowHeight={ROW_HEIGHT}
            label="Notes"
            activeIndex={active}
            onActivate={setActive}
            keyOf={(a) => a.id}
            renderRow={(a, index, isActive) => (
              <Row
                annotation={a}
                active={isActive}
                selected={selected.has(a.id)}
                onActivate={() => setActive(index)}
                onSelect={(on) => {
                  const next = new Set(selected);
                  if (on) next.add(a.id);
                  else next.delete(a.id);
                  setSelected(next);
                }}
              />
            )}
          />
          <div class="detail" aria-live="polite">
            {current ? (
              <AnnotationItem
                key={current.id}
                annotation={current}
                showPage
                onSave={async (next) => {
                  await saveNote(store, next, 'library:save');
                }}
                onDelete={() => void remove([current.id])}
              />
            ) : (
              <p class="empty">Choose a note to see it whole and edit it.</p>
            )}
            <h2>Export {isFiltered(query) ? 'these notes' : 'all notes'}</h2>
            <ExportButtons annotations={() => items} scope={isFiltered(query) ? 'filtered' : 'all'} />
          </div>
        </div>
      ) : null}
      <Toast message={toast} onDone={() => setToast(null)} />
    </section>
  );
}
