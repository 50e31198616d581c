/**
 * Re-anchoring: placing saved annotations in the text of a page that may have changed since.
 * All offsets are UTF-16 indices into the article text (the same text `describe` was given).
 *
 *   anchor(text, annotation.target.selector)          → { start, end, method, score } | null
 *   anchorAll(text, annotations.map((a) => a.target.selector))   // one call per page visit
 *
 * `null` means orphan: the passage is gone (or changed beyond recognition). Orphans must be shown,
 * never dropped. `score` in [0, 1] says how sure the placement is (1: the text at the stored
 * position is the quote; below ~0.7: the quote was found but its context changed).
 *
 * Each annotation goes through, until one succeeds:
 * 1. position — the text at the stored TextPositionSelector equals the quote;
 * 2. quote    — the exact quote occurs (looked up through a q-gram index of the page, built once
 *               per batch, see seeds.ts); several occurrences are told apart by how much of the
 *               stored prefix/suffix surrounds each, then by nearness to the expected position;
 * 3. fuzzy    — the quote with edits (at most 50% of its length, 256 errors at most): candidate
 *               windows come from the same index (votes of the quote's and context's q-grams),
 *               each is verified with Myers' bit-parallel matcher (myers.ts), its ends are moved
 *               to where the stored context still fits, and the best is chosen on quote
 *               similarity (weight 0.6), context similarity (0.3) and position (0.1). If no
 *               window convinces, the whole page is searched, as a single-pass matcher would.
 *
 * Cost: for a 500 KB page, encoding and indexing take tens of milliseconds once per call that
 * needs them (none when every annotation is still at its position); each moved or edited quote
 * then costs well under a millisecond (scripts/bench/anchoring.ts).
 *
 * The expected position of an annotation that moved is its stored position shifted by the shift
 * of its nearest already-anchored neighbour, so text inserted above a passage does not count
 * against it.
 */
import { positionOf, quoteOf, type Selector, type TextQuoteSelector } from '../annotations/schema.ts';
import { Alphabet, reversed } from './alphabet.ts';
import {
  allHits,
  bestHit,
  distanceBetween,
  distanceEndingAt,
  distanceStartingAt,
  fitAfter,
  fitBefore,
  Pattern,
  type FuzzyMatch,
} from './myers.ts';
import { SeedIndex } from './seeds.ts';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
}

export interface AnchorOptions {
  /** Most errors a fuzzy match may have, as a share of the quote's length. Default 0.5. */
  maxErrorRate?: number;
  /** Fuzzy matches scoring below this are orphans. Default 0.5. */
  minScore?: number;
}

const MAX_ERRORS = 256;
const WEIGHT = { quote: 0.6, context: 0.3, position: 0.1 } as const;
/** A candidate from the index below this score sends the annotation to the whole-text search. */
const CONVINCING = 0.75;
const CANDIDATE_WINDOWS = 6;
/** Context within this share of errors is trusted to mark where an edited quote begins or ends. */
const CONTEXT_FIT = 0.25;
const FALLBACK_HITS = 20;
/** Occurrences of one exact quote considered (a one-word quote can occur thousands of times). */
const MAX_OCCURRENCES = 5_000;

export function anchor(text: string, selectors: readonly Selector[], options: AnchorOptions = {}): Anchor | null {
  return anchorAll(text, [selectors], options)[0] ?? null;
}

interface Pending {
  index: number;
  quote: TextQuoteSelector;
  /** Stored start position, when the annotation had a TextPositionSelector. */
  stored: number | undefined;
}

