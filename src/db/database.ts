/**
 * The IndexedDB database, through Dexie. Only the extension's own pages (background, popup,
 * library) open it; content scripts ask the background.
 *
 * Version history (never edit a released version; add one):
 * - 1: `annotations` held flat v1 notes (legacy.ts), indexed by id, url, createdAt, verdict, *tags.
 * - 2: `annotations` holds Annotation records (src/core/annotations/schema.ts) plus `words`, the
 *      full-text index; indexes for the library's filters and sorts; `meta` holds the eviction canary;
 *      `unreadable` keeps v1 records the upgrade could not convert, so nothing is silently lost.
 *
 * Open with injectable IndexedDB (fake-indexeddb in tests and benchmarks):
 *   new SourcelightDatabase('sourcelight', { indexedDB, IDBKeyRange })
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Annotation } from '../core/annotations/schema.ts';
import { upgradeLegacyNote, V1_STORES } from './legacy.ts';
import { indexWords } from './words.ts';

/** An annotation as stored: the annotation plus the words of its quote and note. */
export type StoredAnnotation = Annotation & { words: string[] };

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface UnreadableRecord {
  seq?: number;
  /** The record as it was found. */
  record: unknown;
  reason: string;
  /** ISO date of the upgrade that set it aside. */
  at: string;
}

export const DEFAULT_DB_NAME = 'sourcelight';
export const CANARY_KEY = 'canary';

export const V2_STORES = {
  annotations:
    'id, target.source, created, modified, body.verdict, *body.tags, page.site, claim.kind, correction, *words',
  meta: 'key',
  unreadable: '++seq',
} as const;

export function toStored(annotation: Annotation): StoredAnnotation {
  const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
  return {
    ...annotation,
    words: indexWords(quote?.type === 'TextQuoteSelector' ? quote.exact : '', annotation.body.note),
  };
}

export function fromStored(record: StoredAnnotation): Annotation {
  const { words: _words, ...annotation } = record;
  return annotation;
}

/** Another IndexedDB (fake-indexeddb in tests), in Dexie's own terms. */
export interface DatabaseOptions {
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
}

export class SourcelightDatabase extends Dexie {
  declare annotations: Table<StoredAnnotation, string>;
  declare meta: Table<MetaRecord, string>;
  declare unreadable: Table<UnreadableRecord, number>;

  constructor(name: string = DEFAULT_DB_NAME, options: DatabaseOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade(async (tx) => {
        const at = new Date().toISOString();
        const unreadable: UnreadableRecord[] = [];
        await tx
          .table('annotations')
          .toCollection()
          .modify((record: unknown, ref: { value: unknown }) => {
            const upgraded = upgradeLegacyNote(record);
            if (upgraded.ok) {
              ref.value = toStored(upgraded.annotation);
            } else {
              unreadable.push({ record, reason: upgraded.reason, at });
              delete (ref as { value?: unknown }).value; // Dexie deletes the record
            }
          });
        if (unreadable.length) await tx.table('unreadable').bulkAdd(unreadable);
        // The data existed before this version: plant the canary so eviction can be noticed.
        await tx.table('meta').put({ key: CANARY_KEY, value: { planted: at, by: 'upgrade to version 2' } });
      });
  }
}
