import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAnnotations } from '../../../../src/core/export/import.ts';
import { exportAs } from '../../../../src/core/export/files.ts';
import { IMPORT_LIMITS } from '../../../../src/core/export/guard.ts';
import { anyAnnotation } from './arbitrary.ts';
import { sample } from './sample.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/import');
const read = (dir: string, name: string) => readFileSync(path.join(fixtures, dir, name), 'utf8');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<string, string>;

describe('importAnnotations: malformed files', () => {
  const files = readdirSync(path.join(fixtures, 'invalid'));

  it('has an expected message for every fixture', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const file of Object.keys(expected)) {
    it(`rejects ${file} whole, saying what and where`, () => {
      const result = importAnnotations(read('invalid', file));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBe(expected[file]);
        expect(result.error).toBe(`${result.path}: ${result.message}`);
      }
    });
  }

  it('rejects any string longer than the limit wherever it is, and JSON errors with line and column', () => {
    const long = 'x'.repeat(IMPORT_LIMITS.stringChars + 1);
    const result = importAnnotations(JSON.stringify({ type: 'AnnotationPage', items: [{ whatever: [long] }] }));
    expect(result).toMatchObject({
      ok: false,
      path: '$.items[0].whatever[0]',
      message: 'is a string of 1,000,001 characters; at most 1,000,000 are accepted',
    });
    expect(importAnnotations('{\n  "type": "Annotation",\n  "id": tru\n}')).toMatchObject({ ok: false, path: '$' });
    expect(importAnnotations('')).toMatchObject({
      ok: false,
      message: 'is not valid JSON: the file ends too early (is it cut short?)',
    });
    expect(importAnnotations('42')).toMatchObject({ ok: false, path: '$' });
  });
});

describe('importAnnotations: files from other tools', () => {
  it('reads an array of Hypothesis-style annotations: target arrays, other selectors, bodyValue, markdown', () => {
    const result = importAnnotations(read('valid', 'hypothesis-style-array.jsonld'), {
      now: new Date('2024-06-01T00:00:00Z'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('web-annotation');
    const [first, second] = result.annotations;
    expect(first!.target).toEqual({
      source: 'https://www.example.com/world/story',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'officials told the Associated Press,',
          prefix: 'tanks and other armored vehicles, ',
          suffix: ' speaking on the condition',
        },
        { type: 'TextPositionSelector', start: 1204, end: 1240 },
      ],
    });
    expect(first!.body).toEqual({
      note: 'Unnamed *officials* again.',
      format: 'markdown',
      tags: ['anonymous sources'],
    });
    expect(first!.via).toBe('https://hypothes.is/a/kq2wTJvXEe6yVx8');
    expect(first!.created).toBe('2024-03-02T10:15:30.123Z');
    expect(second!.body.note).toBe('Page note without a passage? No: this one quotes.');
    expect(second!.created).toBe('2024-06-01T00:00:00.000Z');
    expect(result.notices).toEqual([
      'RangeSelector selectors were ignored (Sourcelight places notes by quote and position)',
    ]);
    // Importing the same file again derives the same ids, so the store finds the same records.
    const again = importAnnotations(read('valid', 'hypothesis-style-array.jsonld'));
    expect(again.ok && again.annotations.map((a) => a.id)).toEqual(result.annotations.map((a) => a.id));
  });

  it('reads a single annotation and an AnnotationPage, mapping assessments to verdicts where they name one', () => {
    const single = importAnnotations(read('valid', 'single-annotation.jsonld'));
    expect(single.ok && single.annotations[0]).toMatchObject({
      id: '6f1c2a9e-1b2c-4d3e-8f40-123456789abc',
      body: { verdict: 'needs-source' },
    });
    const page = importAnnotations(read('valid', 'annotation-page.jsonld'));
    expect(page.ok && page.annotations[0]!.body.note).toBe(
      "Assessment: Looks like spin to me\n\nCompare with the ministry's statement.\n\nhttps://annotations.example.net/evidence/42",
    );
    expect(page.ok && page.annotations[0]!.target.selector).toHaveLength(1);
  });
});

describe('export → import', () => {
  it('restores the sample library exactly from a backup, a W3C collection, with a BOM too', () => {
    const library = sample();
    for (const format of ['backup', 'webannotation'] as const) {
      const result = importAnnotations(exportAs(format, library));
      expect(result).toMatchObject({
        ok: true,
        annotations: library,
        source: format === 'backup' ? 'sourcelight-backup' : 'web-annotation',
      });
    }
    expect(importAnnotations(`\uFEFF${exportAs('backup', library)}`)).toMatchObject({ ok: true, annotations: library });
  });

  it('returns the same annotations for arbitrary text: quotes, newlines, emoji, RTL, Markdown and HTML (property)', () => {
    fc.assert(
      fc.property(
        fc.array(anyAnnotation, { maxLength: 5 }),
        fc.constantFrom('backup' as const, 'webannotation' as const),
        (list, format) => {
          const result = importAnnotations(exportAs(format, list));
          if (!result.ok) throw new Error(result.error);
          expect(result.annotations).toEqual(list);
        },
      ),
      { numRuns: 300 },
    );
  });
});
