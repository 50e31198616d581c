/** Export the given annotations in any format, through the background's download flow. */
import { useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { DownloadReply, type PagesToBackground } from '../shared/messages.ts';
import { SCORECARDS_KEY, parseScorecards, scorecardsByUrl } from '../shared/scorecards.ts';
import type { Annotation } from '../../core/annotations/schema.ts';
import { EXPORT_FORMATS, MEDIA_TYPES, exportAs, fileNameFor, type ExportFormat } from '../../core/export/files.ts';
import { record } from '../shared/log.ts';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  csv: 'CSV',
  webannotation: 'Web Annotation',
  claimreview: 'ClaimReview',
  backup: 'Backup',
};

/** What each format is for, in a reader's words. */
export const FORMAT_USES: Record<ExportFormat, string> = {
  markdown: 'Readable notes for Obsidian, Notion or any text editor.',
  csv: 'A table for Excel, Numbers or Google Sheets.',
  webannotation: 'The W3C standard (JSON-LD), for other annotation tools.',
  claimreview: 'Your verdicts as schema.org ClaimReview, for fact-check sites.',
  backup: 'Everything Sourcelight keeps, to import again later or elsewhere.',
};

export interface ExportButtonsProps {
  /** Loads what to export when a button is pressed (the current list, maybe large). */
  annotations(): Promise<Annotation[]> | Annotation[];
  /** What is exported, for the file name: a site, a page title, 'all', 'filtered'. */
  scope: string;
  formats?: readonly ExportFormat[];
}

export function ExportButtons({ annotations, scope, formats = EXPORT_FORMATS }: ExportButtonsProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [bom, setBom] = useState(false);
  const run = async (format: ExportFormat) => {
    try {
      const items = await annotations();
      if (!items.length) return setStatus('Nothing to export.');
      const stored = parseScorecards((await browser.storage.local.get(SCORECARDS_KEY))[SCORECARDS_KEY]);
      const text = exportAs(format, items, { scorecards: scorecardsByUrl(stored), bom });
      const filename = fileNameFor(format, scope, new Date());
      const message: PagesToBackground = {
        type: 'pages→background:download',
        filename,
        mime: MEDIA_TYPES[format],
        text,
      };
      const reply = DownloadReply.safeParse(await browser.runtime.sendMessage(message));
      if (!reply.success) return setStatus('The download could not start.');
      setStatus(
        reply.data.ok
          ? `Saved ${filename} (${items.length} note${items.length === 1 ? '' : 's'}).`
          : `Export failed: ${reply.data.error}`,
      );
    } catch (error) {
      // Shown beside the buttons, and logged: an export should not fail.
      record('pages:export', error);
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div class="export">
      <ul class="plain formats" aria-label="Export">
        {formats.map((format) => (
          <li key={format}>
            <button type="button" onClick={() => void run(format)} aria-describedby={`use-${format}`}>
              {FORMAT_LABELS[format]}
            </button>
            <span class="use" id={`use-${format}`}>
              {FORMAT_USES[format]}
            </span>
          </li>
        ))}
      </ul>
      {formats.includes('csv') ? (
        <label class="bom">
          <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} /> CSV for Excel: keep
          accents and other letters right (adds a byte-order mark)
        </label>
      ) : null}
      {status ? (
        <p class="small" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
