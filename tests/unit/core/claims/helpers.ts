/** Runs segmentation and detection on plain text whose paragraphs are separated by blank lines. */
import { joinArticle } from '../../../../src/core/model/article.ts';
import type { Claim } from '../../../../src/core/model/analysis.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { detectClaims } from '../../../../src/core/claims/detect.ts';

export function claimsIn(text: string, title = ''): Claim[] {
  const blocks = text.split(/\n\s*\n/).map((t) => ({ kind: 'paragraph' as const, text: t.trim() }));
  const joined = joinArticle({ title, blocks });
  return detectClaims(joined.text, segmentSentences(joined.text, joined.blocks));
}

/** The one claim found in `text`; fails the test if there is not exactly one. */
export function oneClaim(text: string): Claim {
  const claims = claimsIn(text);
  if (claims.length !== 1) {
    throw new Error(`expected one claim in ${JSON.stringify(text)}, got ${claims.length}: ${JSON.stringify(claims.map((c) => [c.kind, c.cue.text]))}`);
  }
  return claims[0] as Claim;
}
