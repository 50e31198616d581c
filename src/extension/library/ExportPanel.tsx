/** The library's one export block: every note, or the notes the filters match, in any format. */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationStore } from '../../db/store.ts';
import { ExportButtons } from '../ui/ExportButtons.tsx';
import { plural } from '../ui/Scorecard.tsx';
import { isFiltered, toListQuery, type LibraryQuery } from './query.ts';
import { record } from '../shared/log.ts';
import { reason } from '../ui/use-store.ts';

export interface ExportPanelProps {
  store: AnnotationStore;
  /** The library's filters: when set, the reader may export only the notes they match. */
  query: LibraryQuery;
  /** Moves on every change of the notes, so the counts stay true. */
  generation: number;
}

export function ExportPanel({ store, query, generation }: ExportPanelProps) {
  const filtered = isFiltered(query);
  const [scope, setScope] = useState<'all' | 'filtered'>(filtered ? 'filtered' : 'all');
  const [counts, setCounts] = useState<{ all: number; matching: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const matching = filtered ? store.list(toListQuery(query)).then((r) => r.total) : store.count();
    Promise.all([store.count(), matching]).then(
      ([all, matching]) => {
        setCounts({ all, matching });
        setProblem(null);
      },
      (e: unknown) => {
        // The buttons still work (they read the notes again); only the counts are missing.
        record('library:export-counts', e);
        setProblem(`Your notes could not be counted: ${reason(e)}`);
      },
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
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
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
