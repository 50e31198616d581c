import { describe, expect, it } from 'vitest';
import { toAnnotationCollection, toWebAnnotation, ANNO_CONTEXT } from '../../../../src/core/export/webannotation.ts';
import { toBackup } from '../../../../src/core/export/backup.ts';
import { sample } from './sample.ts';

const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const isDateTime = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
  !Number.isNaN(Date.parse(v));

/** The MUST assertions of the W3C Web Annotation test suite (annotationMusts), as checks. */
function annotationMusts(a: Record<string, unknown>): string[] {
  const failures: string[] = [];
  const context = a['@context'];
  if (!(context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT))))
    failures.push('@context');
  if (!isIri(a.id)) failures.push('id');
  const type = a.type;
  if (!(type === 'Annotation' || (Array.isArray(type) && type.includes('Annotation')))) failures.push('type');
  if (a.target === undefined) failures.push('target missing');
  for (const target of [a.target].flat()) {
    const t = target as Record<string, unknown>;
    if (!isIri(t.source)) failures.push('target.source');
    const selectors = [t.selector].flat() as Array<Record<string, unknown>>;
    if (selectors.length === 0) failures.push('target.selector');
    for (const s of selectors) {
      if (s.type === 'TextQuoteSelector' && typeof s.exact !== 'string') failures.push('TextQuoteSelector.exact');
      if (
        s.type === 'TextPositionSelector' &&
        !(Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0)
      )
        failures.push('TextPositionSelector');
      if (!['TextQuoteSelector', 'TextPositionSelector'].includes(s.type as string)) failures.push('selector type');
    }
  }
  if (a.body !== undefined && a.bodyValue !== undefined) failures.push('body and bodyValue');
  for (const body of [a.body ?? []].flat() as Array<Record<string, unknown>>) {
    if (body.type !== 'TextualBody' || typeof body.value !== 'string') failures.push('TextualBody');
    if (body.purpose !== undefined && !MOTIVATIONS.includes(body.purpose as string)) failures.push('purpose');
    if (
      body.format !== undefined &&
      !/^(application|audio|example|image|multipart|text|video)\//.test(body.format as string)
    )
      failures.push('format');
  }
  if (a.motivation !== undefined && !MOTIVATIONS.includes(a.motivation as string)) failures.push('motivation');
  for (const key of ['created', 'modified', 'generated'])
    if (a[key] !== undefined && !isDateTime(a[key])) failures.push(key);
  const generator = a.generator;
  if (generator !== undefined && !(isIri(generator) || (typeof generator === 'object' && generator !== null)))
    failures.push('generator');
  if (a.via !== undefined && !isIri(a.via)) failures.push('via');
  return failures;
}

describe('W3C Web Annotation export', () => {
  it('writes each annotation so that it meets the MUST assertions of the W3C test suite', () => {
    for (const a of sample()) expect(annotationMusts(toWebAnnotation(a) as Record<string, unknown>)).toEqual([]);
  });

  it('puts note, verdict and tags in TextualBodies with their purposes, and Sourcelight fields under sl:', () => {
    const [first, second] = sample();
    const w = toWebAnnotation(first!);
    expect(w.id).toBe('urn:uuid:11111111-1111-4111-8111-111111111111');
    expect(w.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Which officials?\nNo names, no agency.',
        format: 'text/plain',
      },
      { type: 'TextualBody', purpose: 'assessing', value: 'needs-source' },
      { type: 'TextualBody', purpose: 'tagging', value: 'china' },
      { type: 'TextualBody', purpose: 'tagging', value: 'russia' },
    ]);
    expect(w.target).toEqual({
      source: 'https://www.example.com/world/china-russia',
      selector: first!.target.selector,
    });
    expect(w['sl:claimKind']).toBe('condition-of-anonymity');
    const c = toWebAnnotation(second!);
    expect(c.body).toBeUndefined();
    expect(c.motivation).toBe('assessing');
    expect(c['sl:correction']).toBe('not-a-claim');
  });

  it('wraps annotations in an AnnotationCollection with an embedded AnnotationPage', () => {
    const collection = toAnnotationCollection(sample(), { generated: new Date('2024-06-01T00:00:00Z') });
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3, generated: '2024-06-01T00:00:00.000Z' });
    const first = collection.first as Record<string, unknown>;
    expect(first.type).toBe('AnnotationPage');
    expect(isIri(collection.id) && isIri(first.id)).toBe(true);
    expect((first.items as unknown[]).length).toBe(3);
    expect(toAnnotationCollection(sample(), { generated: new Date('2024-06-01T00:00:00Z') })).toEqual(collection);
  });

  it('marks backups so they are restored strictly', () => {
    const backup = toBackup(sample(), { generated: new Date('2024-06-01T00:00:00Z') });
    expect(backup['sl:backup']).toEqual({ version: 1 });
    expect(backup.label).toBe('Sourcelight backup');
  });
});
