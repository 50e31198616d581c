/**
 * This page's annotations in the popup: notes (edit, delete with undo) and, apart from them, the
 * reader's corrections of the detector (remove with undo). Every write goes through the notes
 * writer, which tells every view, the page's tab included, so the page repaints itself.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../core/annotations/schema.ts';
import { AnnotationItem } from '../ui/AnnotationItem.tsx';
import { Toast, type ToastMessage } from '../ui/Toast.tsx';
import { reason, useStore, useStoreGeneration } from '../ui/use-store.ts';
import { ExportButtons } from '../ui/ExportButtons.tsx';
import { CorrectionList } from './CorrectionList.tsx';
import { deleteNotes, restoreNotes, saveNote } from '../shared/notes-writer.ts';
import { record } from '../shared/log.ts';

export interface PageAnnotationsProps {
  /** The tab the popup acts on (the page hears of changes from the notes writer, like every view). */
  tabId: number;
  url: string;
  title: string;
  orphans: readonly string[];
}

export function PageAnnotations({ url, title, orphans }: PageAnnotationsProps) {
  const { store, error } = useStore();
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const generation = useStoreGeneration(url);

  useEffect(() => {
    if (!store) return;
    let stale = false;
    store.forUrl(url).then(
      (found) => {
        if (stale) return;
        setItems(found);
        setReadError(null);
      },
      (e: unknown) => {
        record('popup:read-notes', e);
        if (!stale) setReadError(`This page's notes could not be read: ${reason(e)}`);
      },
    );
    return () => {
      stale = true;
    };
  }, [store, url, generation]);

  /** Shown in a toast; the writer has logged the failure. */
  const failed = (what: string) => (e: unknown) => setToast({ text: `${what}: ${reason(e)}` });

  if (error || readError)
    return (
      <p class="error" role="alert">
        {error ?? readError}
      </p>
    );
  if (!items || !store) return null;
  const notes = items.filter((a) => !a.correction);
  const corrections = items.filter((a) => a.correction);
  /** Deletes a note or a correction, then offers Undo (which puts it back unchanged). */
  const remove = async (a: Annotation, kind: 'note' | 'correction') => {
    const deletion = await deleteNotes(store, [a.id], 'popup:delete').catch(failed(`The ${kind} could not be removed`));
    if (!deletion) return;
    setToast({
      text: kind === 'note' ? 'Note deleted' : 'Correction removed',
      action: {
        label: 'Undo',
        run: () =>
          void restoreNotes(store, deletion, 'popup:restore').catch(failed(`The ${kind} could not be put back`)),
      },
    });
  };
  return (
    <>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Your notes ({notes.length})</h2>
        {notes.length ? (
          notes.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              orphan={orphans.includes(a.id)}
              onSave={async (next) => {
                await saveNote(store, next, 'popup:save');
              }}
              onDelete={() => void remove(a, 'note')}
            />
          ))
        ) : (
          <p class="empty">No notes on this page yet. Select text on the page and choose “Annotate”.</p>
        )}
      </section>
      {corrections.length ? (
        <CorrectionList items={corrections} onRemove={(a) => void remove(a, 'correction')} />
      ) : null}
      {items.length ? (
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">Export this page</h2>
          <ExportButtons
            annotations={() => items}
            scope={title}
            formats={['markdown', 'csv', 'webannotation', 'claimreview']}
          />
        </section>
      ) : null}
      <Toast message={toast} onDone={() => setToast(null)} />
    </>
  );
}
