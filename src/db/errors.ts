/**
 * A failed write of the store in words a reader understands: a full disk is said as such (the
 * browser's QuotaExceededError, which Dexie may wrap), anything else with its message.
 */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? ((error as Error & { inner?: Error }).inner?.name ?? error.name) : '';
  if (/Quota/i.test(name) || /quota/i.test(String(error))) {
    return 'Your browser has no room left for notes (storage quota exceeded). Free some space or export and delete old notes; this draft is kept.';
  }
  return `Could not save the note: ${error instanceof Error ? error.message : String(error)}. The draft is kept.`;
}