export function anchorAll(
  text: string,
  targets: ReadonlyArray<readonly Selector[]>,
  options: AnchorOptions = {},
): Array<Anchor | null> {
  const maxErrorRate = options.maxErrorRate ?? 0.5;
  const minScore = options.minScore ?? 0.5;
  const results: Array<Anchor | null> = targets.map(() => null);
  const shifts: Array<[stored: number, found: number]> = [];
  const ambiguous: Array<{ item: Pending; occurrences: number[] }> = [];
  const missing: Pending[] = [];

  // The page encoded and indexed once for the whole batch, only if some passage moved.
  let matcher: FuzzyMatcher | undefined;
  const page = () => (matcher ??= new FuzzyMatcher(text, maxErrorRate));

  // 1. position, then 2. a unique exact quote.
  targets.forEach((selectors, index) => {
    const quote = quoteOf(selectors);
    const position = positionOf(selectors);
    if (!quote) {
      // Nothing to verify the position against: trust it only while it fits the text.
      if (position && position.end <= text.length) {
        results[index] = { start: position.start, end: position.end, method: 'position', score: 0.5 };
      }
      return;
    }
    if (
      position &&
      position.end - position.start === quote.exact.length &&
      text.startsWith(quote.exact, position.start)
    ) {
      results[index] = { start: position.start, end: position.end, method: 'position', score: 1 };
      shifts.push([position.start, position.start]);
      return;
    }
    const item: Pending = { index, quote, stored: position?.start };
    const occurrences = page().occurrences(quote.exact);
    if (occurrences.length === 1) {
      const start = occurrences[0] ?? 0;
      results[index] = exactAnchor(text, quote, start, undefined);
      if (item.stored !== undefined) shifts.push([item.stored, start]);
    } else if (occurrences.length > 1) {
      ambiguous.push({ item, occurrences });
    } else {
      missing.push(item);
    }
  });

  const hints = new ShiftHints(shifts);
  for (const { item, occurrences } of ambiguous) {
    const hint = hints.expect(item.stored);
    let best: Anchor | null = null;
    for (const start of occurrences) {
      const candidate = exactAnchor(text, item.quote, start, hint);
      if (!best || candidate.score > best.score) best = candidate;
    }
    results[item.index] = best;
  }

  // 3. fuzzy.
  for (const item of missing) {
    const found = page().match(item.quote, hints.expect(item.stored));
    if (found && found.score >= minScore) results[item.index] = found;
  }
  return results;
}

function findAll(text: string, exact: string): number[] {
  const out: number[] = [];
  let at = text.indexOf(exact);
  while (at !== -1 && out.length < MAX_OCCURRENCES) {
    out.push(at);
    at = text.indexOf(exact, at + 1);
  }
  return out;
}

/** Share of the stored prefix found right before `start` (compared from the passage outwards). */
function prefixAgreement(text: string, prefix: string, start: number): number {
  if (!prefix) return start === 0 ? 1 : 0.5;
  let n = 0;
  while (
    n < prefix.length &&
    start - 1 - n >= 0 &&
    text.charCodeAt(start - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)
  )
    n++;
  return n / prefix.length;
}

function suffixAgreement(text: string, suffix: string, end: number): number {
  if (!suffix) return end === text.length ? 1 : 0.5;
  let n = 0;
  while (n < suffix.length && end + n < text.length && text.charCodeAt(end + n) === suffix.charCodeAt(n)) n++;
  return n / suffix.length;
}

function combine(quote: number, context: number, position: number | undefined): number {
  if (position === undefined)
    return (WEIGHT.quote * quote + WEIGHT.context * context) / (WEIGHT.quote + WEIGHT.context);
  return WEIGHT.quote * quote + WEIGHT.context * context + WEIGHT.position * position;
}

function nearness(start: number, hint: number | undefined, length: number): number | undefined {
  if (hint === undefined) return undefined;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, length));
}

function exactAnchor(text: string, quote: TextQuoteSelector, start: number, hint: number | undefined): Anchor {
  const end = start + quote.exact.length;
  const context = (prefixAgreement(text, quote.prefix, start) + suffixAgreement(text, quote.suffix, end)) / 2;
  // A unique exact quote needs no position to be believed; give it full marks for position.
  const position = hint === undefined ? 1 : nearness(start, hint, text.length);
  return { start, end, method: 'quote', score: combine(1, context, position) };
}

/** Expected positions of moved passages, from the shifts of annotations already placed. */
class ShiftHints {
  private readonly stored: number[];
  private readonly shift: number[];

  constructor(pairs: Array<[number, number]>) {
    pairs.sort((a, b) => a[0] - b[0]);
    this.stored = pairs.map((p) => p[0]);
    this.shift = pairs.map((p) => p[1] - p[0]);
  }

  expect(stored: number | undefined): number | undefined {
    if (stored === undefined) return undefined;
    if (this.stored.length === 0) return stored;
    let lo = 0;
    let hi = this.stored.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.stored[mid] ?? 0) < stored) lo = mid + 1;
      else hi = mid;
    }
    const after = lo;
    const before = Math.max(0, lo - 1);
    const pick =
      Math.abs((this.stored[before] ?? 0) - stored) <= Math.abs((this.stored[after] ?? 0) - stored) ? before : after;
    return stored + (this.shift[pick] ?? 0);
  }
}

class FuzzyMatcher {
  private readonly alphabet = new Alphabet();
  private readonly ids: Uint16Array;
  private index: SeedIndex | undefined;

