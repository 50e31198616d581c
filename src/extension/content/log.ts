/**
 * Recording a failure in the content script: sent to the background, the diagnostics log's one
 * writer. Only our words, the error's name and its scrubbed message leave here (describeFailure),
 * never the page's text.
 */
import { sendMessage, storage } from './api.ts';
import { DIAGNOSTICS_KEY, appendFailure, describeFailure, parseLog } from '../shared/diagnostics.ts';
import type { ContentToBackground } from '../shared/messages.ts';

/** Records a failure at `where` (e.g. `content:live`); never throws, never holds the caller up. */
export function record(where: string, error: unknown): void {
  const failure = describeFailure(where, error);
  const message: ContentToBackground = { type: 'content→background:log', failure };
  sendMessage(message).catch(async () => {
    // The background is unreachable (it may be what failed): write the entry ourselves.
    try {
      const log = parseLog((await storage.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY]);
      await storage.set({ [DIAGNOSTICS_KEY]: appendFailure(log, failure, 'content', new Date()) });
    } catch {
      // The extension itself is gone (updated or removed while the page was open): nowhere is left
      // to record anything, and the page must not see an error.
    }
  });
}
