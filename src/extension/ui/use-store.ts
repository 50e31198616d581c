/**
 * The data hooks of our pages: the annotation store, opened once and shared by the page's
 * components (read directly; every write goes through shared/notes-writer.ts), and a counter that
 * moves on every change of the notes, whoever made it, so views read again.
 */
import { useEffect, useState } from 'preact/hooks';
import { openStore, type AnnotationStore } from '../../db/store.ts';
import { concerns, onStoreChanged } from '../shared/notes-writer.ts';
import { record } from '../shared/log.ts';

let opening: Promise<AnnotationStore> | undefined;

export function pageStore(): Promise<AnnotationStore> {
  opening ??= openStore().catch((error: unknown) => {
    opening = undefined;
    throw error; // not swallowed: useStore shows it
  });
  return opening;
}

export function useStore(): { store: AnnotationStore | null; error: string | null } {
  const [state, setState] = useState<{ store: AnnotationStore | null; error: string | null }>({
    store: null,
    error: null,
  });
  useEffect(() => {
    pageStore().then(
      (store) => setState({ store, error: null }),
      (e: unknown) => {
        record('pages:open-store', e);
        setState({ store: null, error: `Your notes cannot be opened: ${e instanceof Error ? e.message : String(e)}` });
      },
    );
  }, []);
  return state;
}

/**
 * A number that changes whenever notes change anywhere (this page, another page, a tab, an
 * import, an undo); with `url`, only when that page's notes may have changed. Use it as an effect
 * dependency to read again.
 */
export function useStoreGeneration(url?: string): number {
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      onStoreChanged((change) => {
        if (url === undefined || concerns(change, url)) setGeneration((g) => g + 1);
      }),
    [url],
  );
  return generation;
}

/** The message of a failure, for a sentence shown to the reader. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
