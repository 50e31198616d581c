import { describe, expect, it } from 'vitest';
import * as zm from 'zod/mini';
import { Annotation, DateTime, LIMITS, Uuid } from '../../../../src/core/annotations/schema.ts';
import { editAnnotation, newAnnotation, normalizeTags } from '../../../../src/core/annotations/create.ts';
import { describe as describeText } from '../../../../src/core/annotations/selectors.ts';
import { describeIssue } from '../../../../src/core/annotations/issues.ts';

const text = 'Two U.S. officials, speaking on the condition of anonymity, said the shipment left in May.';
const at = (s: string) => describeText(text, text.indexOf(s), text.indexOf(s) + s.length);
const now = new Date('2024-05-01T09:30:00.000Z');

const make = () =>
  newAnnotation(
    {
      source: 'https://example.com/story',
      selector: at('the shipment left in May'),
      page: { title: 'A story' },
      verdict: 'needs-source',
      tags: [' china ', 'China', 'russia', ''],
      claim: { kind: 'condition-of-anonymity', cue: 'speaking on the condition of anonymity' },
    },
    { now, id: '3F2504E0-4F89-41D3-9A0C-0305E82C3301' },
  );

describe('newAnnotation', () => {
  it('builds a valid annotation with stamps, a lower-case id, the site and cleaned tags', () => {
    const a = make();
    expect(a.id).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(a.created).toBe('2024-05-01T09:30:00.000Z');
    expect(a.modified).toBe(a.created);
    expect(a.page).toEqual({ title: 'A story', site: 'example.com' });
    expect(a.body.tags).toEqual(['china', 'russia']);
    expect(Annotation.safeParse(a).success).toBe(true);
  });

  it('makes a random UUID when none is given', () => {
    const a = newAnnotation({ source: 'https://example.com/', selector: at('officials') });
    const b = newAnnotation({ source: 'https://example.com/', selector: at('officials') });
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('records corrections of the detector as annotations', () => {
    const a = newAnnotation({
      source: 'https://example.com/',
      selector: at('Two U.S. officials'),
      correction: 'not-anonymous',
    });
    expect(a.correction).toBe('not-anonymous');
  });
});

describe('editAnnotation', () => {
  it('changes the body and bumps modified, even when the clock has not moved', () => {
    const a = make();
    const b = editAnnotation(a, { note: 'Who?', verdict: null, tags: ['x'] }, now);
    expect(b.body).toEqual({ note: 'Who?', format: 'text', tags: ['x'] });
    expect(b.modified).toBe('2024-05-01T09:30:00.001Z');
    expect(b.created).toBe(a.created);
    const c = editAnnotation(b, { correction: 'not-a-claim' }, new Date('2024-06-01T00:00:00Z'));
    expect(c.correction).toBe('not-a-claim');
    expect(c.modified).toBe('2024-06-01T00:00:00.000Z');
  });
});

describe('Annotation schema', () => {
  const issuesOf = (value: unknown) =>
    (Annotation.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  it('rejects what would break anchoring or storage', () => {
    const a = make();
    expect(issuesOf({ ...a, target: { ...a.target, selector: [a.target.selector[1]] } }).join()).toMatch(
      /TextQuoteSelector/,
    );
    expect(issuesOf({ ...a, target: { ...a.target, source: 'javascript:alert(1)' } })[0]).toMatch(/^target\.source/);
    expect(issuesOf({ ...a, body: { ...a.body, verdict: 'maybe' } })[0]).toMatch(/^body\.verdict/);
    expect(issuesOf({ ...a, body: { ...a.body, tags: ['a\nb'] } })[0]).toMatch(/^body\.tags\.0/);
    expect(issuesOf({ ...a, body: { ...a.body, note: 'x'.repeat(LIMITS.note + 1) } })[0]).toMatch(/^body\.note/);
    expect(issuesOf({ ...a, modified: '2020-01-01T00:00:00.000Z' })[0]).toMatch(
      /^modified: modified is before created/,
    );
    expect(issuesOf({ ...a, id: 'not-a-uuid' })[0]).toMatch(/^id/);
    expect(issuesOf({ ...a, correction: 'wrong' })[0]).toMatch(/^correction/);
    const position = { type: 'TextPositionSelector', start: 9, end: 3 };
    expect(issuesOf({ ...a, target: { ...a.target, selector: [a.target.selector[0], position] } }).join()).toMatch(
      /end must be after start/,
    );
  });
});

describe('normalizeTags', () => {
  it('collapses whitespace and drops empty and repeated tags', () => {
    expect(normalizeTags(['  a  b ', 'A B', '\t', 'c'])).toEqual(['a b', 'c']);
  });
});

describe('Uuid and DateTime (regular expressions, kept out of zod format types for the content script)', () => {
  const zodUuid = zm.uuid();
  const zodDateTime = zm.iso.datetime();
  it('accept and refuse exactly what z.uuid() and z.iso.datetime() do', () => {
    const samples = [
      '2024-05-01T09:30:00.000Z',
      '2024-05-01T09:30:00Z',
      '2024-05-01T09:30Z',
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
      '2024-04-31T00:00:00Z',
      '2024-05-01T24:00:00Z',
      '2024-05-01T09:30:00+01:00',
      '2024-05-01 09:30:00Z',
      'yesterday',
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
      '3f2504e0-4f89-01d3-9a0c-0305e82c3301',
      '3f2504e0-4f89-41d3-ca0c-0305e82c3301',
      '3f2504e0-4f89-41d3-9a0c-0305e82c330',
      crypto.randomUUID(),
    ];
    for (const s of samples) {
      expect(Uuid.safeParse(s).success, s).toBe(zodUuid.safeParse(s).success);
      expect(DateTime.safeParse(s).success, s).toBe(zodDateTime.safeParse(s).success);
    }
    expect(DateTime.safeParse(new Date().toISOString()).success).toBe(true);
  });
});

describe('selector problems in words (a union: the closest branch speaks)', () => {
  const problems = (selector: unknown[]) => {
    const data = { ...make(), target: { source: 'https://example.com/story', selector } };
    const parsed = Annotation.safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((i) => describeIssue(i, data));
  };
  const quote = { type: 'TextQuoteSelector', exact: 'said', prefix: '', suffix: '' };
  it('names the bad field of a selector of the right type, not the other type', () => {
    expect(problems([quote, { type: 'TextPositionSelector', start: 5, end: 2 }])).toEqual([
      { path: '$.target.selector[1].end', message: 'end must be after start' },
    ]);
    expect(problems([{ ...quote, exact: '' }])).toEqual([
      { path: '$.target.selector[0].exact', message: 'must not be empty' },
    ]);
  });
  it('names every selector type when the type is unknown', () => {
    expect(problems([{ type: 'FragmentSelector', value: 'p1' }])).toEqual([
      {
        path: '$.target.selector[0].type',
        message: 'must be one of "TextQuoteSelector", "TextPositionSelector"; got "FragmentSelector"',
      },
    ]);
  });
});
