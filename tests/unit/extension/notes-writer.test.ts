/**
 * The one way notes are written: every write through the notes writer reaches every view — this
 * page's listeners, the other extension pages (BroadcastChannel) and every tab — naming the pages
 * whose notes changed; a failed write is recorded in the diagnostics log and shown in words.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStore, note } from '../db/helpers.ts';
import type { StoreChanged } from '../../../src/extension/shared/messages.ts';

const fake = vi.hoisted(() => ({
  tabs: [{ id: 1 }, { id: 2 }, {}] as Array<{ id?: number }>,
  tabMessages: [] as Array<{ id: number; message: unknown }>,
  runtimeMessages: [] as unknown[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: async () => fake.tabs,
      sendMessage: async (id: number, message: unknown) => {
        fake.tabMessages.push({ id, message });
        // Tab 2 has no content script of ours.
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true };
      },
    },
    runtime: { sendMessage: async (message: unknown) => void fake.runtimeMessages.push(message) },
    storage: { local: { get: async () => ({}), set: async () => {} } },
  },
}));

const { deleteNotes, importNotes, onStoreChanged, restoreNotes, saveNote, concerns } = await import(
  '../../../src/extension/shared/notes-writer.ts'
);

const text = 'Two officials said the talks had stalled, and a spokesman declined to comment.';
const on = (url: string) => note(text, 'officials said', { source: url });
const settle = () => new Promise((done) => setTimeout(done, 20));
const realPut = IDBObjectStore.prototype.put;

let heard: StoreChanged[] = [];
let stop: () => void = () => {};
beforeEach(() => {
  heard = [];
  fake.tabMessages.length = 0;
  fake.runtimeMessages.length = 0;
  stop = onStoreChanged((change) => heard.push(change));
});
afterEach(() => {
  stop();
  IDBObjectStore.prototype.put = realPut;
});

describe('the notes writer', () => {
  it('tells this page, the other extension pages and every tab which page changed', async () => {
    const store = await freshStore();
    const other = new BroadcastChannel('sourcelight:store');
    const elsewhere: unknown[] = [];
    other.onmessage = (event) => elsewhere.push(event.data);
    await saveNote(store, on('https://news.example/a'));
    await settle();
    const change = { type: 'writer→views:store-changed', urls: ['https://news.example/a'] };
    expect(heard).toEqual([change]);
    expect(elsewhere).toEqual([change]);
    // Every tab with an id is told; one with nobody listening is no failure (nothing recorded).
    expect(fake.tabMessages.map((m) => m.id)).toEqual([1, 2]);
    expect(fake.tabMessages.every((m) => JSON.stringify(m.message) === JSON.stringify(change))).toBe(true);
    expect(fake.runtimeMessages).toEqual([]);
    other.close();
  });

  it('names the pages of a delete and its undo, and no page once too many changed', async () => {
    const store = await freshStore();
    const few = [on('https://news.example/a'), on('https://news.example/b')];
    const many = Array.from({ length: 150 }, (_, i) => on(`https://news.example/story-${i}`));
    for (const a of [...few, ...many]) await store.save(a);
    const deletion = await deleteNotes(
      store,
      few.map((a) => a.id),
    );
    await restoreNotes(store, deletion);
    await deleteNotes(
      store,
      many.map((a) => a.id),
    );
    await deleteNotes(store, ['00000000-0000-4000-8000-000000000000']); // nothing deleted: nothing to tell
    await settle();
    expect(heard.map((c) => c.urls)).toEqual([
      ['https://news.example/a', 'https://news.example/b'],
      ['https://news.example/a', 'https://news.example/b'],
      null,
    ]);
    expect(concerns(heard[2]!, 'https://anything.example/')).toBe(true);
    expect(concerns(heard[0]!, 'https://news.example/c')).toBe(false);
    expect(await store.count()).toBe(2);
  });

  it('names only the pages an import changed', async () => {
    const store = await freshStore();
    const kept = on('https://news.example/kept');
    await store.save(kept);
    await importNotes(store, [kept, on('https://news.example/new')]);
    await importNotes(store, [kept]);
    await settle();
    expect(heard.map((c) => c.urls)).toEqual([['https://news.example/new']]);
  });

  it('records a failed write in the log, tells nobody, and says a full disk in words', async () => {
    const store = await freshStore();
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(saveNote(store, on('https://news.example/a'), 'library:save')).rejects.toThrow(
      /no room left for notes/,
    );
    await settle();
    expect(heard).toEqual([]);
    expect(fake.runtimeMessages).toHaveLength(1);
    const logged = fake.runtimeMessages[0] as {
      type: string;
      failure: { where: string; name: string; message: string };
    };
    expect(logged.type).toBe('pages→background:log');
    expect(logged.failure.where).toBe('library:save');
    expect(logged.failure.name).toMatch(/QuotaExceededError/);
    expect(JSON.stringify(logged)).not.toContain('officials');
  });
});
