/**
 * Upgrading from every earlier schema version (there is one: version 1, see src/db/legacy.ts) with
 * whatever a version 1 database may hold: the upgrade always completes, and every record is either
 * converted or kept aside unchanged — never lost, never the reason the database does not open.
 * tests/unit/db/migration.test.ts checks the conversion of typical notes field by field.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Annotation } from '../../../../src/core/annotations/schema.ts';
import { SourcelightDatabase } from '../../../../src/db/database.ts';
import { LEGACY_VERDICTS, V1_STORES } from '../../../../src/db/legacy.ts';
import { freshIdb } from '../../db/helpers.ts';

const MAX_TIME = 8.64e15;

/** A plausible v1 note: what the first release wrote. */
const saneNote = fc
  .record(
    {
      id: fc.uuid(),
      url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
      title: fc.string({ maxLength: 80 }),
      quote: fc.string({ minLength: 1, maxLength: 200 }).filter((q) => q.length > 0),
      prefix: fc.string({ maxLength: 40 }),
      suffix: fc.string({ maxLength: 40 }),
      start: fc.nat({ max: 100_000 }),
      note: fc.string({ maxLength: 300 }),
      verdict: fc.constantFrom(...LEGACY_VERDICTS),
      tags: fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }),
      createdAt: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
      updatedAt: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
    },
    { requiredKeys: ['id', 'url', 'quote', 'createdAt'] },
  )
  .map((n) => ({ ...n, ...(n.start !== undefined ? { end: n.start + n.quote.length } : {}) }));

/** Damage a v1 record may carry: values out of range, wrong types, fields the schema never had. */
const damage = fc.oneof(
  fc.record({ createdAt: fc.constantFrom(1e20, -1e20, MAX_TIME + 1, -MAX_TIME - 1, 1.5, -1, Number.MAX_VALUE) }),
  fc.record({ updatedAt: fc.constantFrom(1e20, MAX_TIME + 1, 0, -5) }),
  fc.record({ createdAt: fc.constantFrom('2024-01-01', null, {}, [], true) }),
  fc.record({ quote: fc.constantFrom('', 42, null) }),
  fc.record({
    url: fc.constantFrom(
      '',
      'not a url',
      'javascript:alert(1)',
      'file:///home/me/page.html',
      'https://exa mple.com/',
      'x'.repeat(10_000),
    ),
  }),
  fc.record({
    tags: fc.constantFrom(
      'china',
      [1, 2],
      [null],
      ['a\u0000b', ' ', '\n\t'],
      Array.from({ length: 150 }, (_, i) => `t${i}`),
    ),
  }),
  fc.record({ verdict: fc.constantFrom('false', 'maybe', 7) }),
  fc.record({ start: fc.constantFrom(-5, 1.5, 1e300), end: fc.constantFrom(0, -1, 1e300) }),
  fc.record({ title: fc.constantFrom('t'.repeat(5_000), 12) }),
  fc.record({ note: fc.constantFrom('n'.repeat(200_000), { text: 'x' }) }),
  fc.record({ prefix: fc.constant('p'.repeat(3_000)), suffix: fc.constant('s'.repeat(3_000)) }),
  fc.record({ __proto__: fc.constant({ polluted: true }), constructor: fc.constant('x'), extra: fc.string() }),
);

const anyNote = fc.oneof(
  { weight: 3, arbitrary: saneNote },
  { weight: 2, arbitrary: fc.tuple(saneNote, damage).map(([note, bad]) => ({ ...note, ...bad })) },
);

/** Unique ids, as IndexedDB's primary key enforces. */
const database = fc.uniqueArray(anyNote, { selector: (n) => n.id, maxLength: 40 });

async function upgraded(records: object[]) {
  const idb = freshIdb();
  const v1 = new Dexie('sourcelight', idb);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('annotations').bulkAdd(records);
  v1.close();
  const db = new SourcelightDatabase('sourcelight', idb);
  await db.open();
  return db;
}

describe('upgrade from version 1', () => {
  it('always opens, and converts every record or keeps it aside exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(database, async (records) => {
        const db = await upgraded(records);
        expect(db.verno).toBe(2);
        const stored = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
        const aside = await db.unreadable.toArray();
        expect(stored.size + aside.length).toBe(records.length);
        for (const annotation of stored.values()) {
          const { words: _words, ...rest } = annotation;
          expect(Annotation.safeParse(rest).success).toBe(true);
        }
        for (const { record, reason } of aside) {
          expect(records).toContainEqual(record);
          expect(reason).toMatch(/^\$/);
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('sets aside a note whose date no Date can hold, and opens with the others converted', async () => {
    const good = {
      id: '6f1c2a9e-1b2c-4d3e-8f40-123456789abc',
      url: 'https://example.com/a',
      quote: 'officials said',
      createdAt: Date.UTC(2023, 0, 1),
    };
    const damaged = { ...good, id: '0a5d1f3e-9c8b-4a7d-9e6f-abcdefabcdef', updatedAt: 1e20 };
    const db = await upgraded([good, damaged]);
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual([good.id]);
    expect((await db.unreadable.toArray()).map((u) => u.record)).toEqual([damaged]);
    db.close();
  });

  it('converts every plausible note, whatever its text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(saneNote, { selector: (n) => n.id, maxLength: 30 }), async (records) => {
        const db = await upgraded(records);
        expect(await db.unreadable.count()).toBe(0);
        for (const record of records) {
          const a = await db.annotations.get(record.id);
          expect(a?.target.selector[0]).toMatchObject({ exact: record.quote });
          expect(a?.body.note).toBe(record.note ?? '');
          expect(a?.created).toBe(new Date(record.createdAt).toISOString());
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
