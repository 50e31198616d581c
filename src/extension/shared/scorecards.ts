/**
 * Scorecards of annotated pages, by canonical URL, so exports can say how each page was sourced.
 * Kept in `storage.local`, capped, oldest dropped first.
 */
import * as z from 'zod/mini';
import { Scorecard } from '../../core/model/analysis.ts';

export const SCORECARDS_KEY = 'scorecards';
export const MAX_SCORECARDS = 2000;

export const StoredScorecards = z.record(z.string(), z.object({ summary: Scorecard, seen: z.number() }));
export type StoredScorecards = z.infer<typeof StoredScorecards>;

export function parseScorecards(value: unknown): StoredScorecards {
  const parsed = StoredScorecards.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

export function scorecardsByUrl(stored: StoredScorecards): Record<string, Scorecard> {
  return Object.fromEntries(Object.entries(stored).map(([url, s]) => [url, s.summary]));
}
