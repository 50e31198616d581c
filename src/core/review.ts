/**
 * An article read together with the reader's annotations of it: the analysis with the reader's
 * corrections respected (dismissed flags gone, missed claims added, the scorecard counted after
 * both), and every annotation placed in the article text, or reported as an orphan.
 */
import { analyzeReading } from './analyze.ts';
import { readArticle, type Reading } from './incremental.ts';
import type { Article } from './model/article.ts';
import type { Claim } from './model/analysis.ts';
import type { Review } from './model/review.ts';
import type { Annotation } from './annotations/schema.ts';
import { applyCorrections } from './annotations/corrections.ts';
import { anchorAll } from './anchoring/anchor.ts';
import { parseMarkdown } from './text/markdown.ts';

/** Whether an annotation is painted as a note: anything but a bare dismissal or missed-claim mark. */
export function isNote(a: Annotation): boolean {
  return (
    a.correction === undefined || a.body.note.trim() !== '' || a.body.verdict !== undefined || a.body.tags.length > 0
  );
}

export const MISSED_CLAIM_REASON = 'marked by you as a claim the detector missed';

/** Adds reader-marked claims where no detected claim already covers them, keeping claims sorted. */
function withMissed(
  claims: Claim[],
  missed: ReturnType<typeof applyCorrections<Claim>>['missed'],
  text: string,
): Claim[] {
  const added: Claim[] = [];
  for (const m of missed) {
    if (claims.some((c) => c.start < m.end && m.start < c.end)) continue;
    if (added.some((c) => c.start < m.end && m.start < c.end)) continue;
    const passage = text.slice(m.start, m.end);
    added.push({
      start: m.start,
      end: m.end,
      text: passage,
      kind: m.correction.claim?.kind ?? 'unnamed-source',
      cue: { start: m.start, end: m.end, text: passage },
      confidence: 1,
      reason: MISSED_CLAIM_REASON,
    });
  }
  return [...claims, ...added].sort((a, b) => a.start - b.start);
}

/**
 * `previous` is the reading of an earlier version of the same page, if there is one: only what
 * changed is read again. The new reading is returned for the next time.
 */
export function reviewArticle(
  article: Article,
  annotations: readonly Annotation[],
  previous?: Reading,
): Review & { reading: Reading } {
  const reading = readArticle(article, previous);
  const analysis = analyzeReading(reading, (text, detected) => {
    const corrected = applyCorrections(text, detected, annotations);
    return withMissed(corrected.claims, corrected.missed, text);
  });
  const notes = annotations.filter(isNote);
  const anchors = anchorAll(
    analysis.text,
    notes.map((a) => a.target.selector),
  );
  const placed = notes.map((annotation, i) => {
    const { note, format } = annotation.body;
    const tree = format === 'markdown' && note.trim() ? { note: parseMarkdown(note) } : {};
    return { annotation, anchor: anchors[i] ?? null, ...tree };
  });
  return { analysis, annotations: placed, reading };
}
