/**
 * The background's handle on the annotation store: opened once, on first use, by whichever event
 * woke the worker. A failed open is not cached, so the next message tries again.
 */
import { openStore, type AnnotationStore } from '../../db/store.ts';

let opening: Promise<AnnotationStore> | undefined;

export function store(): Promise<AnnotationStore> {
  opening ??= openStore().catch((error: unknown) => {
    opening = undefined;
    throw error; // not swallowed: every caller reports it
  });
  return opening;
}
