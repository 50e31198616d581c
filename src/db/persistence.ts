/**
 * Asking the browser to keep our data. Without persistent storage, IndexedDB is "best effort" and
 * may be cleared under storage pressure; store.checkEviction() detects that afterwards, this asks
 * for it not to happen. Call from an extension page (background, popup or library).
 */

export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export type PersistenceResult =
  /** Storage was already persistent. */
  | 'persisted'
  /** The browser granted persistence now. */
  | 'granted'
  /** The browser declined (it may grant later, e.g. once the extension is used more). */
  | 'denied'
  /** No StorageManager here (old browser, Node). */
  | 'unsupported';

export async function requestPersistence(
  storage: StorageManagerLike | undefined = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator
    ?.storage,
): Promise<PersistenceResult> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    // A browser that throws here has not granted it: 'denied' is shown in Settings with what to do.
    return 'denied';
  }
}