  constructor(
    private readonly text: string,
    private readonly maxErrorRate: number,
  ) {
    this.ids = this.alphabet.encodeText(text);
  }

  private get seeds(): SeedIndex {
    this.index ??= new SeedIndex(this.ids);
    return this.index;
  }

  /** Every start of the exact quote in the page, ascending (at most MAX_OCCURRENCES). */
  occurrences(exact: string): number[] {
    const found = this.seeds.occurrences(this.alphabet.encode(exact), MAX_OCCURRENCES);
    return found ?? findAll(this.text, exact);
  }

  match(quote: TextQuoteSelector, hint: number | undefined): Anchor | null {
    const m = quote.exact.length;
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(m * this.maxErrorRate));
    if (maxErrors < 1 || this.ids.length === 0) return null;
    const size = this.alphabet.size;
    const quoteIds = this.alphabet.encode(quote.exact);
    const prefixIds = this.alphabet.encode(quote.prefix);
    const suffixIds = this.alphabet.encode(quote.suffix);
    const pattern = new Pattern(quoteIds, size);
    const reversedPattern = new Pattern(reversed(quoteIds), size);
    const prefix = new Pattern(prefixIds, size);
    const reversedSuffix = new Pattern(reversed(suffixIds), size);

    const slackP = Math.ceil(prefix.length / 2);
    const slackS = Math.ceil(reversedSuffix.length / 2);
    const score = (hit: FuzzyMatch): Anchor => {
      const quoteSimilarity = 1 - hit.errors / m;
      const p = prefix.length ? 1 - distanceEndingAt(prefix, this.ids, hit.start, slackP) / prefix.length : 0.5;
      const s = reversedSuffix.length
        ? 1 - distanceStartingAt(reversedSuffix, this.ids, hit.end, slackS) / reversedSuffix.length
        : 0.5;
      const value = combine(quoteSimilarity, (p + s) / 2, nearness(hit.start, hint, this.ids.length));
      return { start: hit.start, end: hit.end, method: 'fuzzy', score: value };
    };
    // Edit distance alone may cut an edited word at the quote's edge in half ("…that RE|PLACED");
    // where the stored context still fits, it says where the quote really begins and ends.
    const judge = (hit: FuzzyMatch): Anchor => {
      const plain = score(hit);
      const margin = Math.min(maxErrors, Math.ceil(m / 2));
      const before = fitBefore(prefix, this.ids, hit.start, margin, slackP);
      const after = fitAfter(reversedSuffix, this.ids, hit.end, margin, slackS);
      const start = before && before.errors <= prefix.length * CONTEXT_FIT ? before.at : hit.start;
      const end = after && after.errors <= reversedSuffix.length * CONTEXT_FIT ? after.at : hit.end;
      if ((start === hit.start && end === hit.end) || end <= start) return plain;
      const errors = distanceBetween(pattern, this.ids, start, end);
      if (errors > maxErrors) return plain;
      const refined = score({ start, end, errors });
      return refined.score > plain.score ? refined : plain;
    };

    const seeds = this.seeds;
    seeds.vote(quoteIds, 0);
    seeds.vote(prefixIds, -prefixIds.length);
    seeds.vote(suffixIds, m);

    const hits: FuzzyMatch[] = [];
    for (const w of seeds.windows(CANDIDATE_WINDOWS)) {
      const from = Math.max(0, w.lo - maxErrors);
      const to = Math.min(this.ids.length, w.hi + m + maxErrors);
      const preferEnd = hint !== undefined && hint >= w.lo && hint < w.hi ? hint + m : (w.lo + w.hi) / 2 + m;
      const hit = bestHit(pattern, reversedPattern, this.ids, from, to, maxErrors, preferEnd);
      if (hit) hits.push(hit);
    }
    // Context and position only decide between near-equal quotes: judge just those.
    const fewest = Math.min(...hits.map((h) => h.errors));
    let best: Anchor | null = null;
    for (const hit of hits) {
      if (hit.errors > fewest + Math.max(2, m * 0.25)) continue;
      const candidate = judge(hit);
      if (!best || candidate.score > best.score) best = candidate;
    }
    if (best && best.score >= CONVINCING) return best;

    // Nothing convincing near the seeds: search the whole text, as a single-pass matcher would.
    for (const hit of allHits(pattern, reversedPattern, this.ids, 0, this.ids.length, maxErrors, FALLBACK_HITS)) {
      const candidate = judge(hit);
      if (!best || candidate.score > best.score) best = candidate;
    }
    return best;
  }
}
