/**
 * The anonymous-source claim detector: cues (cues.ts) are grouped into claims, one per sentence
 * or, when a sentence carries separate cues for separate claims, one per clause. A source met
 * earlier ("officials told the AP, speaking on condition of anonymity") is followed into later
 * sentences that rest on it ("Those officials …", "They said …").
 */
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { findCues, type Cue } from './cues.ts';
import { anaphoraCue, type Antecedent } from './anaphora.ts';

/** How far back "those officials" or "the person" may reach for the source it means. */
const FOLLOW_SENTENCES = 8;
/** Kinds whose cue names a source that later sentences can lean on. */
const SOURCE_KINDS = new Set<ClaimKind>(['unnamed-official', 'unnamed-source', 'familiar-with']);

const RANK = new Map<ClaimKind, number>(CLAIM_KINDS.map((k, i) => [k, i]));

export function detectClaims(text: string, sentences: Sentence[]): Claim[] {
  const cues = findCues(text, sentences);
  const claims: Claim[] = [];
  let antecedent: Antecedent | null = null;
  let c = 0;
  sentences.forEach((sentence, index) => {
    const mine: Cue[] = [];
    while (c < cues.length && (cues[c] as Cue).start < sentence.end) {
      const cue = cues[c++] as Cue;
      if (cue.needsAntecedent) {
        const recent = antecedent !== null && index - antecedent.sentence <= FOLLOW_SENTENCES;
        if (!recent || (cue.needsAntecedent === 'official' && !antecedent?.official)) continue;
        if (cue.needsAntecedent === 'any' && antecedent) cue.kind = antecedent.kind;
      }
      // "the people said" after "people familiar with the matter" keeps their kind.
      if (cue.anaphoric && antecedent?.kind === 'familiar-with' && index - antecedent.sentence <= FOLLOW_SENTENCES) {
        cue.kind = 'familiar-with';
        cue.reason = 'the same unnamed source as before';
      }
      mine.push(cue);
    }
    if (mine.length === 0 && antecedent) {
      const back = anaphoraCue(text, sentence, antecedent, index);
      if (back) mine.push(back);
    }
    if (mine.length === 0) return;
    for (const claim of claimsOf(text, sentence, mine)) claims.push(claim);
    const group = mine.filter((k) => k.source && SOURCE_KINDS.has(k.kind)).sort(bySpecificity)[0];
    if (group) {
      const official = group.kind === 'unnamed-official' && group.plural === true;
      antecedent = { sentence: index, kind: group.kind, official, plural: group.plural === true, source: group.source ?? '' };
    }
  });
  return claims;
}

/** Groups one sentence's cues into claims over its clauses. */
function claimsOf(text: string, sentence: Sentence, cues: Cue[]): Claim[] {
  const clauses = splitClauses(text, sentence.start, sentence.end);
  const clauseAt = (pos: number): number => {
    const i = clauses.findIndex((cl) => pos < cl.end);
    return i < 0 ? clauses.length - 1 : i;
  };
  const clauseOf = (cue: Cue): number => clauseAt(cue.start);
  const clauseOfEnd = (cue: Cue): number => clauseAt(cue.end - 1);
  const groups = new Map<number, Cue[]>();
  const modifiers: Cue[] = [];
  for (const cue of cues) {
    if (cue.modifier) modifiers.push(cue);
    else push(groups, clauseOf(cue), cue);
  }
  // A qualifier ("speaking on condition of anonymity") belongs to the nearest source cue.
  for (const mod of modifiers) {
    const at = clauseOf(mod);
    const keys = [...groups.keys()];
    if (keys.length === 0) push(groups, at, mod);
    else push(groups, keys.reduce((best, k) => (Math.abs(k - at) < Math.abs(best - at) || (Math.abs(k - at) === Math.abs(best - at) && k < best) ? k : best)), mod);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  // A group covers every clause its cues touch: "A senior official, who …, said" spans the aside.
  const spans = keys.map((k) => {
    const cs = groups.get(k) as Cue[];
    return { first: Math.min(k, ...cs.map((cue) => clauseOf(cue))), last: Math.max(k, ...cs.map((cue) => clauseOfEnd(cue))), cues: cs };
  });
  const covered = (i: number): boolean => spans.some((g) => g.first <= i && i <= g.last);
  const othersAttributed = clauses.some((cl, i) => !covered(i) && cl.attributed);
  if (spans.length === 1 && !othersAttributed) {
    return [makeClaim(text, sentence.start, sentence.end, (spans[0] as (typeof spans)[number]).cues)];
  }
  const claims: Claim[] = [];
  spans.forEach((g, n) => {
    // A claim runs on over the clauses after it that carry no cue and no attribution of their own.
    let last = g.last;
    const stop = spans[n + 1]?.first ?? clauses.length;
    while (last + 1 < stop && !(clauses[last + 1] as Clause).attributed) last++;
    const start = (clauses[g.first] as Clause).start;
    const prev = claims[claims.length - 1];
    const claim = makeClaim(text, prev ? Math.max(start, prev.end) : start, trimEnd(text, (clauses[last] as Clause).end, sentence.end), g.cues);
    claims.push(claim);
  });
  return claims;
}

/** Keeps the sentence's final punctuation when a clause claim runs to the sentence's end. */
function trimEnd(text: string, end: number, sentenceEnd: number): number {
  const rest = text.slice(end, sentenceEnd);
  return /^[.!?…"'”’)\]]+$/.test(rest) ? sentenceEnd : end;
}

/** Most specific kind first, then most confident. */
function bySpecificity(a: Cue, b: Cue): number {
  return (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) || b.confidence - a.confidence;
}

function push(map: Map<number, Cue[]>, key: number, cue: Cue): void {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}

function makeClaim(text: string, start: number, end: number, cues: Cue[]): Claim {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const best = [...cues].sort(bySpecificity)[0] as Cue;
  // A cue that names its own source ("people familiar with the matter") says all the cues inside it say.
  const shown = sorted.filter((k) => k === best || !best.source || k.end <= best.start || k.start >= best.end);
  const reasons = [...new Set(shown.map((k) => k.reason))];
  const confidence = Math.min(0.99, Math.max(...cues.map((k) => k.confidence)) + 0.05 * (cues.length - 1));
  const source = sorted.find((k) => k.source)?.source;
  // The claim always contains its cue, even when a cue runs past a clause boundary.
  const s = Math.min(start, best.start);
  const e = Math.max(end, best.end);
  const claim: Claim = {
    start: s,
    end: e,
    text: text.slice(s, e),
    kind: best.kind,
    cue: { start: best.start, end: best.end, text: text.slice(best.start, best.end) },
    confidence: Math.round(confidence * 100) / 100,
    reason: reasons.join('; '),
  };
  if (source) claim.source = source;
  return claim;
}
