/**
 * Writes that fail half-way: an import that throws or is aborted inside its transaction, a save that
 * fails after its record was handed to IndexedDB (the worker stopped, a write refused), and a full
 * disk (QuotaExceededError) — the store is left exactly as it was, and the reader is told why in
 * words they understand.
 */
import Dexie from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { newAnnotation } from '../../../../src/core/annotations/create.ts';
import type { Annotation } from '../../../../src/core/annotations/schema.ts';
import type { AnnotationStore } from '../../../../src/db/store.ts';
import { describeStorageError } from '../../../../src/db/errors.ts';
import { freshStore } from '../../db/helpers.ts';

function note(i: number, text = `note ${i}`): Annotation {
  return newAnnotation({
    source: `https://news.example/story-${i % 3}`,
    selector: [{ type: 'TextQuoteSelector', exact: `officials said ${i}`, prefix: '', suffix: '' }],
    note: text,
  });
}

/** Everything the store holds, records and their word index, in key order. */
async function dump(store: AnnotationStore) {
  return {
    records: await store.db.annotations.orderBy('id').toArray(),
    words: await store.db.annotations.orderBy('words').keys(),
  };
}

/** A store with some notes, one of which the import below would update. */
async function seeded(): Promise<{ store: AnnotationStore; kept: Annotation[] }> {
  const store = await freshStore();
  const kept = [note(-1), note(-2)];
  for (const a of kept) await store.save(a);
  return { store, kept };
}

/** More than one chunk of the import (1,000), so it is interrupted after writing some. */
const batch = (updating: Annotation) => [
  ...Array.from({ length: 2_500 }, (_, i) => note(i)),
  { ...updating, body: { ...updating.body, note: 'changed by the import' }, modified: '2099-01-01T00:00:00.000Z' },
];

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

describe('an import interrupted inside its transaction', () => {
  it('leaves the store unchanged when it throws after writing a chunk', async () => {
    const { store, kept } = await seeded();
    const before = await dump(store);
    let progress = 0;
    const failing = store.importMany(batch(kept[0]!), {
      onProgress: () => {
        progress++;
        throw new Error('the library page was closed');
      },
    });
    await expect(failing).rejects.toThrow('the library page was closed');
    expect(progress).toBe(1);
    expect(await dump(store)).toEqual(before);
  });

  it('leaves the store unchanged when the transaction is aborted', async () => {
    const { store, kept } = await seeded();
    const before = await dump(store);
    const aborted = store.importMany(batch(kept[0]!), { onProgress: () => Dexie.currentTransaction?.abort() });
    await expect(aborted).rejects.toBeInstanceOf(Error);
    expect(await dump(store)).toEqual(before);
    // The store is usable afterwards, and the same import then lands whole.
    const report = await store.importMany(batch(kept[0]!));
    expect(report).toMatchObject({ added: 2_500, updated: 1 });
    expect(await store.count()).toBe(2_502);
  });

  it('leaves the store unchanged when IndexedDB refuses a write in the last chunk', async () => {
    const { store, kept } = await seeded();
    const before = await dump(store);
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 2_400) throw new DOMException('The transaction was aborted.', 'UnknownError');
      return realPut.apply(this, args);
    };
    await expect(store.importMany(batch(kept[0]!))).rejects.toBeTruthy();
    IDBObjectStore.prototype.put = realPut;
    expect(await dump(store)).toEqual(before);
  });
});

describe('a save that fails', () => {
  it('stores the whole note or none of it', async () => {
    const { store } = await seeded();
    const before = await dump(store);
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The transaction was aborted.', 'AbortError');
    };
    await expect(store.save(note(7, 'a long note '.repeat(1000)))).rejects.toBeTruthy();
    IDBObjectStore.prototype.put = realPut;
    expect(await dump(store)).toEqual(before);
  });

  it('reports a full disk in words, from the DOMException and from Dexie’s wrapped errors', async () => {
    const { store } = await seeded();
    const before = await dump(store);
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const error = await store.save(note(8)).catch((e: unknown) => e);
    IDBObjectStore.prototype.put = realPut;
    expect(await dump(store)).toEqual(before);

    const quota = /no room left for notes \(storage quota exceeded\).*this draft is kept\.$/;
    expect(describeStorageError(error)).toMatch(quota);
    const raw = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
    expect(describeStorageError(raw)).toMatch(quota);
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', raw))).toMatch(quota);
    expect(describeStorageError(new Dexie.QuotaExceededError('Quota exceeded', raw))).toMatch(quota);
    // Firefox's older name for it.
    expect(
      describeStorageError(new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED')),
    ).toMatch(quota);
    // Not a quota problem: said as it is, and the draft is still kept.
    const other = describeStorageError(new Dexie.DatabaseClosedError('Database has been closed'));
    expect(other).not.toMatch(/quota/i);
    expect(other).toMatch(/^Could not save the note: Database has been closed\. The draft is kept\.$/);
    expect(describeStorageError('disk on fire')).toBe('Could not save the note: disk on fire. The draft is kept.');
  });
});
