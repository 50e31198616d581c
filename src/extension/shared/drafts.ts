/**
 * Drafts of notes being written, kept in `storage.local` on every change so that closing the tab
 * mid-edit loses nothing: the editor comes back with the draft on the next visit.
 */
import * as z from 'zod/mini';
import { ClaimRef, Tag, Uuid, Verdict } from '../../core/annotations/schema.ts';
import { ClaimKind } from '../../core/model/analysis.ts';

export const DRAFTS_KEY = 'drafts';
/** Drafts older than this are dropped: a note abandoned for a month is not coming back. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export const Draft = z.object({
  start: z.int(),
  end: z.int(),
  exact: z.string(),
  note: z.string(),
  verdict: z.optional(Verdict),
  tags: z.array(Tag),
  missedKind: z.optional(ClaimKind),
  claim: z.optional(ClaimRef),
  /** Set when editing a saved annotation rather than writing a new one. */
  annotationId: z.optional(Uuid),
  savedAt: z.number(),
});
export type Draft = z.infer<typeof Draft>;

/** Drafts by canonical page URL. */
export const Drafts = z.record(z.string(), Draft);
export type Drafts = z.infer<typeof Drafts>;

export function parseDrafts(value: unknown, now = Date.now()): Drafts {
  const parsed = Drafts.safeParse(value ?? {});
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([, d]) => now - d.savedAt < DRAFT_MAX_AGE_MS));
}
