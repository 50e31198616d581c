import { describe, expect, it } from 'vitest';
import { exportAs, fileNameFor, MEDIA_TYPES, slug, EXPORT_FORMATS } from '../../../../src/core/export/files.ts';
import { sample } from './sample.ts';

describe('fileNameFor', () => {
  const day = new Date(2024, 5, 1, 23, 30); // local time, as the reader's download shows

  it('names files by content, scope and the local date', () => {
    expect(fileNameFor('markdown', 'all', day)).toBe('sourcelight-notes-2024-06-01.md');
    expect(fileNameFor('csv', 'nytimes.com', day)).toBe('sourcelight-notes-nytimes-com-2024-06-01.csv');
    expect(fileNameFor('webannotation', 'Zürich: “Talks” stall / 2024', day)).toBe(
      'sourcelight-annotations-zurich-talks-stall-2024-2024-06-01.jsonld',
    );
    expect(fileNameFor('claimreview', 'filtered', day)).toBe('sourcelight-claimreviews-filtered-2024-06-01.jsonld');
    expect(fileNameFor('backup', 'all', day)).toBe('sourcelight-backup-2024-06-01.jsonld');
    expect(fileNameFor('markdown', '../../etc/passwd', day)).toBe('sourcelight-notes-etc-passwd-2024-06-01.md');
  });

  it('keeps slugs short and plain', () => {
    expect(slug('x'.repeat(100))).toHaveLength(48);
    expect(slug('漢字だけ')).toBe('');
  });
});

describe('exportAs', () => {
  it('produces every format, each with a media type', () => {
    for (const format of EXPORT_FORMATS) {
      const text = exportAs(format, sample());
      expect(text.length).toBeGreaterThan(100);
      expect(MEDIA_TYPES[format]).toMatch(/^(text|application)\//);
      if (format !== 'markdown' && format !== 'csv') expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});
