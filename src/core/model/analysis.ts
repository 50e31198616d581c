/**
 * What the engine finds in an article. These schemas are the one definition of the shapes the CLI
 * prints and the background sends to the content script. Offsets are UTF-16 indices into `text`.
 */
import * as z from 'zod/mini';

export const CLAIM_KINDS = [
  'condition-of-anonymity',
  'familiar-with',
  'unattributed-document',
  'unnamed-official',
  'unnamed-source',
  'allegedly',
  'reportedly',
] as const;
/** Ordered from most to least specific: when several cues support one claim, the first kind wins. */
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const ENTITY_TYPES = ['person', 'organization', 'place', 'outlet'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

const offset = z.int().check(z.minimum(0));

export const Span = z.object({ start: offset, end: offset, text: z.string() });
export type Span = z.infer<typeof Span>;

export const Claim = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  kind: ClaimKind,
  cue: Span,
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** A short reason a reader understands, e.g. "unnamed officials; anonymity granted". */
  reason: z.string(),
  /** Who the claim rests on, as the article words it ("two U.S. officials"), when it says. */
  source: z.optional(z.string()),
  /** Where the article names that source, when the attribution model found it. */
  sourceSpan: z.optional(Span),
});
export type Claim = z.infer<typeof Claim>;

export const Entity = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  type: EntityType,
  /** The one name all mentions of this entity in the article share ("Yellen" → "Janet Yellen"). */
  canonical: z.string(),
  /** A title or role that preceded the name and is not part of it ("Treasury Secretary"). */
  role: z.optional(z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const NamedSource = z.object({ name: z.string(), type: EntityType, citations: z.int() });
export type NamedSource = z.infer<typeof NamedSource>;

export const Scorecard = z.object({
  /** Anonymous-source claims, all kinds. */
  claims: z.int(),
  claimsByKind: z.record(ClaimKind, z.int()),
  /** Statements attributed to anyone, named or not. */
  attributedStatements: z.int(),
  /** claims / attributedStatements, 0 when nothing is attributed. */
  anonymousShare: z.number(),
  /** People and organisations quoted or paraphrased by name, most cited first. */
  namedSources: z.array(NamedSource),
  /** News organisations the article relies on, most cited first. */
  outlets: z.array(NamedSource),
  /** Entities by number of mentions, most mentioned first. */
  entities: z.array(z.object({ canonical: z.string(), type: EntityType, mentions: z.int() })),
  sentences: z.int(),
  words: z.int(),
});
export type Scorecard = z.infer<typeof Scorecard>;

export const Analysis = z.object({
  text: z.string(),
  claims: z.array(Claim),
  entities: z.array(Entity),
  summary: Scorecard,
});
export type Analysis = z.infer<typeof Analysis>;
