/**
 * One entry point for every export, and the names and media types of the files.
 *
 *   const text = exportAs('markdown', annotations, { scorecards });
 *   const name = fileNameFor('markdown', 'nytimes.com', new Date());  // sourcelight-notes-nytimes-com-2024-06-01.md
 *   download(new Blob([text], { type: MEDIA_TYPES.markdown }), name);
 *
 * The CLI's `convert --to md|csv|jsonld` maps to 'markdown' | 'csv' | 'webannotation'.
 */
import type { Annotation } from '../annotations/schema.ts';
import { toBackup } from './backup.ts';
import { toClaimReviews, type ClaimReviewOptions } from './claimreview.ts';
import { toCsv, type CsvOptions } from './csv.ts';
import { toMarkdown, type MarkdownOptions } from './markdown.ts';
import { toAnnotationCollection, type CollectionOptions } from './webannotation.ts';

export const EXPORT_FORMATS = ['markdown', 'csv', 'webannotation', 'claimreview', 'backup'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  webannotation: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  claimreview: 'application/ld+json',
  backup: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
};

const NAMES: Record<ExportFormat, { stem: string; extension: string }> = {
  markdown: { stem: 'notes', extension: 'md' },
  csv: { stem: 'notes', extension: 'csv' },
  webannotation: { stem: 'annotations', extension: 'jsonld' },
  claimreview: { stem: 'claimreviews', extension: 'jsonld' },
  backup: { stem: 'backup', extension: 'jsonld' },
};

export type ExportOptions = MarkdownOptions & CsvOptions & CollectionOptions & ClaimReviewOptions;

export function exportAs(
  format: ExportFormat,
  annotations: readonly Annotation[],
  options: ExportOptions = {},
): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(annotations, options);
    case 'csv':
      return toCsv(annotations, options);
    case 'webannotation':
      return `${JSON.stringify(toAnnotationCollection(annotations, options), null, 2)}\n`;
    case 'claimreview':
      return `${JSON.stringify(toClaimReviews(annotations, options), null, 2)}\n`;
    case 'backup':
      return `${JSON.stringify(toBackup(annotations, options), null, 2)}\n`;
  }
}

/** A file-name-safe slug: lower case, ASCII letters and digits, single hyphens, at most 48 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `sourcelight-<what>[-<scope>]-<YYYY-MM-DD>.<ext>`, the date in the reader's local time. `scope`
 * says what was exported: 'all', a site, a page title, 'filtered'…; 'all' is left out of the name.
 */
export function fileNameFor(format: ExportFormat, scope: string, date: Date): string {
  const { stem, extension } = NAMES[format];
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const part = slug(scope);
  return `${['sourcelight', stem, part && part !== 'all' ? part : '', day].filter(Boolean).join('-')}.${extension}`;
}
