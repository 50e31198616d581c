/**
 * Recording a failure from the background, the popup or the library (the content script has its
 * own, smaller recorder: content/log.ts). The background is the log's one writer, so entries from
 * several parts never overwrite each other: pages send their failures to it, and write the log
 * themselves only when the background cannot be reached.
 */
import browser from './browser.ts';
import { DIAGNOSTICS_KEY, appendFailure, describeFailure, parseLog, type Failure, type Part } from './diagnostics.ts';
import type { PagesToBackground } from './messages.ts';

let here: Part | undefined;
let queue: Promise<void> = Promise.resolve();

/** The background says it is the writer (at start-up); every other extension page sends. */
export function writeLogHere(part: Part): void {
  here = part;
}

/** Which of our pages this is, from its address. */
export function partOf(url: string | undefined): Part {
  return url && /\/popup\.html(?:[?#]|$)/.test(url) ? 'popup' : 'library';
}

/** Appends to the stored log; writes from this context are queued so they never race each other. */
export function appendToLog(failure: Failure, part: Part): Promise<void> {
  queue = queue.then(async () => {
    const log = parseLog((await browser.storage.local.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY]);
    await browser.storage.local.set({ [DIAGNOSTICS_KEY]: appendFailure(log, failure, part, new Date()) });
  });
  // The log is the last place a failure can go: if storage itself fails, the console is all that is left.
  queue = queue.catch((error: unknown) => console.error('Sourcelight could not write its diagnostics log', error));
  return queue;
}

/** Records a failure at `where` (a code path such as `library:import`): never throws, never waits. */
export function record(where: string, error: unknown): void {
  const failure = describeFailure(where, error);
  if (here) {
    void appendToLog(failure, here);
    return;
  }
  const part = partOf(globalThis.location?.href);
  const message: PagesToBackground = { type: 'pages→background:log', failure };
  // The background may be unreachable (or what failed): then this page writes the entry itself.
  Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .catch(() => appendToLog(failure, part));
}
