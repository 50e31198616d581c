/**
 * `sourcelight convert FILE --to md|csv|jsonld`: an annotation export or backup (Sourcelight's own
 * JSON-LD backup or W3C Web Annotation JSON-LD from any tool), validated by the same importer the
 * extension uses, then written by the same exporters.
 */
import { importAnnotations } from '../core/export/import.ts';
import { exportAs, type ExportFormat } from '../core/export/files.ts';
import { IMPORT_LIMITS } from '../core/export/guard.ts';
import { InputError } from './errors.ts';
import { readInput } from './input.ts';

const TARGETS: Record<string, ExportFormat> = { md: 'markdown', csv: 'csv', jsonld: 'webannotation' };

/** A backup of 100,000 annotations is about 100 MB; the importer accepts up to this many characters. */
export const MAX_CONVERT_BYTES = IMPORT_LIMITS.fileChars;

export interface Converted {
  output: string;
  /** What the importer left out or changed, in words, for stderr. */
  notices: string[];
}

export async function runConvert(
  positionals: string[],
  to: string | undefined,
  readStdin: (limit: number) => Promise<Uint8Array>,
): Promise<Converted> {
  if (positionals.length !== 1)
    throw new InputError('convert takes exactly one FILE (or - for stdin); see sourcelight --help');
  if (to === undefined) throw new InputError('convert needs --to md, --to csv or --to jsonld');
  const format = TARGETS[to];
  if (!format) throw new InputError(`unknown target format "${to}": use md, csv or jsonld`);
  const path = positionals[0] as string;
  const name = path === '-' ? '<stdin>' : path;
  let text: string;
  try {
    text = (await readInput(path, readStdin, MAX_CONVERT_BYTES)).text;
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
  const imported = importAnnotations(text);
  if (!imported.ok) throw new InputError(`${name}: not a valid annotation file: ${imported.error}`);
  return { output: exportAs(format, imported.annotations), notices: imported.notices };
}
