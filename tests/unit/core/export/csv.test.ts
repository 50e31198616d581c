import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../../src/core/export/csv.ts';
import { sample } from './sample.ts';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('writes a header of stable columns and one row per annotation, CRLF-terminated', () => {
    const csv = toCsv(sample());
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({
      id: '11111111-1111-4111-8111-111111111111',
      url: 'https://www.example.com/world/china-russia',
      site: 'example.com',
      verdict: 'needs-source',
      tags: 'china; russia',
      note: 'Which officials?\nNo names, no agency.',
      claim_kind: 'condition-of-anonymity',
      created: '2024-05-01T09:30:00.000Z',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(toCsv(sample()));
    const quote = rows[3]![CSV_COLUMNS.indexOf('quote')];
    expect(quote).toBe(`'=HYPERLINK("http://evil.test","click")`);
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(risky).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('safe, "quoted"')).toBe('"safe, ""quoted"""');
    expect(csvCell(42)).toBe('42');
  });

  it('adds a byte-order mark on request', () => {
    expect(toCsv([], { bom: true })).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    expect(toCsv([]).charCodeAt(0)).not.toBe(0xfeff);
  });
});
