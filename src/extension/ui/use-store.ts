/** The annotation store for one of our pages, opened once and shared by its components. */
import { useEffect, useState } from 'preact/hooks';
import { openStore, type AnnotationStore } from '../../db/store.ts';

let opening: Promise<AnnotationStore> | undefined;

export function pageStore(): Promise<AnnotationStore> {
  opening ??= openStore().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

export function useStore(): { store: AnnotationStore | null; error: string | null } {
  const [state, setState] = useState<{ store: AnnotationStore | null; error: string | null }>({ store: null, error: null });
  useEffect(() => {
    pageStore().then(
      (store) => setState({ store, error: null }),
      (e: unknown) => setState({ store: null, error: `Your notes cannot be opened: ${e instanceof Error ? e.message : String(e)}` }),
    );
  }, []);
  return state;
}
