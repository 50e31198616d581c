/**
 * Forged messages against the protocol's schemas (src/extension/shared/messages.ts): anything at all
 * is parsed without an exception, unknown types and wrong types are refused, unknown keys — huge
 * strings, `__proto__`, `constructor` — are dropped without touching any prototype, and a message of
 * one direction never passes for another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContentToBackground,
  PagesToBackground,
  SavedReply,
  ToContent,
} from '../../../../src/extension/shared/messages.ts';

const quote = { type: 'TextQuoteSelector', exact: 'officials said', prefix: 'Two ', suffix: ' on Monday' };

/** One valid message of every type, as our own parts send them. */
const valid = {
  review: {
    type: 'content→background:review',
    article: { title: 'T', blocks: [{ kind: 'paragraph', text: 'Officials said so.' }] },
    pageUrl: 'https://news.example/a',
    hints: {},
  },
  status: { type: 'content→background:status', claims: 3, state: 'analyzed' },
  save: {
    type: 'content→background:save',
    url: 'https://news.example/a',
    selector: [quote],
    title: 'T',
    note: 'Who?',
    tags: ['china'],
  },
  delete: { type: 'content→background:delete', id: '6f1c2a9e-1b2c-4d3e-8f40-123456789abc' },
  tags: { type: 'content→background:tags' },
  download: { type: 'pages→background:download', filename: 'notes.md', mime: 'text/markdown', text: '# Notes' },
  report: { type: 'popup→content:report' },
  focus: { type: 'popup→content:focus-claim', index: 2 },
  command: { type: 'background→content:command', command: 'toggle-highlights' },
} as const;

const SCHEMAS = { ContentToBackground, PagesToBackground, ToContent } as const;

function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return 'polluted' in probe || 'isAdmin' in probe || Object.keys(Object.prototype).length > 0;
}

describe('message schemas against forgeries', () => {
  it('accept what our own parts send', () => {
    for (const m of [valid.review, valid.status, valid.save, valid.delete, valid.tags])
      expect(ContentToBackground.safeParse(m).success, m.type).toBe(true);
    expect(PagesToBackground.safeParse(valid.download).success).toBe(true);
    for (const m of [valid.report, valid.focus, valid.command])
      expect(ToContent.safeParse(m).success, m.type).toBe(true);
  });

  it('never throw on anything, and never hand back an object with a foreign prototype', () => {
    const forged = fc.oneof(
      fc.anything({
        withObjectString: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
      fc
        .record({ type: fc.constantFrom(...Object.values(valid).map((m) => m.type)) }, { noNullPrototype: true })
        .chain((base) =>
          fc.dictionary(fc.string(), fc.anything(), { maxKeys: 5 }).map((extra) => ({ ...extra, ...base })),
        ),
    );
    fc.assert(
      fc.property(forged, (message) => {
        for (const schema of Object.values(SCHEMAS)) {
          const result = schema.safeParse(message);
          if (result.success) expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
        }
        expect(polluted()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuse unknown types, and types of another direction', () => {
    for (const type of [
      'content→background:export-all',
      'CONTENT→BACKGROUND:TAGS',
      'content->background:tags',
      '',
      'toString',
      '__proto__',
    ]) {
      for (const schema of Object.values(SCHEMAS)) expect(schema.safeParse({ type }).success, type).toBe(false);
    }
    // A content script's message is not a page's, and neither is a message to a content script.
    expect(PagesToBackground.safeParse(valid.save).success).toBe(false);
    expect(ContentToBackground.safeParse(valid.download).success).toBe(false);
    expect(ToContent.safeParse(valid.tags).success).toBe(false);
    expect(ContentToBackground.safeParse(valid.report).success).toBe(false);
  });

  it('refuse wrong types and out-of-range values in every field', () => {
    const bad: [keyof typeof SCHEMAS, object][] = [
      ['ContentToBackground', { ...valid.status, claims: -1 }],
      ['ContentToBackground', { ...valid.status, claims: 1.5 }],
      ['ContentToBackground', { ...valid.status, claims: '3' }],
      ['ContentToBackground', { ...valid.status, claims: Number.NaN }],
      ['ContentToBackground', { ...valid.status, claims: Number.POSITIVE_INFINITY }],
      ['ContentToBackground', { ...valid.status, state: 'hacked' }],
      ['ContentToBackground', { ...valid.delete, id: 'not-a-uuid' }],
      ['ContentToBackground', { ...valid.delete, id: `${valid.delete.id}' OR 1=1` }],
      ['ContentToBackground', { ...valid.delete, id: ['6f1c2a9e-1b2c-4d3e-8f40-123456789abc'] }],
      ['ContentToBackground', { ...valid.save, selector: [] }],
      ['ContentToBackground', { ...valid.save, selector: [{ ...quote, exact: '' }] }],
      ['ContentToBackground', { ...valid.save, selector: [quote, quote] }],
      ['ContentToBackground', { ...valid.save, selector: [{ ...quote, exact: 'x'.repeat(20_001) }] }],
      ['ContentToBackground', { ...valid.save, tags: 'china' }],
      ['ContentToBackground', { ...valid.save, verdict: 'true-ish' }],
      ['ContentToBackground', { ...valid.save, note: { toString: () => 'x' } }],
      ['ContentToBackground', { ...valid.review, article: { title: 'T', blocks: [{ kind: 'script', text: 'x' }] } }],
      ['ContentToBackground', { ...valid.review, article: 'Officials said so.' }],
      ['ContentToBackground', { ...valid.review, pageUrl: 42 }],
      ['PagesToBackground', { ...valid.download, filename: '' }],
      ['PagesToBackground', { ...valid.download, filename: 'x'.repeat(201) }],
      ['PagesToBackground', { ...valid.download, text: new Uint8Array(3) }],
      ['ToContent', { ...valid.focus, index: -1 }],
      ['ToContent', { ...valid.focus, index: '0' }],
      ['ToContent', { ...valid.command, command: 'delete-everything' }],
    ];
    for (const [schema, message] of bad)
      expect(SCHEMAS[schema].safeParse(message).success, JSON.stringify(message).slice(0, 120)).toBe(false);
    expect(SavedReply.safeParse({ ok: true, error: 'x' }).success).toBe(false);
    expect(SavedReply.safeParse({ ok: 'true', annotation: {} }).success).toBe(false);
  });

  it('drop unknown keys — huge strings, __proto__, constructor — quickly and without polluting anything', () => {
    const huge = 'x'.repeat(5_000_000);
    for (const message of Object.values(valid)) {
      const forged = JSON.parse(
        `{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},${JSON.stringify(message).slice(1)}`,
      );
      forged.payload = huge;
      forged.toString = huge;
      const schema = Object.values(SCHEMAS).find((s) => s.safeParse(message).success)!;
      const started = performance.now();
      const result = schema.safeParse(forged);
      expect(performance.now() - started).toBeLessThan(200);
      expect(result.success, message.type).toBe(true);
      const data = result.data as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(Object.keys(message).sort());
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect(data['polluted']).toBeUndefined();
      expect(polluted()).toBe(false);
    }
  });

  it('refuse a forged note of absurd size at the schema, before any work is done with it', () => {
    const note = { ...valid.save, selector: [{ ...quote, prefix: 'p'.repeat(1_001) }] };
    expect(ContentToBackground.safeParse(note).success).toBe(false);
    const many = { ...valid.save, selector: Array.from({ length: 10_000 }, () => quote) };
    const started = performance.now();
    expect(ContentToBackground.safeParse(many).success).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
