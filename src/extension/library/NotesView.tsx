/**
 * Every annotation, filtered and sorted, grouped by article like a reading list: a virtualised list,
 * the selected note's detail, bulk delete with undo.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../core/annotations/schema.ts';
import type { AnnotationStore } from '../../db/store.ts';
import { AnnotationItem } from '../ui/AnnotationItem.tsx';
import { Toast, type ToastMessage } from '../ui/Toast.tsx';
import { VirtualList } from './VirtualList.tsx';
import { ARTICLE_HEIGHT, ArticleRow, ROW_HEIGHT, Row, type ArticleHeading } from './Row.tsx';
import { Filters } from './Filters.tsx';
import { EMPTY_QUERY, isFiltered, toListQuery, type LibraryQuery } from './query.ts';
import { deleteNotes, restoreNotes, saveNote } from '../shared/notes-writer.ts';
import { record } from '../shared/log.ts';
import { reason } from '../ui/use-store.ts';

export interface NotesViewProps {
  store: AnnotationStore;
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
  /** Moves on every change of the notes, whoever made it (see useStoreGeneration). */
  generation: number;
  /** Opens the export with these notes chosen. */
  onExport(): void;
}

type Entry = ArticleHeading | { kind: 'note'; annotation: Annotation };

/** Notes under their article's heading; articles in the order their first note comes in the sort. */
function byArticle(items: readonly Annotation[]): Entry[] {
  const groups = new Map<string, Annotation[]>();
  for (const a of items) {
    const group = groups.get(a.target.source);
    if (group) group.push(a);
    else groups.set(a.target.source, [a]);
  }
  const entries: Entry[] = [];
  for (const [url, notes] of groups) {
    const first = notes[0]!;
    entries.push({ kind: 'article', url, title: first.page.title || url, site: first.page.site, count: notes.length });
    for (const annotation of notes) entries.push({ kind: 'note', annotation });
  }
  return entries;
}

const SEARCH_DEBOUNCE_MS = 150;

export function NotesView({ store, query, onQuery, generation, onExport }: NotesViewProps) {
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [total, setTotal] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [facets, setFacets] = useState<{
    tags: Array<{ tag: string; count: number }>;
    sites: Array<{ site: string; count: number }>;
  }>({ tags: [], sites: [] });
  const [counts, setCounts] = useState<{ all: number; corrections: number }>({ all: 0, corrections: 0 });
  const [readError, setReadError] = useState<string | null>(null);
  const unreadable = (where: string) => (e: unknown) => {
    record(where, e);
    setReadError(
      `Your notes could not be read: ${reason(e)} The list shows what was read before; reload the page to try again.`,
    );
  };

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(
      () => {
        store.list(toListQuery(query)).then((result) => {
          if (stale) return;
          setItems(result.items);
          setTotal(result.total);
          setReadError(null);
        }, unreadable('library:list'));
      },
      query.text ? SEARCH_DEBOUNCE_MS : 0,
    );
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [store, query, generation]);

  useEffect(() => {
    Promise.all([store.tags(), store.sites(), store.count(), store.correctionCounts()]).then(
      ([tags, sites, all, c]) => {
        setFacets({ tags, sites });
        setCounts({ all, corrections: c['not-anonymous'] + c['not-a-claim'] + c['missed-claim'] });
      },
      unreadable('library:facets'),
    );
  }, [store, generation]);

  const visibleIds = useMemo(() => new Set((items ?? []).map((a) => a.id)), [items]);
  const entries = useMemo(() => byArticle(items ?? []), [items]);
  const active = activeId ? entries.findIndex((e) => e.kind === 'note' && e.annotation.id === activeId) : -1;
  const chosen = [...selected].filter((id) => visibleIds.has(id));
  const current = active >= 0 ? (entries[active] as { annotation: Annotation }).annotation : undefined;

  // Failures are shown in the toast; the writer has logged them.
  const failed = (what: string) => (e: unknown) => setToast({ text: `${what}: ${reason(e)}` });
  const remove = async (ids: string[]) => {
    const deletion = await deleteNotes(store, ids, 'library:delete').catch(failed('Nothing was deleted'));
    if (!deletion) return;
    setSelected(new Set());
    setToast({
      text: `${ids.length} note${ids.length === 1 ? '' : 's'} deleted`,
      action: {
        label: 'Undo',
        run: () =>
          void restoreNotes(store, deletion, 'library:restore').catch(failed('The notes could not be put back')),
      },
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
              ? `${total.toLocaleString()} of ${counts.all.toLocaleString()} notes match`
              : `${counts.all.toLocaleString()} note${counts.all === 1 ? '' : 's'}`}
          {counts.corrections
            ? ` · ${counts.corrections} correction${counts.corrections === 1 ? '' : 's'} of the detector`
            : ''}
        </span>
        {isFiltered(query) ? (
          <button
            type="button"
            class="link"
            onClick={() => onQuery({ ...EMPTY_QUERY, sort: query.sort, order: query.order })}
          >
            Clear filters
          </button>
        ) : null}
        <span class="spacer" />
        {items?.length ? (
          <button type="button" onClick={onExport}>
            {isFiltered(query) ? 'Export these notes' : 'Export all notes'}
          </button>
        ) : null}
        {items?.length ? (
          <button
            type="button"
            onClick={() => setSelected(chosen.length === items.length ? new Set() : new Set(items.map((a) => a.id)))}
          >
            {chosen.length === items.length ? 'Select none' : `Select all ${items.length.toLocaleString()}`}
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
            items={entries}
            heightOf={(e) => (e.kind === 'article' ? ARTICLE_HEIGHT : ROW_HEIGHT)}
            selectable={(e) => e.kind === 'note'}
            label="Notes, by article"
            activeIndex={active}
            onActivate={(index) => {
              const entry = entries[index];
              if (entry?.kind === 'note') setActiveId(entry.annotation.id);
            }}
            keyOf={(e) => (e.kind === 'article' ? `article:${e.url}` : e.annotation.id)}
            renderRow={(e, _index, isActive) =>
              e.kind === 'article' ? (
                <ArticleRow article={e} />
              ) : (
                <Row
                  annotation={e.annotation}
                  active={isActive}
                  selected={selected.has(e.annotation.id)}
                  onActivate={() => setActiveId(e.annotation.id)}
                  onSelect={(on) => {
                    const next = new Set(selected);
                    if (on) next.add(e.annotation.id);
                    else next.delete(e.annotation.id);
                    setSelected(next);
                  }}
                />
              )
            }
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
          </div>
        </div>
      ) : null}
      <Toast message={toast} onDone={() => setToast(null)} />
    </section>
  );
}
