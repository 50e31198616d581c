import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshStore, note } from './helpers.ts';
import { importFile } from '../../../src/db/import-file.ts';
import { exportAs } from '../../../src/core/export/files.ts';
import { editAnnotation } from '../../../src/core/annotations/create.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');
const text = 'Officials said the talks had stalled, according to people familiar with the plans.';

describe('importFile', () => {
  it('leaves the store exactly as it was for every malformed fixture', async () => {
    const store = await freshStore();
    const mine = note(text, 'Officials said');
    await store.save(mine);
    for (const file of readdirSync(path.join(fixtures, 'invalid'))) {
      const result = await importFile(store, readFileSync(path.join(fixtures, 'invalid', file), 'utf8'));
      expect(result.ok, file).toBe(false);
    }
    expect(await store.count()).toBe(1);
    expect(await store.get(mine.id)).toEqual(mine);
  });

  it('restores a backup, reports added, updated and kept, and reports progress', async () => {
    const store = await freshStore();
    const a = note(text, 'Officials said', { note: 'old' }, '2024-05-01T00:00:00.000Z');
    const b = note(text, 'the talks had stalled', {}, '2024-05-02T00:00:00.000Z');
    await store.save(a);
    const backup = exportAs('backup', [editAnnotation(a, { note: 'new' }, new Date('2024-05-03T00:00:00.000Z')), b]);
    const progress: Array<[number, number]> = [];
    const result = await importFile(store, backup, { onProgress: (done, total) => progress.push([done, total]) });
    expect(result).toMatchObject({ ok: true, source: 'sourcelight-backup', report: { added: 1, updated: 1, kept: 0 } });
    expect(progress).toEqual([[2, 2]]);
    expect((await store.get(a.id))?.body.note).toBe('new');
    const again = await importFile(store, backup);
    expect(again).toMatchObject({ ok: true, report: { added: 0, updated: 0, kept: 2 } });
  });

  it('imports annotations from other tools', async () => {
    const store = await freshStore();
    const result = await importFile(
      store,
      readFileSync(path.join(fixtures, 'valid', 'hypothesis-style-array.jsonld'), 'utf8'),
    );
    expect(result).toMatchObject({ ok: true, source: 'web-annotation', report: { added: 2 } });
    expect(await store.forUrl('https://www.example.com/world/story')).toHaveLength(2);
  });
});
