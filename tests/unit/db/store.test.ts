import { describe, expect, it } from 'vitest';
import { freshStore, note } from './helpers.ts';
import { editAnnotation } from '../../../src/core/annotations/create.ts';
import type { Annotation } from '../../../src/core/annotations/schema.ts';

const story = [
  'Two U.S. officials, speaking on the condition of anonymity, said the shipment left in May.',
  'The ministry in Zürich denied the report. Prices rose 4 percent, analysts said.',
  '据知情人士透露，谈判已经停滞。',
].join(' ');

describe('save, get and forUrl', () => {
  it('creates, then updates keeping created and bumping modified', async () => {
    const store = await freshStore(() => new Date('2024-06-01T12:00:00.000Z'));
    const a = note(story, 'the shipment left in May', { verdict: 'needs-source' });
    const saved = await store.save(a);
    expect(saved).toEqual(a);
    expect(await store.get(a.id)).toEqual(a);
    const edited = editAnnotation(a, { note: 'Which officials?' }, new Date('2020-01-01'));
    const updated = await store.save({ ...edited, created: '2024-04-01T00:00:00.000Z' });
    expect(updated.created).toBe(a.created);
    expect(updated.modified).toBe('2024-06-01T12:00:00.000Z');
    expect((await store.get(a.id))?.body.note).toBe('Which officials?');
    expect(await store.count()).toBe(1);
  });

  it('refuses an invalid annotation and stores nothing', async () => {
    const store = await freshStore();
    const a = note(story, 'the shipment');
    await expect(store.save({ ...a, body: { ...a.body, verdict: 'meh' } } as unknown as Annotation)).rejects.toThrow();
    expect(await store.count()).toBe(0);
  });

  it('lists a page in reading order and nothing from other pages', async () => {
    const store = await freshStore();
    const late = note(story, 'analysts said', {}, '2024-05-01T00:00:00.000Z');
    const early = note(story, 'Two U.S. officials', {}, '2024-05-02T00:00:00.000Z');
    const other = note(story, 'Prices rose', { source: 'https://example.com/other' });
    for (const a of [late, early, other]) await store.save(a);
    expect((await store.forUrl('https://example.com/story')).map((a) => a.id)).toEqual([early.id, late.id]);
  });
});

