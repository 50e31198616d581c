/**
 * CSV: one row per annotation, RFC 4180 (comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled), UTF-8, optionally with a byte-order mark so
 * spreadsheet programs detect UTF-8.
 *
 * Columns are stable (CSV_COLUMNS); add new ones only at the end. Tags are joined with "; ".
 *
 * Formula injection: a spreadsheet runs a cell that begins with =, +, -, @, tab or carriage return
 * as a formula ("=HYPERLINK(…)" from a web page). Such cells get a leading apostrophe, which
 * spreadsheets show as text and hide.
 */
import type { Annotation } from '../annotations/schema.ts';

export const CSV_COLUMNS = [
  'id',
  'url',
  'site',
  'title',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'verdict',
  'tags',
  'note',
  'note_format',
  'claim_kind',
  'claim_cue',
  'correction',
  'created',
  'modified',
] as const;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (for Excel). Default false. */
  bom?: boolean;
}

const RISKY_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = RISKY_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(a: Annotation): Array<string | number | undefined> {
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return [
    a.id,
    a.target.source,
    a.page.site,
    a.page.title,
    quote?.type === 'TextQuoteSelector' ? quote.exact : undefined,
    quote?.type === 'TextQuoteSelector' ? quote.prefix : undefined,
    quote?.type === 'TextQuoteSelector' ? quote.suffix : undefined,
    position?.type === 'TextPositionSelector' ? position.start : undefined,
    position?.type === 'TextPositionSelector' ? position.end : undefined,
    a.body.verdict,
    a.body.tags.join('; '),
    a.body.note,
    a.body.format,
    a.claim?.kind,
    a.claim?.cue,
    a.correction,
    a.created,
    a.modified,
  ];
}

export function toCsv(annotations: readonly Annotation[], options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of annotations) lines.push(row(a).map(csvCell).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
