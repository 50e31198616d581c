/** Runs segmentation and detection on plain text whose paragraphs are separated by blank lines. */
import { joinArticle } from '../../../../src/core/model/article.ts';
import { expect, it } from 'vitest';
import type { Claim, ClaimKind } from '../../../../src/core/model/analysis.ts';
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
    throw new Error(
      `expected one claim in ${JSON.stringify(text)}, got ${claims.length}: ${JSON.stringify(claims.map((c) => [c.kind, c.cue.text]))}`,
    );
  }
  return claims[0] as Claim;
}

/**
 * One test per sentence that must be flagged: exactly one claim, of `kind`, covering the whole
 * sentence, whose cue's offsets point at its cue text.
 */
export function flags(cases: [string, ClaimKind][]): void {
  it.each(cases)('flags %s', (sentence, kind) => {
    const claim = oneClaim(sentence);
    expect(claim.kind).toBe(kind);
    expect(claim.text).toBe(sentence);
    expect(sentence.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
  });
}

/** One test per look-alike sentence that must not be flagged. */
export function ignores(cases: string[]): void {
  it.each(cases)('does not flag %s', (sentence) => {
    expect(claimsIn(sentence)).toEqual([]);
  });
}

/** One test: `text` gives claims of exactly these kinds, in order (a document, then its citing again). */
export function findsInTurn(title: string, text: string, kinds: ClaimKind[]): void {
  it(title, () => {
    expect(claimsIn(text).map((c) => c.kind)).toEqual(kinds);
  });
}