describe('list', () => {
  async function library() {
    const store = await freshStore();
    const items = [
      note(
        story,
        'the shipment left in May',
        {
          verdict: 'needs-source',
          tags: ['china', 'trade'],
          claim: { kind: 'condition-of-anonymity', cue: 'speaking on the condition of anonymity' },
        },
        '2024-05-01T00:00:00.000Z',
      ),
      note(
        story,
        'The ministry in Zürich denied the report.',
        { verdict: 'disputed', tags: ['trade'], note: 'Denial came late' },
        '2024-05-03T00:00:00.000Z',
      ),
      note(
        story,
        'Prices rose 4 percent, analysts said.',
        { verdict: 'needs-source', source: 'https://news.example.org/p', page: { site: 'news.example.org' } },
        '2024-05-05T00:00:00.000Z',
      ),
      note(story, 'Two U.S. officials', { correction: 'not-anonymous' }, '2024-05-07T00:00:00.000Z'),
      note(story, '谈判已经停滞', { note: 'Sourcing is vague' }, '2024-05-09T00:00:00.000Z'),
    ];
    for (const a of items) await store.save(a);
    return { store, items };
  }
  const ids = (r: { items: Annotation[] }) => r.items.map((a) => a.id);

  it('sorts newest first by default and pages with a total', async () => {
    const { store, items } = await library();
    const page = await store.list({ limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(ids(page)).toEqual([items[3]!.id, items[2]!.id]);
    expect(ids(await store.list({ sort: 'created', order: 'asc', limit: 1 }))).toEqual([items[0]!.id]);
  });

  it('filters by verdict, tag, site, claim kind, correction and date range, together', async () => {
    const { store, items } = await library();
    expect(ids(await store.list({ verdict: 'needs-source' })).sort()).toEqual([items[0]!.id, items[2]!.id].sort());
    expect(
      ids(await store.list({ verdict: ['disputed', 'needs-source'], tag: 'trade', sort: 'created', order: 'asc' })),
    ).toEqual([items[0]!.id, items[1]!.id]);
    expect(ids(await store.list({ site: 'news.example.org' }))).toEqual([items[2]!.id]);
    expect(ids(await store.list({ claimKind: 'condition-of-anonymity' }))).toEqual([items[0]!.id]);
    expect(ids(await store.list({ correction: 'any' }))).toEqual([items[3]!.id]);
    expect((await store.list({ correction: 'none' })).total).toBe(4);
    expect(
      ids(
        await store.list({
          from: '2024-05-02T00:00:00Z',
          to: new Date('2024-05-06T00:00:00Z'),
          sort: 'created',
          order: 'asc',
        }),
      ),
    ).toEqual([items[1]!.id, items[2]!.id]);
  });

  it('searches quote and note by word prefixes, ignoring case and accents', async () => {
    const { store, items } = await library();
    expect(ids(await store.search('zurich'))).toEqual([items[1]!.id]);
    expect(await store.search('deni')).toMatchObject({ total: 1 }); // "denied" and "Denial": one record, once
    expect(ids(await store.search('DENI lat'))).toEqual([items[1]!.id]); // "denied" in the quote, "late" in the note
    expect(ids(await store.search('vague'))).toEqual([items[4]!.id]);
    expect(ids(await store.search('停滞'))).toEqual([items[4]!.id]);
    expect(ids(await store.search('shipment', { verdict: 'disputed' }))).toEqual([]);
    expect(ids(await store.search('hipment'))).toEqual([]); // word prefixes, not substrings
    expect((await store.search('the')).total).toBe(0);
  });

  it('lists tags and sites with counts, and counts corrections', async () => {
    const { store } = await library();
    expect(await store.tags()).toEqual([
      { tag: 'trade', count: 2 },
      { tag: 'china', count: 1 },
    ]);
    expect((await store.sites())[0]).toEqual({ site: 'example.com', count: 4 });
    expect(await store.correctionCounts()).toEqual({ 'not-anonymous': 1, 'not-a-claim': 0, 'missed-claim': 0 });
  });
});

describe('delete with undo', () => {
  it('deletes several and restores them exactly', async () => {
    const store = await freshStore();
    const a = note(story, 'the shipment', { tags: ['x'] });
    const b = note(story, 'analysts said');
    await store.save(a);
    await store.save(b);
    const undo = await store.deleteMany([a.id, b.id, '00000000-0000-4000-8000-000000000000']);
    expect(undo.annotations).toHaveLength(2);
    expect(await store.count()).toBe(0);
    expect((await store.search('shipment')).total).toBe(0);
    await store.restore(undo);
    expect(await store.get(a.id)).toEqual(a);
    expect(ids2(await store.search('shipment'))).toEqual([a.id]);
  });
});
const ids2 = (r: { items: Annotation[] }) => r.items.map((a) => a.id);

describe('importMany', () => {
  it('adds new ones, replaces older ones, keeps newer ones, and reports each', async () => {
    const store = await freshStore();
    const kept = note(story, 'the shipment', { note: 'mine, newer' }, '2024-05-10T00:00:00.000Z');
    const replaced = note(story, 'analysts said', { note: 'mine, older' }, '2024-05-01T00:00:00.000Z');
    await store.save(kept);
    await store.save(replaced);
    const incomingKept = {
      ...kept,
      body: { ...kept.body, note: 'theirs, older' },
      modified: '2024-05-09T00:00:00.000Z',
      created: '2024-05-09T00:00:00.000Z',
    };
    const incomingReplaced = {
      ...replaced,
      body: { ...replaced.body, note: 'theirs, newer' },
      modified: '2024-05-20T00:00:00.000Z',
    };
    const fresh = note(story, 'Prices rose');
    const progress: number[] = [];
    const report = await store.importMany([incomingKept, incomingReplaced, fresh], {
      onProgress: (done) => progress.push(done),
    });
    expect(report).toMatchObject({ added: 1, updated: 1, kept: 1 });
    expect(report.outcomes).toEqual([
      { id: kept.id, outcome: 'kept' },
      { id: replaced.id, outcome: 'updated' },
      { id: fresh.id, outcome: 'added' },
    ]);
    expect(progress).toEqual([3]);
    expect((await store.get(kept.id))?.body.note).toBe('mine, newer');
    expect((await store.get(replaced.id))?.body.note).toBe('theirs, newer');
    expect(ids2(await store.search('theirs'))).toEqual([replaced.id]);
  });

  it('writes nothing when one annotation is invalid', async () => {
    const store = await freshStore();
    const good = note(story, 'the shipment');
    const bad = { ...note(story, 'analysts said'), created: 'yesterday' };
    await expect(store.importMany([good, bad])).rejects.toThrow(/Annotation 2 is not valid: created/);
    expect(await store.count()).toBe(0);
  });
});
