import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStore, type AnnotationStore } from '../../../src/db/store.ts';
import { newAnnotation, type AnnotationFields } from '../../../src/core/annotations/create.ts';
import { describe as describeText } from '../../../src/core/annotations/selectors.ts';
import type { Annotation } from '../../../src/core/annotations/schema.ts';

/** A fresh in-memory IndexedDB per call, so tests never see each other's data. */
export function freshIdb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export async function freshStore(now = () => new Date('2024-06-01T12:00:00.000Z')): Promise<AnnotationStore> {
  return openStore({ ...freshIdb(), name: 'test', now });
}

/** An annotation on `passage` of `text` (the passage must occur in it). */
export function note(
  text: string,
  passage: string,
  fields: Partial<AnnotationFields> = {},
  created = '2024-05-01T00:00:00.000Z',
): Annotation {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`no "${passage}" in text`);
  return newAnnotation(
    { source: 'https://example.com/story', selector: describeText(text, start, start + passage.length), ...fields },
    { now: new Date(created) },
  );
}
