/**
 * The article's sourcing scorecard: anonymous-source claims by kind, the share of attributed
 * statements that rest on them, who is quoted on the record, which outlets are relied on, and the
 * entities the article is about. Claims and statements on the record both come from the one pass
 * of the attribution model (attribution/analyse.ts), so their counts agree.
 */
import {
  CLAIM_KINDS,
  type Claim,
  type ClaimKind,
  type Entity,
  type EntityType,
  type NamedSource,
  type Scorecard,
} from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { outletCitations } from './outlets.ts';
import { countWords } from './words.ts';

// Each loop lives in a function of its own: V8 compiles a long-running loop on the fly (on-stack
// replacement), and with the loops inline that code deoptimised on every article here.
export function buildScorecard(
  text: string,
  sentences: Sentence[],
  claims: Claim[],
  entities: Entity[],
  onRecordStatements: Statement[],
): Scorecard {
  const { statements, named } = onRecord(onRecordStatements, claims);
  // Named people may also be the source a claim's sentence quotes; a claim never names its source.
  const attributedStatements = claims.length + statements;
  return {
    claims: claims.length,
    claimsByKind: claimsByKind(claims),
    attributedStatements,
    anonymousShare: attributedStatements === 0 ? 0 : claims.length / attributedStatements,
    namedSources: named.sorted(),
    outlets: Tally.of(outletCitations(text, entities)).sorted(),
    entities: Tally.of(entities)
      .sorted()
      .map((s) => ({ canonical: s.name, type: s.type, mentions: s.citations })),
    sentences: sentences.length,
    words: countWords(text),
  };
}

function claimsByKind(claims: Claim[]): Record<ClaimKind, number> {
  const byKind = Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
  for (const c of claims) byKind[c.kind]++;
  return byKind;
}

/** A statement the attribution model found with a named source (attribution/analyse.ts). */
export interface Statement {
  /** The attribution's cue ("said", "according to", "told"). */
  start: number;
  end: number;
  /** Index of the sentence the cue is in. */
  sentence: number;
  /** The named person or organisation the statement is attributed to, when the recogniser found it. */
  speaker: Entity | null;
}

/** Statements attributed on the record (one per speaker per sentence), and the named speakers. */
function onRecord(attributions: Statement[], claims: Claim[]): { statements: number; named: Tally } {
  // An attribution inside a claim is that claim's own cue ("officials told the AP"): count it once.
  const sortedClaims = claims.slice().sort((a, b) => a.start - b.start);
  let c = 0;
  const seen = new Set<string>();
  const named = new Tally();
  for (const a of attributions) {
    while (c < sortedClaims.length && (sortedClaims[c] as Claim).end <= a.start) c++;
    const claim = sortedClaims[c];
    if (claim && claim.start <= a.start) continue;
    // One statement per speaker per sentence, however many cues it uses.
    const key = `${a.sentence < 0 ? a.start : a.sentence}:${a.speaker ? a.speaker.canonical : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (a.speaker) named.add(a.speaker.canonical, a.speaker.type, a.start);
  }
  return { statements: seen.size, named };
}

interface Count {
  name: string;
  type: EntityType;
  citations: number;
  first: number;
}

/** Counts by canonical name and type; ties keep the order of first appearance. */
class Tally {
  // One map of names per type: no key string is built per mention, and the names are the
  // entities' own strings, whose hashes are already known.
  private readonly byType = new Map<EntityType, Map<string, Count>>();
  /** In order of first appearance. */
  private readonly counts: Count[] = [];

  /** Entities counted by canonical name. */
  static of(entities: Entity[]): Tally {
    const tally = new Tally();
    for (const e of entities) tally.add(e.canonical, e.type, e.start);
    return tally;
  }

  add(name: string, type: EntityType, at: number): void {
    let names = this.byType.get(type);
    if (!names) {
      names = new Map();
      this.byType.set(type, names);
    }
    const entry = names.get(name);
    if (entry) entry.citations++;
    else {
      const count = { name, type, citations: 1, first: at };
      names.set(name, count);
      this.counts.push(count);
    }
  }

  sorted(): NamedSource[] {
    return this.counts
      .slice()
      .sort((a, b) => b.citations - a.citations || a.first - b.first)
      .map(({ name, type, citations }) => ({ name, type, citations }));
  }
}
