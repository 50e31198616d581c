/** This page's annotations in the popup: edit, delete with undo; the page repaints after each change. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import type { ToContent } from '../shared/messages.ts';
import type { Annotation } from '../../core/annotations/schema.ts';
import { AnnotationItem } from '../ui/AnnotationItem.tsx';
import { Toast, type ToastMessage } from '../ui/Toast.tsx';
import { useStore } from '../ui/use-store.ts';
import { ExportButtons } from '../ui/ExportButtons.tsx';
import { CorrectionList } from './CorrectionList.tsx';

export interface PageAnnotationsProps {
  tabId: number;
  url: string;
  title: string;
  orphans: readonly string[];
}

export function PageAnnotations({ tabId, url, title, orphans }: PageAnnotationsProps) {
  const { store, error } = useStore();
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);

  const reload = async () => {
    if (!store) return;
    setItems(await store.forUrl(url));
  };
  const changed = async () => {
    await reload();
    const message: ToContent = { type: 'popup→content:annotations-changed' };
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };
  useEffect(() => void reload(), [store, url]);

  if (error) return <p class="error">{error}</p>;
  if (!items) return null;
  const notes = items.filter((a) => !a.correction);
  const corrections = items.filter((a) => a.correction);
  const remove = async (a: Annotation, done: string) => {
    const deletion = await store!.deleteMany([a.id]);
    await changed();
    setToast({ text: done, action: { label: 'Undo', run: () => void store!.restore(deletion).then(changed) } });
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
                await store!.save(next);
                await changed();
              }}
              onDelete={() => void remove(a, 'Note deleted')}
            />
          ))
        ) : (
          <p class="empty">No notes on this page yet. Select text on the page and choose “Annotate”.</p>
        )}
      </section>
      {corrections.length ? <CorrectionList items={corrections} onRemove={(a) => void remove(a, 'Correction removed')} /> : null}
      {items.length ? (
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">Export this page</h2>
          <ExportButtons annotations={() => items} scope={title} formats={['markdown', 'csv', 'webannotation', 'claimreview']} />
        </section>
      ) : null}
      <Toast message={toast} onDone={() => setToast(null)} />
    </>
  );
}
