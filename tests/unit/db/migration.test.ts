import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { freshIdb } from './helpers.ts';
import { SourcelightDatabase } from '../../../src/db/database.ts';
import { V1_STORES } from '../../../src/db/legacy.ts';
import { AnnotationStore } from '../../../src/db/store.ts';

const v1Notes = [
  {
    id: '6f1c2a9e-1b2c-4d3e-8f40-123456789abc',
    url: 'https://www.example.com/world/story.html?utm_source=twitter&fbclid=xyz#comments',
    title: 'Officials warn of shipments',
    quote: 'officials told the Associated Press',
    prefix: 'equipment used to build drones, ',
    suffix: ', speaking on the condition of',
    start: 120,
    end: 155,
    note: 'Which officials?',
    verdict: 'false-claim',
    tags: ['China ', 'china', 'russia'],
    createdAt: Date.UTC(2023, 10, 5, 9, 30),
    updatedAt: Date.UTC(2023, 10, 6, 10, 0),
  },
  {
    id: '0a5d1f3e-9c8b-4a7d-9e6f-abcdefabcdef',
    url: 'https://news.example.org/a',
    quote: 'reportedly',
    tags: [],
    createdAt: Date.UTC(2023, 11, 1),
  },
  // Broken in version 1 (no quote): must be kept aside, not lost and not half-converted.
  { id: 'c1d2e3f4-0000-4000-8000-000000000001', url: 'https://example.com/x', quote: '', createdAt: 0 },
];

async function createV1(idb: ReturnType<typeof freshIdb>) {
  const v1 = new Dexie('sourcelight', idb);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('annotations').bulkAdd(v1Notes);
  v1.close();
}

describe('database upgrade from version 1', () => {
  it('converts every v1 note to the current annotation shape and keeps the unconvertible aside', async () => {
    const idb = freshIdb();
    await createV1(idb);
    const db = new SourcelightDatabase('sourcelight', idb);
    await db.open();
    expect(db.verno).toBe(2);
    const store = new AnnotationStore(db);

    const first = await store.get('6f1c2a9e-1b2c-4d3e-8f40-123456789abc');
    expect(first).toEqual({
      id: '6f1c2a9e-1b2c-4d3e-8f40-123456789abc',
      target: {
        source: 'https://www.example.com/world/story.html',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'officials told the Associated Press',
            prefix: 'equipment used to build drones, ',
            suffix: ', speaking on the condition of',
          },
          { type: 'TextPositionSelector', start: 120, end: 155 },
        ],
      },
      body: { note: 'Which officials?', format: 'text', verdict: 'false', tags: ['China', 'russia'] },
      page: { title: 'Officials warn of shipments', site: 'example.com' },
      created: '2023-11-05T09:30:00.000Z',
      modified: '2023-11-06T10:00:00.000Z',
    });
    const second = await store.get('0a5d1f3e-9c8b-4a7d-9e6f-abcdefabcdef');
    expect(second?.target.selector).toHaveLength(1);
    expect(second?.page).toEqual({ title: '', site: 'news.example.org' });

    // The new indexes work on migrated records.
    expect((await store.forUrl('https://www.example.com/world/story.html')).map((a) => a.id)).toEqual([first!.id]);
    expect((await store.list({ verdict: 'false' })).total).toBe(1);
    expect((await store.search('associated')).items.map((a) => a.id)).toEqual([first!.id]);
    expect(await store.count()).toBe(2);
    expect(await store.unreadableCount()).toBe(1);
    const [aside] = await db.unreadable.toArray();
    expect(aside?.record).toEqual(v1Notes[2]);
    expect(aside?.reason).toBe('$.quote: must not be empty');
    // Data existed before: the canary is planted, so this is not mistaken for an eviction.
    expect(await store.checkEviction(true)).toBe('ok');
  });
});

describe('eviction canary', () => {
  it('tells a first run, a normal start and an evicted database apart', async () => {
    const idb = freshIdb();
    let db = new SourcelightDatabase('sourcelight', idb);
    let store = new AnnotationStore(db);
    expect(await store.checkEviction(false)).toBe('first-run');
    expect(await store.checkEviction(true)).toBe('ok');
    // The browser clears the origin's storage under pressure.
    await db.delete();
    db = new SourcelightDatabase('sourcelight', idb);
    store = new AnnotationStore(db);
    expect(await store.checkEviction(true)).toBe('evicted');
    expect(await store.checkEviction(true)).toBe('ok');
  });
});
