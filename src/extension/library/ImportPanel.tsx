/**
 * Import a Sourcelight backup or W3C Web Annotation JSON-LD. The whole file is validated before
 * anything is written; a bad file is refused with what is wrong and where, and the store is unchanged.
 */
import { useState } from 'preact/hooks';
import { importAnnotations } from '../../core/export/import.ts';
import { IMPORT_LIMITS } from '../../core/export/guard.ts';
import type { AnnotationStore, ImportReport } from '../../db/store.ts';
import { importNotes } from '../shared/notes-writer.ts';
import { record } from '../shared/log.ts';

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'writing'; name: string; done: number; total: number }
  | { phase: 'done'; name: string; report: ImportReport; notices: string[] }
  | { phase: 'failed'; name: string; error: string };

/** Every view hears of an import through the notes writer, the library's lists included. */
export function ImportPanel({ store }: { store: AnnotationStore }) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const name = file.name;
    // A character is at least a byte: a file with more bytes than the limit allows is refused unread.
    if (file.size > IMPORT_LIMITS.fileChars * 4) {
      return setState({
        phase: 'failed',
        name,
        error: `The file is ${(file.size / 1e6).toFixed(0)} MB, too large to import.`,
      });
    }
    setState({ phase: 'reading', name });
    let writing = false;
    try {
      const result = importAnnotations(await file.text());
      if (!result.ok) return setState({ phase: 'failed', name, error: result.error });
      const total = result.annotations.length;
      setState({ phase: 'writing', name, done: 0, total });
      const onProgress = (done: number) => setState({ phase: 'writing', name, done, total });
      writing = true;
      const report = await importNotes(store, result.annotations, { onProgress }, 'library:import');
      setState({ phase: 'done', name, report, notices: result.notices });
    } catch (error) {
      // Shown below; a failed write was logged by the writer, a file that could not be read is logged here.
      if (!writing) record('library:read-file', error);
      setState({
        phase: 'failed',
        name,
        error: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <section aria-labelledby="import-heading" class="panel">
      <h2 id="import-heading">Import</h2>
      <p class="muted">
        A Sourcelight backup, or W3C Web Annotation JSON-LD from another tool. The whole file is checked first: if
        anything in it is wrong, nothing is imported and you are told where.
      </p>
      <label class="file-button">
        {/* The native picker is hidden: its own button and "No file chosen" would make a second picker. */}
        <input
          type="file"
          class="visually-hidden"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <span class="button">Choose a file to import…</span>
      </label>
      <div role="status" aria-live="polite">
        {state.phase === 'reading' ? <p>Reading {state.name}…</p> : null}
        {state.phase === 'writing' ? (
          <p>
            Importing {state.name}: <progress max={state.total} value={state.done} /> {state.done} of {state.total}
          </p>
        ) : null}
        {state.phase === 'done' ? (
          <div class="report">
            <p>
              Imported {state.name}: {state.report.added} added, {state.report.updated} updated (newer in the file),{' '}
              {state.report.kept} kept (yours were newer or the same).
            </p>
            {state.notices.length ? (
              <ul>
                {state.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.phase === 'failed' ? (
          <p class="error" role="alert">
            {state.name} was not imported, and nothing changed. {state.error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
