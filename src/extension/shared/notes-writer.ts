/**
 * The one way notes are written, and the one way a change reaches every open view.
 *
 * Every write — the background's on behalf of a tab, the popup's, the library's, an import, an
 * undo — goes through these functions, which write through the AnnotationStore (validated, one
 * transaction) and then announce the change:
 * - to the extension's pages (popup, library, and this page's own views) on a BroadcastChannel;
 * - to content scripts with tabs.sendMessage to every tab (a tab without ours simply has nobody
 *   to answer; a tab showing none of the changed pages ignores it).
 *
 * Why this shape rather than routing every write through the background: the popup and library
 * already read IndexedDB directly (IndexedDB is shared by all our extension pages and transactional
 * across them), an import of 10,000 notes keeps its progress and does not cross a message as a
 * 5 MB payload, and a BroadcastChannel needs no awake background (a sleeping service worker is
 * not woken by one, but it has no view to refresh either). Content scripts live in the page's
 * origin, so they cannot join the channel: they write through the background (which uses this
 * module) and hear of changes by tab message. Whoever writes, every view hears the same message.
 */
import browser from './browser.ts';
import { MAX_CHANGED_URLS, StoreChanged } from './messages.ts';
import { record } from './log.ts';
import { describeStorageError } from '../../db/errors.ts';
import type { Annotation } from '../../core/annotations/schema.ts';
import type { AnnotationStore, Deletion, ImportOptions, ImportReport } from '../../db/store.ts';

const CHANNEL = 'sourcelight:store';
const listeners = new Set<(change: StoreChanged) => void>();
let channel: BroadcastChannel | undefined;

function openChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel !== 'function') return channel;
  channel = new BroadcastChannel(CHANNEL);
  // Node (unit tests, benchmarks) would otherwise stay alive for the channel; browsers have no unref.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent) => {
    const change = StoreChanged.safeParse(event.data);
    if (change.success) for (const listener of listeners) listener(change.data);
    else record('writer:channel', new TypeError('a malformed store-changed message'));
  };
  return channel;
}

/** Calls `listener` on every change of the notes, from any writer; returns the unsubscribe. */
export function onStoreChanged(listener: (change: StoreChanged) => void): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a change concerns the page at `url` (a change of unnamed pages concerns every page). */
export function concerns(change: StoreChanged, url: string): boolean {
  return change.urls === null || change.urls.includes(url);
}

async function announce(urls: Iterable<string> | null): Promise<void> {
  const list = urls === null ? null : [...new Set(urls)];
  const change: StoreChanged = {
    type: 'writer→views:store-changed',
    urls: list && list.length <= MAX_CHANGED_URLS ? list : null,
  };
  for (const listener of listeners) listener(change);
  openChannel()?.postMessage(change);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      typeof tab.id === 'number'
        ? // Most tabs have no content script of ours (a browser page, a page opened before install):
          // nobody answers, which is no failure, so nothing is logged.
          browser.tabs.sendMessage(tab.id, change).catch(() => undefined)
        : undefined,
    ),
  );
}

/** Announces without holding up the writer; a failure to announce is recorded. */
function announceLater(urls: Iterable<string> | null): void {
  announce(urls).catch((error: unknown) => record('writer:announce', error));
}

/** Runs a write; a failure is recorded under `where` and thrown on for the caller to show. */
async function writing<T>(where: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    record(where, error);
    throw error;
  }
}

/** Creates or updates a note (see AnnotationStore.save); returns what was stored. */
export async function saveNote(
  store: AnnotationStore,
  annotation: Annotation,
  where = 'writer:save',
): Promise<Annotation> {
  const saved = await writing(where, () => store.save(annotation)).catch((error: unknown) => {
    // In words for the editor that shows it (a full disk is said as such).
    throw new Error(describeStorageError(error), { cause: error });
  });
  announceLater([saved.target.source]);
  return saved;
}

/** Deletes notes; the returned Deletion undoes it through restoreNotes. */
export async function deleteNotes(
  store: AnnotationStore,
  ids: readonly string[],
  where = 'writer:delete',
): Promise<Deletion> {
  const deletion = await writing(where, () => store.deleteMany(ids));
  if (deletion.annotations.length) announceLater(deletion.annotations.map((a) => a.target.source));
  return deletion;
}

/** Puts deleted notes back exactly as they were (undo). */
export async function restoreNotes(
  store: AnnotationStore,
  deletion: Deletion,
  where = 'writer:restore',
): Promise<void> {
  await writing(where, () => store.restore(deletion));
  announceLater(deletion.annotations.map((a) => a.target.source));
}

/** Imports validated annotations in one transaction (see AnnotationStore.importMany). */
export async function importNotes(
  store: AnnotationStore,
  annotations: readonly Annotation[],
  options: ImportOptions = {},
  where = 'writer:import',
): Promise<ImportReport> {
  const report = await writing(where, () => store.importMany(annotations, options));
  const changed = new Set(report.outcomes.filter((o) => o.outcome !== 'kept').map((o) => o.id));
  if (changed.size) announceLater(annotations.filter((a) => changed.has(a.id)).map((a) => a.target.source));
  return report;
}
