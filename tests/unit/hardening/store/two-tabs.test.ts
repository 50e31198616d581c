/**
 * Two tabs (two pages of the extension, each with its own connection) writing to one database at
 * once: every note lands, concurrent edits of one note leave one whole version, and the word index
 * still finds every note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editAnnotation, newAnnotation } from '../../../../src/core/annotations/create.ts';
import { Annotation } from '../../../../src/core/annotations/schema.ts';
import { openStore, type AnnotationStore } from '../../../../src/db/store.ts';
import { freshIdb } from '../../db/helpers.ts';

async function twoTabs(): Promise<[AnnotationStore, AnnotationStore]> {
  const idb = freshIdb();
  return Promise.all([openStore({ ...idb, name: 'sourcelight' }), openStore({ ...idb, name: 'sourcelight' })]);
}

/** A word of fixed length for each number: no note's word is a prefix of another's. */
const wordFor = (i: number) => `marker${i.toString(36).padStart(3, '0')}`;

/** A note whose quote carries a word no other note has, so search can find it alone. */
function noteNumber(i: number): Annotation {
  const word = wordFor(i);
  return newAnnotation({
    source: `https://news.example/story-${i % 7}`,
    selector: [{ type: 'TextQuoteSelector', exact: `officials said ${word}`, prefix: '', suffix: '' }],
    note: `note ${i}`,
    tags: [`tag${i % 5}`],
  });
}

describe('two tabs saving at once', () => {
  it('lose no note among hundreds of interleaved saves', async () => {
    const [a, b] = await twoTabs();
    const notes = Array.from({ length: 400 }, (_, i) => noteNumber(i));
    await Promise.all(notes.map((n, i) => (i % 2 ? a : b).save(n)));
    expect(await a.count()).toBe(notes.length);
    expect(await b.count()).toBe(notes.length);
    for (const [i, n] of notes.entries()) {
      const stored = await (i % 3 ? a : b).get(n.id);
      expect(stored).toEqual(n);
    }
    // The word index was written with each record: every note is found by its own word.
    for (const i of [0, 1, 57, 199, 398, 399]) {
      expect((await a.search(wordFor(i))).items.map((x) => x.id)).toEqual([notes[i]!.id]);
    }
    a.close();
    b.close();
  });

  it('keep every note under any interleaving of saves, edits and deletes from both tabs', async () => {
    const action = fc.record({
      tab: fc.boolean(),
      kind: fc.constantFrom('create', 'edit', 'delete'),
      which: fc.nat({ max: 30 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 20, maxLength: 120 }), async (actions) => {
        const [a, b] = await twoTabs();
        const created = Array.from({ length: 31 }, (_, i) => noteNumber(i));
        // What each note must say at the end, or null when deleted: IndexedDB runs read-write
        // transactions on one store in the order they were created, whichever connection made them.
        const expected = new Map<string, string | null>();
        const ops: Promise<unknown>[] = [];
        for (const { tab, kind, which } of actions) {
          const store = tab ? a : b;
          const base = created[which]!;
          if (kind === 'create') {
            ops.push(store.save(base));
            expected.set(base.id, base.body.note);
          } else if (kind === 'edit') {
            const note = `edited ${ops.length}`;
            ops.push(store.save(editAnnotation(base, { note })));
            expected.set(base.id, note);
          } else {
            ops.push(store.deleteMany([base.id]));
            expected.set(base.id, null);
          }
        }
        await Promise.all(ops);
        for (const [id, want] of expected) {
          const got = await a.get(id);
          if (want === null) expect(got).toBeUndefined();
          else {
            expect(got?.body.note).toBe(want);
            expect(Annotation.safeParse(got).success).toBe(true);
          }
        }
        expect(await b.count()).toBe([...expected.values()].filter(Boolean).length);
        a.close();
        b.close();
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});
