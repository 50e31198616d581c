/**
 * End to end on the project's seed article: the saved page, its article text as the corpus labels
 * were written against (Readability), segmentation, and the claims a reader should see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { joinArticle, type Article, type BlockSpan } from '../../../src/core/model/article.ts';
import type { Claim } from '../../../src/core/model/analysis.ts';
import { segmentSentences } from '../../../src/core/text/segment.ts';
import { detectClaims } from '../../../src/core/claims/detect.ts';
import { loadLabels, loadNegatives, loadPage } from '../../../scripts/lib/corpus.ts';

const PAGE = 'seed-china-russia';
let text = '';
let claims: Claim[] = [];

beforeAll(() => {
  const page = loadPage(PAGE);
  const blocks = page.blocks.filter((b: BlockSpan) => b.kind !== 'title');
  const title = page.blocks.find((b) => b.kind === 'title');
  const article: Article = {
    title: title ? page.reference.slice(title.start, title.end) : '',
    blocks: blocks.map((b) => ({ kind: b.kind, text: page.reference.slice(b.start, b.end) })),
  };
  const joined = joinArticle(article);
  text = joined.text;
  claims = detectClaims(text, segmentSentences(text, joined.blocks));
});

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('seed article: anonymous-source claims', () => {
  it("finds every labelled claim, with the label's kind", () => {
    const labels = loadLabels().filter((l) => l.page === PAGE);
    expect(labels.length).toBe(10);
    for (const label of labels) {
      const at = text.indexOf(label.quote);
      expect(at, label.quote).toBeGreaterThanOrEqual(0);
      const hit = claims.find((c) => c.start < at + label.quote.length && at < c.end);
      expect(hit, label.quote).toBeDefined();
      expect(hit?.kind, label.quote).toBe(label.kind);
    }
    expect(claims).toHaveLength(10);
  });

  it('flags nothing that rests on a named, on-the-record source', () => {
    for (const negative of loadNegatives().filter((n) => n.page === PAGE)) {
      const at = text.indexOf(negative.quote);
      expect(at).toBeGreaterThanOrEqual(0);
      const flagged = claims.filter((c) => c.start < at + negative.quote.length && at < c.end);
      expect(
        flagged.map((c) => c.text),
        negative.note,
      ).toEqual([]);
    }
  });

  it('reads the lead as unnamed officials granted anonymity', () => {
    const lead = claims.find((c) => c.text.startsWith('China is providing Russia'));
    expect(lead).toMatchObject({
      kind: 'condition-of-anonymity',
      reason: 'unnamed officials; anonymity granted',
      source: 'officials',
      cue: { text: 'on the condition of anonymity' },
    });
    expect(lead?.confidence).toBeGreaterThan(0.9);
  });

  it('follows the officials into the next paragraph and splits its two claims into clauses', () => {
    const urging = claims.find((c) => c.cue.text === 'Those officials');
    expect(urging?.kind).toBe('unnamed-official');
    expect(squash(urging?.text ?? '')).toBe(
      'Those officials are also urging Chinese firms to cease sales to Russia, and asking Western allies to pressure China to cut off its support',
    );
    const alleged = claims.find((c) => c.cue.text === 'allegedly');
    expect(squash(alleged?.text ?? '')).toMatch(/^which is allegedly sent through .* the outlets reported\.$/);
  });

  it("keeps the named Kremlin spokesman out of the Chinese officials' claim", () => {
    const pushback = claims.find((c) => c.cue.text.startsWith('Chinese officials pushed back'));
    expect(pushback?.text).toBe('while Chinese officials pushed back on U.S. claims of “lethal” support.');
  });

  it('gives claims in order, without overlaps, with offsets into the text', () => {
    claims.forEach((c, i) => {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
      expect(c.cue.start >= c.start && c.cue.end <= c.end).toBe(true);
      if (i > 0) expect(c.start).toBeGreaterThanOrEqual((claims[i - 1] as Claim).end);
    });
  });
});
