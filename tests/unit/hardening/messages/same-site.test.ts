/**
 * A content script speaks for the site its tab shows: through the background's real message listener
 * (router → annotations → a real store on fake-indexeddb), a content script of site A cannot read,
 * write, restore or delete a note of site B, while subdomains of one site are one site. Senders that
 * are not our content scripts are refused before anything is read.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newAnnotation } from '../../../../src/core/annotations/create.ts';
import type { Annotation } from '../../../../src/core/annotations/schema.ts';
import { openStore, type AnnotationStore } from '../../../../src/db/store.ts';
import { assertSameSite, ForeignSiteError } from '../../../../src/extension/background/annotations.ts';
import { registerRouter } from '../../../../src/extension/background/router.ts';
import { contentScript, contentScriptInFrame, fakeRuntime, senders } from './senders.ts';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

const fake = vi.hoisted(() => ({
  listeners: [] as ((message: unknown, sender: unknown) => Promise<unknown> | undefined)[],
  store: null as Promise<unknown> | null,
  storage: {} as Record<string, unknown>,
}));

vi.mock('webextension-polyfill', async () => ({
  default: {
    runtime: {
      ...(await import('./senders.ts')).fakeRuntime,
      onMessage: { addListener: (l: Listener) => fake.listeners.push(l) },
    },
    action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
    storage: {
      local: {
        get: async (key: string) => ({ [key]: fake.storage[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(fake.storage, items),
      },
    },
  },
}));
vi.mock('../../../../src/extension/background/store.ts', () => ({ store: () => fake.store }));

let db: AnnotationStore;
const send = (message: unknown, sender: unknown) => {
  const answer = fake.listeners[0]?.(message, sender);
  return answer === undefined ? Promise.resolve('not handled') : answer;
};

const quote = { type: 'TextQuoteSelector' as const, exact: 'officials said', prefix: '', suffix: '' };
const noteOn = (url: string): Annotation =>
  newAnnotation({ source: url, selector: [quote], note: `secret note on ${url}` });

let siteA: Annotation;
let siteB: Annotation;
const A = contentScript('https://www.site-a.example/world/story');
const B = 'https://site-b.example/politics/story';

beforeAll(() => {
  vi.stubGlobal('chrome', { runtime: fakeRuntime });
  registerRouter();
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(async () => {
  db = await openStore({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'router' });
  fake.store = Promise.resolve(db);
  siteA = await db.save(noteOn('https://www.site-a.example/world/story'));
  siteB = await db.save(noteOn(B));
});

describe('assertSameSite', () => {
  const cases: [string, string, boolean][] = [
    ['https://news.example/a', 'https://news.example/b', true],
    ['https://www.news.example/a', 'https://news.example/b', true],
    ['https://m.news.example/a', 'https://www.news.example/b', true],
    ['https://amp.news.example/a', 'https://news.example/b', true],
    ['https://edition.news.example/a', 'https://news.example/b', true],
    ['https://news.example/a', 'https://edition.news.example/b', true],
    ['https://NEWS.example:8443/a', 'http://news.example/b', true],
    ['https://news.example/a', 'https://other.example/b', false],
    ['https://evil-news.example/a', 'https://news.example/b', false],
    ['https://news.example.evil.example/a', 'https://news.example/b', false],
    ['https://attacker.co.uk/a', 'https://bbc.co.uk/b', false],
    ['https://news.example/a', 'not a url', false],
    ['https://news.example/a', 'javascript:alert(1)//news.example', false],
    ['https://news.example/a', '', false],
  ];
  for (const [mine, theirs, same] of cases) {
    it(`${mine} ${same ? 'may' : 'may not'} touch notes of ${theirs || '(nothing)'}`, () => {
      const check = () => assertSameSite(contentScript(mine), theirs);
      if (same) expect(check).not.toThrow();
      else expect(check).toThrow(ForeignSiteError);
    });
  }

  it('judges a content script in a frame by the frame, and a sender without any URL as no site', () => {
    expect(() =>
      assertSameSite(contentScriptInFrame('https://site-b.example/embed', 'https://www.site-a.example/'), B),
    ).not.toThrow();
    expect(() => assertSameSite(contentScriptInFrame('https://widgets.example/embed', B), B)).toThrow(ForeignSiteError);
    expect(() => assertSameSite({ id: fakeRuntime.id }, B)).toThrow(ForeignSiteError);
  });
});

describe("a content script and another site's notes, through the background's listener", () => {
  it('reads only its own site’s notes when it asks for a review of another site', async () => {
    const review = (pageUrl: string, hints = {}) =>
      send(
        {
          type: 'content→background:review',
          article: { title: 'T', blocks: [{ kind: 'paragraph', text: 'Two officials said the talks stalled.' }] },
          pageUrl,
          hints,
        },
        A,
      ) as Promise<{
        annotations: { annotation: Annotation }[];
      }>;
    expect((await review('https://www.site-a.example/world/story')).annotations.map((p) => p.annotation.id)).toEqual([
      siteA.id,
    ]);
    expect((await review(B)).annotations).toEqual([]);
    // Canonical hints pointing elsewhere are not followed to another site's notes.
    expect(
      (await review('https://www.site-a.example/world/story', { canonical: B })).annotations.map(
        (p) => p.annotation.id,
      ),
    ).toEqual([siteA.id]);
  });

  it('cannot write, edit, restore or delete a note of another site', async () => {
    const before = await db.db.annotations.toArray();
    const foreign = {
      type: 'content→background:save',
      url: B,
      selector: [quote],
      title: 'T',
      note: 'planted',
      tags: [],
    };
    await expect(send(foreign, A)).rejects.toThrow(ForeignSiteError);
    const edit = {
      type: 'content→background:save',
      url: 'https://www.site-a.example/world/story',
      id: siteB.id,
      selector: [quote],
      title: 'T',
      note: 'overwritten',
      tags: [],
    };
    await expect(send(edit, A)).rejects.toThrow(ForeignSiteError);
    const restore = {
      type: 'content→background:restore',
      annotation: { ...siteB, body: { ...siteB.body, note: 'overwritten' } },
    };
    await expect(send(restore, A)).rejects.toThrow(ForeignSiteError);
    // An annotation of site A's URL that reuses site B's id would replace B's note.
    const hijack = {
      type: 'content→background:restore',
      annotation: { ...siteA, id: siteB.id, body: { ...siteA.body, note: 'hijacked' } },
    };
    await expect(send(hijack, A)).rejects.toThrow(ForeignSiteError);
    await expect(send({ type: 'content→background:delete', id: siteB.id }, A)).rejects.toThrow(ForeignSiteError);
    expect(await db.db.annotations.toArray()).toEqual(before);
  });

  it('can write and delete its own site’s notes, from any subdomain of it', async () => {
    const edition = contentScript('https://edition.site-a.example/world/story');
    const saved = (await send(
      {
        type: 'content→background:save',
        url: 'https://www.site-a.example/world/story',
        selector: [quote],
        title: 'T',
        note: 'mine',
        tags: ['x'],
      },
      edition,
    )) as { ok: boolean; annotation: Annotation };
    expect(saved).toMatchObject({ ok: true, annotation: { body: { note: 'mine' } } });
    expect(await db.get(saved.annotation.id)).toEqual(saved.annotation);
    expect(await send({ type: 'content→background:delete', id: siteA.id }, edition)).toEqual({ ok: true });
    expect(await db.get(siteA.id)).toBeUndefined();
  });

  it('refuses every sender that is not our content script, before touching the store', async () => {
    const before = await db.db.annotations.toArray();
    const messages = [
      { type: 'content→background:delete', id: siteB.id },
      { type: 'content→background:save', url: B, selector: [quote], title: 'T', note: 'planted', tags: [] },
      { type: 'content→background:tags' },
    ];
    for (const sender of [
      senders.popup,
      senders.otherExtension,
      senders.otherExtensionInTab,
      senders.webPage,
      senders.backgroundNoUrl,
      senders.libraryInTab,
      {},
    ]) {
      for (const message of messages) await expect(send(message, sender)).rejects.toThrow(/wrong sender/);
    }
    // A content script may not use the pages' download either.
    await expect(
      send({ type: 'pages→background:download', filename: 'x.md', mime: 'text/markdown', text: 'x' }, A),
    ).rejects.toThrow(/wrong sender/);
    expect(await db.db.annotations.toArray()).toEqual(before);
  });

  it('leaves messages that are not ours to other listeners', async () => {
    for (const message of [
      undefined,
      null,
      'content→background:tags',
      { type: 'content→background:nuke' },
      { type: 'content→background:delete', id: 'x' },
    ]) {
      expect(await send(message, A)).toBe('not handled');
    }
  });
});
