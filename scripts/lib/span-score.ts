/**
 * Precision, recall and F1 for sets of character spans, per role (cue, source, content), two ways:
 *
 * - exact: a predicted span counts when a gold span of the same role has the same start and end (each gold
 *   span matched at most once; surrounding whitespace is ignored on both sides). A span with fragments counts
 *   as one span per fragment, on both sides: a BIO tagger can only find a discontinuous span (a content cut
 *   by its cue and source) as its pieces, and tagging every piece right is what it should be credited for;
 * - token: every token of the text (a run of letters/digits, or one other non-space character) is in a role
 *   when it overlaps a span of that role; precision and recall are over tokens.
 *
 * Scores are micro-averaged: counts are summed over documents before dividing. A ratio with a zero
 * denominator is 0 (no prediction means no precision to speak of), and the counts are kept beside it.
 */

export const ROLES = ['cue', 'source', 'content'] as const;
export type SpanRole = (typeof ROLES)[number];

/** A character span, end exclusive. `fragments`, when given, are the parts actually covered. */
export interface CharSpan {
  start: number;
  end: number;
  fragments?: Array<[number, number]>;
}

export type RoleSpans = Record<SpanRole, CharSpan[]>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface RoleScore {
  exact: PRF;
  token: PRF;
}

export function prf({ tp, fp, fn }: Counts): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

function checkSpan(span: CharSpan, length: number): void {
  if (
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 0 ||
    span.end > length ||
    span.start > span.end
  ) {
    throw new Error(`span ${span.start}–${span.end} is not inside a text of ${length} characters`);
  }
  for (const [start, end] of span.fragments ?? []) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < span.start || end > span.end || start > end) {
      throw new Error(`fragment ${start}–${end} is not inside its span ${span.start}–${span.end}`);
    }
  }
}

/** The span without the whitespace at its edges. */
function trimmed(text: string, span: CharSpan): [number, number] {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** A span's fragments as spans of their own (the span itself when it has none). */
const pieces = (s: CharSpan): CharSpan[] => (s.fragments ? s.fragments.map(([start, end]) => ({ start, end })) : [s]);

/** Exact-span counts for one document and one role (fragments counted as spans). */
export function exactCounts(text: string, gold: CharSpan[], predicted: CharSpan[]): Counts {
  for (const s of [...gold, ...predicted]) checkSpan(s, text.length);
  gold = gold.flatMap(pieces);
  predicted = predicted.flatMap(pieces);
  const unmatched = new Map<string, number>();
  for (const g of gold) {
    const key = trimmed(text, g).join(':');
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  let tp = 0;
  for (const p of predicted) {
    const key = trimmed(text, p).join(':');
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      tp++;
      unmatched.set(key, left - 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

/** Token boundaries of a text: runs of letters and digits, or single other non-space characters. */
export function tokenize(text: string): Array<[number, number]> {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => [m.index, m.index + m[0].length]);
}

/** Which tokens a set of spans touches (a token is in when any of its characters is covered). */
function coveredTokens(tokens: Array<[number, number]>, spans: CharSpan[]): Set<number> {
  const covered = new Set<number>();
  const parts = spans.flatMap((s) => s.fragments ?? [[s.start, s.end] as [number, number]]).sort((a, b) => a[0] - b[0]);
  let first = 0;
  for (const [start, end] of parts) {
    // Tokens are sorted: skip those that end before this part, then take those that start before its end.
    while (first < tokens.length && tokens[first]![1] <= start) first++;
    for (let i = first; i < tokens.length && tokens[i]![0] < end; i++) covered.add(i);
  }
  return covered;
}

/** Token-level counts for one document and one role. */
export function tokenCounts(text: string, gold: CharSpan[], predicted: CharSpan[], tokens = tokenize(text)): Counts {
  for (const s of [...gold, ...predicted]) checkSpan(s, text.length);
  const g = coveredTokens(tokens, gold);
  const p = coveredTokens(tokens, predicted);
  let tp = 0;
  for (const i of p) if (g.has(i)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export interface ScoredDoc {
  text: string;
  gold: RoleSpans;
  predicted: RoleSpans;
}

/** Exact and token P/R/F1 per role, micro-averaged over the documents. */
export function scoreSpans(docs: ScoredDoc[]): Record<SpanRole, RoleScore> {
  const exact = Object.fromEntries(ROLES.map((r) => [r, ZERO])) as Record<SpanRole, Counts>;
  const token = Object.fromEntries(ROLES.map((r) => [r, ZERO])) as Record<SpanRole, Counts>;
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    for (const role of ROLES) {
      exact[role] = add(exact[role], exactCounts(doc.text, doc.gold[role], doc.predicted[role]));
      token[role] = add(token[role], tokenCounts(doc.text, doc.gold[role], doc.predicted[role], tokens));
    }
  }
  return Object.fromEntries(ROLES.map((r) => [r, { exact: prf(exact[r]), token: prf(token[r]) }])) as Record<
    SpanRole,
    RoleScore
  >;
}

const pct = (x: number): string => `${(100 * x).toFixed(1).padStart(5)}%`;

/** A small table: one line per role and way of matching. */
export function formatSpanScores(scores: Record<SpanRole, RoleScore>): string {
  const lines = ['role     match   precision  recall      F1      tp     fp     fn'];
  for (const role of ROLES) {
    for (const way of ['token', 'exact'] as const) {
      const s = scores[role][way];
      lines.push(
        `${role.padEnd(8)} ${way.padEnd(6)}  ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ` +
          `${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)}`,
      );
    }
  }
  return lines.join('\n');
}
