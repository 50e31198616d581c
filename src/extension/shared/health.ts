/**
 * Whether the reader's notes are safe: kept in `storage.local` (outside IndexedDB, so it survives
 * when the browser clears IndexedDB) by the background, shown as a warning by the popup and library.
 */
import * as z from 'zod/mini';

export const HEALTH_KEY = 'storeHealth';

export const StoreHealth = z.object({
  /** The store has been opened and its canary planted at least once. */
  hadData: z._default(z.boolean(), false),
  /** When the browser was found to have cleared the notes, until the reader dismisses the warning. */
  evictedAt: z.optional(z.string()),
  /** What the browser said when asked to keep our data for good. */
  persistence: z.optional(z.enum(['persisted', 'granted', 'denied', 'unsupported'])),
});
export type StoreHealth = z.infer<typeof StoreHealth>;

export function parseHealth(value: unknown): StoreHealth {
  const parsed = StoreHealth.safeParse(value ?? {});
  return parsed.success ? parsed.data : StoreHealth.parse({});
}
