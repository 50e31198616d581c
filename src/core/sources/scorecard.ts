/**
 * The article's sourcing scorecard: anonymous-source claims by kind, the share of attributed
 * statements that rest on them, who is quoted on the record, which outlets are relied on, and the
 * entities the article is about.
 */
import { CLAIM_KINDS, type Claim, type ClaimKind, type Entity, type EntityType, type NamedSource, type Scorecard } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { findSourcing } from './attribution.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function buildScorecard(text: string, sentences: Sentence[], claims: Claim[], entities: Entity[]): Scorecard {
  const claimsByKind = Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
  for (const c of claims) claimsByKind[c.kind]++;

  const { attributions, outletCitations } = findSourcing(text, sentences, entities);

  // An attribution inside a claim is that claim's own cue ("officials told the AP"): count it once.
  const sortedClaims = claims.slice().sort((a, b) => a.start - b.start);
  let c = 0;
  const onRecord = new Set<string>();
  const named = new Tally();
  for (const a of attributions) {
    while (c < sortedClaims.length && (sortedClaims[c] as Claim).end <= a.start) c++;
    const claim = sortedClaims[c];
    if (claim && claim.start <= a.start) continue;
    // One statement per speaker per sentence, however many cues it uses.
    const key = `${a.sentence < 0 ? a.start : a.sentence}:${a.speaker ? a.speaker.canonical : ''}`;
    if (onRecord.has(key)) continue;
    onRecord.add(key);
    if (a.speaker) named.add(a.speaker.canonical, a.speaker.type, a.start);
  }
  // Named people may also be the source a claim's sentence quotes; a claim never names its source.
  const attributedStatements = claims.length + onRecord.size;

  const outlets = new Tally();
  for (const o of outletCitations) outlets.add(o.canonical, o.type, o.start);

  const mentions = new Tally();
  for (const e of entities) mentions.add(e.canonical, e.type, e.start);

  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) words++;

  return {
    claims: claims.length,
    claimsByKind,
    attributedStatements,
    anonymousShare: attributedStatements === 0 ? 0 : claims.length / attributedStatements,
    namedSources: named.sorted(),
    outlets: outlets.sorted(),
    entities: mentions.sorted().map((s) => ({ canonical: s.name, type: s.type, mentions: s.citations })),
    sentences: sentences.length,
    words,
  };
}

/** Counts by canonical name; ties keep the order of first appearance. */
class Tally {
  private readonly counts = new Map<string, { name: string; type: EntityType; citations: number; first: number }>();

  add(name: string, type: EntityType, at: number): void {
    const key = `${type}\u0000${name}`;
    const entry = this.counts.get(key);
    if (entry) entry.citations++;
    else this.counts.set(key, { name, type, citations: 1, first: at });
  }

  sorted(): NamedSource[] {
    return [...this.counts.values()]
      .sort((a, b) => b.citations - a.citations || a.first - b.first)
      .map(({ name, type, citations }) => ({ name, type, citations }));
  }
}
