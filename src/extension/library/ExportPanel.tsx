/** The library's one export block: every note, or the notes the filters match, in any format. */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationStore } from '../../db/store.ts';
import { ExportButtons } from '../ui/ExportButtons.tsx';
import { plural } from '../ui/Scorecard.tsx';
import { isFiltered, toListQuery, type LibraryQuery } from './query.ts';

export function ExportPanel({ store, query, generation }: { store: AnnotationStore; query: LibraryQuery; generation: number }) {
  const filtered = isFiltered(query);
  const [scope, setScope] = useState<'all' | 'filtered'>(filtered ? 'filtered' : 'all');
  const [counts, setCounts] = useState<{ all: number; matching: number } | null>(null);
  useEffect(() => {
    void Promise.all([store.count(), filtered ? store.list(toListQuery(query)).then((r) => r.total) : store.count()]).then(
      ([all, matching]) => setCounts({ all, matching }),
    );
  }, [store, query, generation]);
  const which = filtered && scope === 'filtered' ? 'filtered' : 'all';
  const load = async () =>
    which === 'filtered'
      ? (await store.list(toListQuery(query))).items
      : (await store.list({ sort: 'created', order: 'asc' })).items;
  return (
    <section class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p class="muted">Your notes leave this browser only in files you save here.</p>
      {filtered && counts ? (
        <fieldset class="scope">
          <legend class="visually-hidden">Which notes</legend>
          <label>
            <input type="radio" name="scope" checked={scope === 'filtered'} onChange={() => setScope('filtered')} /> The{' '}
            {plural(counts.matching, 'note')} your filters match
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All{' '}
            {plural(counts.all, 'note')}
          </label>
        </fieldset>
      ) : (
        <p>{counts ? `All ${plural(counts.all, 'note')}.` : ''}</p>
      )}
      <ExportButtons annotations={load} scope={which} />
    </section>
  );
}
