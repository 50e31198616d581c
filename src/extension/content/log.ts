/**
 * Recording a failure in the content script: a raw report (the error's name and message, cut short)
 * sent to the background, the diagnostics log's one writer, which scrubs the message of anything
 * that may be page or note text before it stores it (diagnostics.ts). The scrubber stays out of the
 * page, so the page never writes the log itself.
 */
import { sendMessage } from './api.ts';
import { reportOf } from '../shared/failure-report.ts';
import type { ContentToBackground } from '../shared/messages.ts';

/** How long to wait before sending a report again once the background did not take it. */
const RETRY_MS = 2000;

/** Records a failure at `where` (e.g. `content:live`); never throws, never holds the caller up. */
export function record(where: string, error: unknown): void {
  const message: ContentToBackground = { type: 'content→background:log', failure: reportOf(where, error) };
  // The background may be starting or restarting: it gets one more chance. A second refusal means
  // the extension itself is gone (updated or removed while the page was open): nowhere is left to
  // record anything, and the page must not see an error.
  sendMessage(message).catch(() => setTimeout(() => sendMessage(message).catch(() => undefined), RETRY_MS));
}
