/**
 * Sourcelight backups: a W3C AnnotationCollection (webannotation.ts) marked with `sl:backup`, so
 * that any Web Annotation tool can read it and Sourcelight can restore every field exactly,
 * corrections included. importAnnotations() reads a backup strictly: any unknown verdict or
 * malformed field rejects the file rather than being guessed at.
 *
 *   { "@context": [...], "type": "AnnotationCollection", "label": "Sourcelight backup",
 *     "sl:backup": { "version": 1 }, "total": 2, "first": { "type": "AnnotationPage", "items": [...] } }
 */
import type { Annotation } from '../annotations/schema.ts';
import { toAnnotationCollection, type CollectionOptions, type Json } from './webannotation.ts';

/** Bumped when the backup format changes in a way an older Sourcelight could not read. */
export const BACKUP_VERSION = 1;
export const BACKUP_MARKER = 'sl:backup';

export function toBackup(annotations: readonly Annotation[], options: CollectionOptions = {}): { [key: string]: Json } {
  const collection = toAnnotationCollection(annotations, { label: 'Sourcelight backup', ...options });
  const { first, ...head } = collection;
  return { ...head, [BACKUP_MARKER]: { version: BACKUP_VERSION }, first: first ?? null };
}
