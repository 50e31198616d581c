/**
 * Version 1 of the database, as the first release stored it: one flat record per note, keyed by the
 * page URL as visited (tracking parameters and all), with epoch-millisecond dates and a verdict set
 * that had "false-claim" where the current one has "false". Kept only to migrate it (schema.ts).
 */
import * as z from 'zod/mini';
import { Annotation } from '../core/annotations/schema.ts';
import { canonicalUrl, siteOf } from '../core/annotations/url.ts';
import { normalizeTags } from '../core/annotations/create.ts';
import { describeIssue } from '../core/annotations/issues.ts';

export const LEGACY_VERDICTS = [
  'needs-source',
  'unsupported',
  'disputed',
  'false-claim',
  'verified',
  'opinion',
] as const;

/** Epoch milliseconds a Date can hold (±8.64e15): a damaged stamp sets the note aside, not the upgrade off. */
const EpochMs = z.number().check(z.minimum(-8.64e15), z.maximum(8.64e15));

export const LegacyNote = z.object({
  id: z.string(),
  url: z.string(),
  title: z.optional(z.string()),
  quote: z.string().check(z.minLength(1)),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
  start: z.optional(z.int()),
  end: z.optional(z.int()),
  note: z.optional(z.string()),
  verdict: z.optional(z.enum(LEGACY_VERDICTS)),
  tags: z.optional(z.array(z.string())),
  createdAt: EpochMs,
  updatedAt: z.optional(EpochMs),
});
export type LegacyNote = z.infer<typeof LegacyNote>;

/** The v1 indexes, for the migration test and the version history. */
export const V1_STORES = { annotations: 'id, url, createdAt, verdict, *tags' } as const;

export type Upgraded = { ok: true; annotation: Annotation } | { ok: false; reason: string };

/** A v1 note in the current shape, or why it cannot be converted (such records are kept aside). */
export function upgradeLegacyNote(record: unknown): Upgraded {
  const parsed = LegacyNote.safeParse(record);
  if (!parsed.success) return { ok: false, reason: reasons(parsed.error.issues, record) };
  const v1 = parsed.data;
  const created = new Date(v1.createdAt).toISOString();
  const modified = new Date(Math.max(v1.createdAt, v1.updatedAt ?? v1.createdAt)).toISOString();
  const selector: unknown[] = [
    { type: 'TextQuoteSelector', exact: v1.quote, prefix: v1.prefix ?? '', suffix: v1.suffix ?? '' },
  ];
  if (v1.start !== undefined && v1.end !== undefined && v1.end - v1.start === v1.quote.length && v1.start >= 0) {
    selector.push({ type: 'TextPositionSelector', start: v1.start, end: v1.end });
  }
  const verdict = v1.verdict === 'false-claim' ? 'false' : v1.verdict;
  const result = Annotation.safeParse({
    id: v1.id, // the primary key: an upgrade cannot change it
    target: { source: canonicalUrl(v1.url), selector },
    body: { note: v1.note ?? '', format: 'text', ...(verdict ? { verdict } : {}), tags: normalizeTags(v1.tags ?? []) },
    page: { title: v1.title ?? '', site: siteOf(v1.url) },
    created,
    modified,
  });
  if (!result.success) return { ok: false, reason: reasons(result.error.issues, undefined) };
  return { ok: true, annotation: result.data };
}

function reasons(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  return issues
    .map((issue) => {
      const { path, message } = describeIssue(issue, data);
      return `${path}: ${message}`;
    })
    .join('; ');
}
