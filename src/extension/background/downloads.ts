/**
 * Exports reach the reader's disk through the downloads API. A service worker (Chrome) has no
 * URL.createObjectURL, so it hands over a data: URL; an event page (Firefox) uses a blob URL, which
 * it revokes once the download is done.
 */
import browser from '../shared/browser.ts';
import type { DownloadReply } from '../shared/messages.ts';
import { record } from '../shared/log.ts';

function dataUrl(text: string, mime: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return `data:${mime};base64,${btoa(binary)}`;
}

export async function download(filename: string, mime: string, text: string): Promise<DownloadReply> {
  const canBlob = typeof URL.createObjectURL === 'function';
  const url = canBlob ? URL.createObjectURL(new Blob([text], { type: mime })) : dataUrl(text, mime);
  try {
    const id = await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    if (canBlob) {
      const revoke = (delta: { id: number; state?: { current?: string } }) => {
        if (delta.id !== id || !delta.state?.current || delta.state.current === 'in_progress') return;
        URL.revokeObjectURL(url);
        browser.downloads.onChanged.removeListener(revoke);
      };
      browser.downloads.onChanged.addListener(revoke);
    }
    return { ok: true, id };
  } catch (error) {
    if (canBlob) URL.revokeObjectURL(url);
    // The page that asked shows the error; it is logged too, as exports should not fail.
    record('background:download', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
