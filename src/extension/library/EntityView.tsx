/**
 * The entity view: who and what the reader's notes and annotated claims mention, across every
 * annotated article. Built in slices between frames, so thousands of notes never freeze the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../core/annotations/schema.ts';
import { exactOf } from '../../core/annotations/selectors.ts';
import { EntityIndex, type IndexedEntity } from '../../core/library/entity-index.ts';
import { ENTITY_TYPES, type EntityType } from '../../core/model/analysis.ts';
import { ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';
import type { AnnotationStore } from '../../db/store.ts';
import { forEachChunked } from '../../dom/schedule.ts';
import { NoteText } from '../../dom/ui/Markdown.tsx';
import { record } from '../shared/log.ts';
import { reason } from '../ui/use-store.ts';

export function EntityView({ store, generation }: { store: AnnotationStore; generation: number }) {
  const [entities, setEntities] = useState<IndexedEntity[] | null>(null);
  const [byId, setById] = useState<Map<string, Annotation>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [type, setType] = useState<EntityType | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const { items } = await store.list({ sort: 'modified' });
      const index = new EntityIndex();
      let done = 0;
      await forEachChunked(
        items,
        (a) => {
          index.add(a);
          if (++done % 200 === 0) setProgress({ done, total: items.length });
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      setById(new Map(items.map((a) => [a.id, a])));
      setEntities(index.entities());
      setProgress(null);
      setError(null);
    })().catch((e: unknown) => {
      record('library:entities', e);
      setError(`Your notes could not be read: ${reason(e)}`);
    });
    return () => controller.abort();
  }, [store, generation]);

  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (!entities) {
    return (
      <p role="status">Finding entities in your notes…{progress ? ` ${progress.done} of ${progress.total}` : ''}</p>
    );
  }
  const shown = entities.filter((e) => !type || e.type === type);
  return (
    <section class="entity-view" aria-label="Entities">
      <p class="intro">
        The people, organisations, places and news outlets named in the passages you annotated and in your notes, across
        every article. Choose one to see each note that mentions it: who keeps coming back, and what you wrote about
        them.
      </p>
      <label class="type-filter">
        Show{' '}
        <select value={type} onChange={(e) => setType(e.currentTarget.value as EntityType | '')}>
          <option value="">All types</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? <p class="empty">Your notes mention no named entity yet.</p> : null}
      {shown.length > 500 ? <p class="muted">The 500 mentioned most are shown.</p> : null}
      <ul class="plain entities">
        {shown.slice(0, 500).map((e) => {
          const key = `${e.type}:${e.canonical}`;
          const expanded = open === key;
          return (
            <li key={key}>
              <button
                type="button"
                class="entity-toggle"
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : key)}
              >
                <span class="name">
                  <span class="chevron" aria-hidden="true">
                    {expanded ? '▾' : '▸'}
                  </span>{' '}
                  {e.canonical}
                </span>{' '}
                <span class="muted">
                  {ENTITY_TYPE_LABELS[e.type]} · {e.annotations.length} note{e.annotations.length === 1 ? '' : 's'}
                </span>
              </button>
              {expanded ? (
                <ul class="plain mentions">
                  {e.annotations.map((id) => {
                    const a = byId.get(id);
                    if (!a) return null;
                    return (
                      <li key={id}>
                        <blockquote>{exactOf(a.target.selector)}</blockquote>
                        {a.body.note ? <NoteText note={a.body.note} format={a.body.format} class="note" /> : null}
                        <p class="small">
                          <a href={a.target.source} target="_blank" rel="noopener noreferrer">
                            {a.page.title || a.target.source}
                          </a>{' '}
                          <span class="muted">· {a.page.site}</span>
                        </p>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
