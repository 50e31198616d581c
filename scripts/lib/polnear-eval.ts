/**
 * Scores a claim detector, or an attribution tagger, against PolNeAR's gold attributions classed by
 * polnear-classes.ts. Model-independent: callers pass predictions in PolNeAR text offsets; `engineClaims`
 * produces them for today's engine (`analyze`), and the coordinator's tagger can pass its own.
 *
 * Matching rule. A gold attribution is FOUND when some claim
 *   (1) contains its cue: claim.start <= cue.start and cue.end <= claim.end (no cue: its content's start), and
 *   (2) points at it: the claim's cue span overlaps one of the gold cue's fragments, or the claim's
 *       `sourceSpan` (claims may carry one: {start, end, text}) overlaps one of the gold source's fragments.
 *       A claim with neither a cue nor a source span points with its own span (at the gold cue or source),
 *       so for it (2) adds nothing to (1).
 * A `named` attribution found this way is WRONGLY FLAGGED. The LOOSE figure only asks that the claim's span
 * overlap the gold cue (no cue: its content's start), and is labelled as such wherever it is printed.
 * Claims lying wholly in text the annotators discarded (editor's notes) are left out.
 */
import { analyze } from '../../src/core/analyze.ts';
import type { Article, Block } from '../../src/core/model/article.ts';
import type { Claim } from '../../src/core/model/analysis.ts';
import type { Attribution, PolnearDoc, Span } from './polnear.ts';
import {
  classifyDoc,
  GOLD_CLASSES,
  sentenceEnd,
  sentenceStart,
  type ClassedAttribution,
  type GoldClass,
} from './polnear-classes.ts';
import { formatSpanScores, scoreSpans, type CharSpan, type RoleSpans, type SpanRole } from './span-score.ts';

export interface Offsets {
  start: number;
  end: number;
}

/** A claim in PolNeAR text offsets. */
export interface PredictedClaim extends Offsets {
  cue?: Offsets;
  sourceSpan?: Offsets & { text?: string };
  kind?: string;
  text?: string;
}

/** A PolNeAR article as the engine reads it: first line the title, every other non-empty line a paragraph. */
export function polnearArticle(text: string): { article: Article; joined: string; toDoc: (offset: number) => number } {
  const lines = [...text.matchAll(/[^\n]+/g)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { text: m[0].trim(), docStart: m.index + lead };
    })
    .filter((l) => l.text);
  const [title, ...rest] = lines;
  const blocks: Block[] = rest.map((l) => ({ kind: 'paragraph', text: l.text }));
  // Where each line starts in the engine's joined text (lines joined by a blank line, as joinArticle does).
  const joinedStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    joinedStarts.push(at);
    at += l.text.length + 2;
  }
  const toDoc = (offset: number): number => {
    let i = joinedStarts.length - 1;
    while (i > 0 && joinedStarts[i]! > offset) i--;
    return lines[i] ? lines[i]!.docStart + offset - joinedStarts[i]! : offset;
  };
  return { article: { title: title?.text ?? '', blocks }, joined: lines.map((l) => l.text).join('\n\n'), toDoc };
}

/** Today's engine on one PolNeAR article, its claims mapped back to the article's offsets. */
export function engineClaims(doc: PolnearDoc): PredictedClaim[] {
  const { article, joined, toDoc } = polnearArticle(doc.text);
  const analysis = analyze(article);
  if (analysis.text !== joined) throw new Error(`${doc.id}: the engine joined the article's lines differently`);
  const back = (s: Offsets): Offsets => ({ start: toDoc(s.start), end: toDoc(s.end) });
  return analysis.claims.map((c: Claim) => {
    const mapped: PredictedClaim = { ...back(c), kind: c.kind, text: c.text };
    // The cue may become optional and claims may gain a source span (issue 12): read each when it is there.
    const { cue, sourceSpan: source } = c as Omit<Claim, 'cue'> & {
      cue?: Claim['cue'];
      sourceSpan?: Offsets & {
        text?: string;
      };
    };
    if (cue) {
      mapped.cue = back(cue);
      checkMapped(doc, mapped.cue, cue.text, 'cue');
    }
    if (source) {
      mapped.sourceSpan = { ...back(source), ...(source.text !== undefined ? { text: source.text } : {}) };
      if (source.text !== undefined) checkMapped(doc, mapped.sourceSpan, source.text, 'source span');
    }
    return mapped;
  });
}

function checkMapped(doc: PolnearDoc, at: Offsets, text: string, what: string): void {
  if (doc.text.slice(at.start, at.end) !== text) {
    throw new Error(`${doc.id}: ${what} "${text}" did not map back to the article text`);
  }
}

const overlaps = (a: Offsets, b: Offsets): boolean => a.start < b.end && b.start < a.end;
const fragments = (s: Span): Offsets[] => s.fragments.map(([start, end]) => ({ start, end }));
const overlapsSpan = (a: Offsets, s: Span | null): boolean => s !== null && fragments(s).some((f) => overlaps(a, f));

