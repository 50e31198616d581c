/**
 * Importing a file into the store in one step: parse and validate the whole file first
 * (importAnnotations), then write it in one transaction (store.importMany). A bad file is rejected
 * with its message and leaves the store exactly as it was.
 *
 *   const result = await importFile(store, await file.text(), { onProgress: (done, total) => … });
 *   if (!result.ok) alert(result.error);           // "$.items[3].target.selector[0].exact: must not be empty"
 *   else toast(`${result.report.added} added, ${result.report.updated} updated, ${result.report.kept} kept`);
 */
import { importAnnotations, type ImportSource } from '../core/export/import.ts';
import type { AnnotationStore, ImportReport } from './store.ts';

export type FileImport =
  | { ok: true; source: ImportSource; report: ImportReport; notices: string[] }
  | { ok: false; error: string; path: string; message: string };

export async function importFile(
  store: AnnotationStore,
  jsonText: string,
  options: { onProgress?: (done: number, total: number) => void; now?: Date } = {},
): Promise<FileImport> {
  const parsed = importAnnotations(jsonText, options.now ? { now: options.now } : {});
  if (!parsed.ok) return parsed;
  const report = await store.importMany(
    parsed.annotations,
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  return { ok: true, source: parsed.source, report, notices: parsed.notices };
}