/** Where a gold attribution is anchored: its cue, or the start of its content when it has none. */
function anchor(a: Attribution): Offsets | null {
  if (a.cue) return { start: a.cue.start, end: a.cue.end };
  const c = a.contents[0];
  return c ? { start: c.start, end: c.start + 1 } : null;
}

/** The strict rule (see the header). */
export function claimFinds(claim: PredictedClaim, a: Attribution): boolean {
  const at = anchor(a);
  if (!at || claim.start > at.start || at.end > claim.end) return false;
  if (!claim.cue && !claim.sourceSpan) return overlapsSpan(claim, a.cue) || overlapsSpan(claim, a.source);
  return (
    (claim.cue !== undefined && overlapsSpan(claim.cue, a.cue)) ||
    (claim.sourceSpan !== undefined && overlapsSpan(claim.sourceSpan, a.source))
  );
}

/** The loose rule: the claim's span overlaps the gold cue at all. */
export function claimTouches(claim: PredictedClaim, a: Attribution): boolean {
  if (a.cue) return overlapsSpan(claim, a.cue);
  const at = anchor(a);
  return at !== null && overlaps(claim, at);
}

export interface ClassTally {
  total: number;
  found: number;
  foundLoose: number;
}

export interface ScoredItem {
  doc: PolnearDoc;
  classed: ClassedAttribution;
  claim?: PredictedClaim;
}

export interface ClaimScore {
  docs: number;
  byClass: Record<GoldClass, ClassTally>;
  claims: { total: number; onAnonymousOrHedge: number; onNamedOnly: number; onOtherOnly: number; onNothing: number };
  /** Clear-cut anonymous and hedge attributions no claim found (strict rule). */
  misses: ScoredItem[];
  /** Named attributions some claim found (strict rule). */
  falseFlags: ScoredItem[];
  /** Claims that found no gold attribution at all (strict rule). */
  strays: Array<{ doc: PolnearDoc; claim: PredictedClaim }>;
}

const inDiscard = (doc: PolnearDoc, c: Offsets): boolean => doc.discard.some(([s, e]) => c.start >= s && c.end <= e);

/**
 * Scores predicted claims (one array per document, PolNeAR offsets) against the classed gold attributions.
 * `classed` may be passed when the caller already classed the documents.
 */
export function scoreClaims(
  docs: PolnearDoc[],
  predicted: PredictedClaim[][],
  classed = docs.map(classifyDoc),
): ClaimScore {
  if (predicted.length !== docs.length) throw new Error(`${predicted.length} claim lists for ${docs.length} documents`);
  const byClass = Object.fromEntries(GOLD_CLASSES.map((c) => [c, { total: 0, found: 0, foundLoose: 0 }])) as Record<
    GoldClass,
    ClassTally
  >;
  const claims = { total: 0, onAnonymousOrHedge: 0, onNamedOnly: 0, onOtherOnly: 0, onNothing: 0 };
  const misses: ScoredItem[] = [];
  const falseFlags: ScoredItem[] = [];
  const strays: ClaimScore['strays'] = [];
  docs.forEach((doc, i) => {
    const docClaims = predicted[i]!.filter((c) => !inDiscard(doc, c));
    for (const g of classed[i]!) {
      const tally = byClass[g.cls];
      tally.total++;
      const claim = docClaims.find((c) => claimFinds(c, g.attribution));
      if (claim) tally.found++;
      if (docClaims.some((c) => claimTouches(c, g.attribution))) tally.foundLoose++;
      if (!claim && (g.cls === 'anonymous' || g.cls === 'hedge')) misses.push({ doc, classed: g });
      if (claim && g.cls === 'named') falseFlags.push({ doc, classed: g, claim });
    }
    for (const c of docClaims) {
      claims.total++;
      const hit = new Set(classed[i]!.filter((g) => claimFinds(c, g.attribution)).map((g) => g.cls));
      if (hit.has('anonymous') || hit.has('hedge')) claims.onAnonymousOrHedge++;
      else if (hit.has('named')) claims.onNamedOnly++;
      else if (hit.size > 0) claims.onOtherOnly++;
      else {
        claims.onNothing++;
        strays.push({ doc, claim: c });
      }
    }
  });
  return { docs: docs.length, byClass, claims, misses, falseFlags, strays };
}

const pct = (n: number, d: number): string => (d === 0 ? '    –' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** The sentence around an offset, on one line, cut to a readable length. */
export function sentenceAt(doc: PolnearDoc, offset: number, max = 320): string {
  const s = doc.text.slice(sentenceStart(doc.text, offset), sentenceEnd(doc.text, offset)).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** 'cue "said", source "officials"', or the claim's own text when it has neither. */
function pointedBy(doc: PolnearDoc, claim: PredictedClaim): string {
  const quote = (s: Offsets): string => `"${doc.text.slice(s.start, s.end)}"`;
  const parts = [
    ...(claim.cue ? [`cue ${quote(claim.cue)}`] : []),
    ...(claim.sourceSpan ? [`source ${quote(claim.sourceSpan)}`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : `no cue or source span; claim ${quote(claim)}`;
}

function describe(item: ScoredItem): string {
  const a = item.classed.attribution;
  const at = a.source?.start ?? a.cue?.start ?? a.contents[0]?.start ?? 0;
  const claim = item.claim ? `\n      claim (${item.claim.kind ?? 'claim'}): ${pointedBy(item.doc, item.claim)}` : '';
  const gold = `source "${a.source?.text ?? '—'}", cue "${a.cue?.text ?? '—'}"`;
  return `  ${item.doc.id}: ${gold} (${item.classed.reason})\n      ${sentenceAt(item.doc, at)}${claim}`;
}

/** "46/136 = 33.8%   (loose: 36.0%)" */
function headline(t: ClassTally): string {
  return `${t.found}/${t.total} = ${pct(t.found, t.total).trim()}   (loose: ${pct(t.foundLoose, t.total).trim()})`;
}

/** Prints a score: per-class found counts, the headline figures, and with `verbose` the misses and false flags. */
export function printClaimScore(
  title: string,
  score: ClaimScore,
  options: { verbose?: boolean; note?: string } = {},
): void {
  const { byClass: b, claims: c } = score;
  const gold = GOLD_CLASSES.reduce((n, k) => n + b[k].total, 0);
  console.log(`\n## ${title}`);
  console.log(`${score.docs} articles, ${gold} gold attributions${options.note ? `; ${options.note}` : ''}`);
  console.log('gold class   attributions   found (strict)   found (loose: claim span overlaps the gold cue)');
  for (const k of GOLD_CLASSES) {
    const t = b[k];
    const strict = `${String(t.found).padStart(5)} ${pct(t.found, t.total)}`;
    const loose = `${String(t.foundLoose).padStart(5)} ${pct(t.foundLoose, t.total)}`;
    console.log(`${k.padEnd(12)} ${String(t.total).padStart(12)}   ${strict}   ${loose}`);
  }
  console.log(`anonymous found (recall):   ${headline(b.anonymous)}`);
  console.log(`named wrongly flagged:      ${headline(b.named)}`);
  console.log(`hedges found:               ${headline(b.hedge)}`);
  console.log(
    `claims: ${c.total}; on a clear-cut anonymous or hedge attribution ${c.onAnonymousOrHedge}, ` +
      `on named only ${c.onNamedOnly}, on neither/unclear only ${c.onOtherOnly}, ` +
      `on no gold attribution ${c.onNothing} (strict rule)`,
  );
  if (!options.verbose) return;
  console.log(`\n### Missed anonymous and hedge attributions (${score.misses.length})`);
  for (const m of score.misses) console.log(describe(m));
  console.log(`\n### Named attributions wrongly flagged (${score.falseFlags.length})`);
  for (const f of score.falseFlags) console.log(describe(f));
  console.log(`\n### Claims on no gold attribution (${score.strays.length})`);
  for (const { doc, claim } of score.strays) {
    const at = claim.cue?.start ?? claim.sourceSpan?.start ?? claim.start;
    console.log(`  ${doc.id}: ${claim.kind ?? 'claim'}, ${pointedBy(doc, claim)}\n      ${sentenceAt(doc, at)}`);
  }
}

/** The gold source, cue and content spans of one document (fragments kept). */
export function goldRoleSpans(doc: PolnearDoc): RoleSpans {
  const span = (s: Span): CharSpan => ({ start: s.start, end: s.end, fragments: s.fragments });
  return {
    cue: doc.attributions.flatMap((a) => (a.cue ? [span(a.cue)] : [])),
    source: doc.attributions.flatMap((a) => (a.source ? [span(a.source)] : [])),
    content: doc.attributions.flatMap((a) => a.contents.map(span)),
  };
}

/** Token and exact-span P/R/F1 per role of predicted attribution spans (one RoleSpans per document). */
export function scoreAttributionSpans(
  docs: PolnearDoc[],
  predicted: RoleSpans[],
): Record<SpanRole, ReturnType<typeof scoreSpans>[SpanRole]> {
  if (predicted.length !== docs.length) throw new Error(`${predicted.length} span sets for ${docs.length} documents`);
  return scoreSpans(docs.map((doc, i) => ({ text: doc.text, gold: goldRoleSpans(doc), predicted: predicted[i]! })));
}

export function printAttributionSpans(title: string, docs: PolnearDoc[], predicted: RoleSpans[]): void {
  console.log(`\n## ${title}`);
  console.log(formatSpanScores(scoreAttributionSpans(docs, predicted)));
}
