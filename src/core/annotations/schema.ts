/**
 * The reader's annotation: the one definition of what is stored in IndexedDB, sent between the
 * extension's parts and written to backups. Shaped after the W3C Web Annotation model
 * (https://www.w3.org/TR/annotation-model/): an annotation has a `target` (the page, by canonical URL,
 * and selectors that place the passage in the page's article text) and a `body` (note, verdict, tags).
 *
 * ```ts
 * {
 *   id: '0b6c…',                                   // UUID, lower case
 *   target: {
 *     source: 'https://example.com/story',         // canonicalUrl() of the page
 *     selector: [
 *       { type: 'TextQuoteSelector', exact: 'officials said', prefix: '…', suffix: '…' },
 *       { type: 'TextPositionSelector', start: 120, end: 134 },   // UTF-16 offsets in the article text
 *     ],
 *   },
 *   body: { note: '', format: 'text', verdict: 'needs-source', tags: ['china'] },
 *   page: { title: 'Story title', site: 'example.com' },
 *   claim: { kind: 'unnamed-official', cue: 'officials said' },  // when it annotates a detected claim
 *   correction: 'not-anonymous',                   // when it corrects the detector (see below)
 *   via: 'https://hypothes.is/a/abc',              // only on imports: the annotation's id in the other tool
 *   created: '2024-05-01T09:30:00.000Z',
 *   modified: '2024-05-01T09:31:12.000Z',
 * }
 * ```
 *
 * Corrections of the detector are annotations too, so they are stored, listed, counted, exported and
 * backed up like any note:
 * - `not-anonymous`: a flagged claim is attributed on the record; the flag should not come back.
 * - `not-a-claim`: a flagged passage is no claim at all; the flag should not come back.
 * - `missed-claim`: the detector missed an anonymous-source claim here; `claim.kind` may say which kind.
 * See `corrections.ts` for applying them to a fresh analysis.
 *
 * Limits keep one record (and an imported file) within sane sizes; they are far above real use.
 */
import * as z from 'zod/mini';
import { ClaimKind } from '../model/analysis.ts';

export const LIMITS = {
  /** The annotated passage. A long paragraph is a few thousand characters. */
  exact: 20_000,
  /** Context stored on each side of the passage (describe() stores 32; other tools store more). */
  context: 1_000,
  note: 100_000,
  tag: 100,
  tags: 100,
  url: 8_192,
  title: 2_000,
  site: 255,
  cue: 1_000,
} as const;

export const VERDICTS = [
  'needs-source',
  'unsupported',
  'misleading',
  'disputed',
  'false',
  'verified',
  'opinion',
] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** How a verdict reads in the UI and in Markdown and CSV exports. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  'needs-source': 'Needs source',
  unsupported: 'Unsupported',
  misleading: 'Misleading',
  disputed: 'Disputed',
  false: 'False',
  verified: 'Verified',
  opinion: 'Opinion',
};

export const CORRECTIONS = ['not-anonymous', 'not-a-claim', 'missed-claim'] as const;
export const Correction = z.enum(CORRECTIONS);
export type Correction = z.infer<typeof Correction>;

export const CORRECTION_LABELS: Record<Correction, string> = {
  'not-anonymous': 'Not anonymous',
  'not-a-claim': 'Not a claim',
  'missed-claim': 'Missed claim',
};

/** Corrections that take a detector flag away (as opposed to adding one). */
export const DISMISSALS: readonly Correction[] = ['not-anonymous', 'not-a-claim'];

export const NOTE_FORMATS = ['text', 'markdown'] as const;
export const NoteFormat = z.enum(NOTE_FORMATS);
export type NoteFormat = z.infer<typeof NoteFormat>;

const offset = z.int().check(z.minimum(0));

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1), z.maxLength(LIMITS.exact)),
  prefix: z.string().check(z.maxLength(LIMITS.context)),
  suffix: z.string().check(z.maxLength(LIMITS.context)),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: offset,
    end: offset,
  })
  .check(z.refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] }));
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** A plain union (z.discriminatedUnion costs the content script 0.4 KB gzipped); issues.ts reports the closest branch. */
export const Selector = z.union([TextQuoteSelector, TextPositionSelector]);
export type Selector = z.infer<typeof Selector>;

/** At most one selector of each type, and always a quote: the quote is what re-anchoring relies on. */
export const Selectors = z.array(Selector).check(
  z.minLength(1),
  z.maxLength(2),
  z.refine((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, {
    message: 'needs exactly one TextQuoteSelector',
  }),
  z.refine((list) => list.filter((s) => s.type === 'TextPositionSelector').length <= 1, {
    message: 'has more than one TextPositionSelector',
  }),
);

/** An absolute http(s) or file URL (saved pages); pages are only ever annotated at such addresses. */
export const PageUrl = z
  .string()
  .check(z.maxLength(LIMITS.url), z.regex(/^(https?|file):\/\/\S+$/i, 'expected an absolute http(s) or file URL'));

export const Target = z.object({
  /** The page's canonical URL, see canonicalUrl(). */
  source: PageUrl,
  selector: Selectors,
});
export type Target = z.infer<typeof Target>;

/** A tag as the reader typed it, trimmed: no line breaks or other control characters. */
export const Tag = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(LIMITS.tag),
    z.regex(/^[^\p{Cc}\s](?:[^\p{Cc}]*[^\p{Cc}\s])?$/u, 'tags are trimmed and have no control characters'),
  );

export const Body = z.object({
  /** The reader's note; empty when the annotation only carries a verdict, tags or a correction. */
  note: z.string().check(z.maxLength(LIMITS.note)),
  format: NoteFormat,
  verdict: z.optional(Verdict),
  tags: z.array(Tag).check(
    z.maxLength(LIMITS.tags),
    z.refine((tags) => new Set(tags).size === tags.length, { message: 'tags repeat' }),
  ),
});
export type Body = z.infer<typeof Body>;

export const PageInfo = z.object({
  title: z.string().check(z.maxLength(LIMITS.title)),
  /** Host name without `www.`, see siteOf(). */
  site: z.string().check(z.maxLength(LIMITS.site)),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** The detected claim the reader annotated (or, for a `missed-claim` correction, the kind they chose). */
export const ClaimRef = z.object({
  kind: ClaimKind,
  /** The cue words that triggered the flag ("officials said"); empty when the reader marked it. */
  cue: z.string().check(z.maxLength(LIMITS.cue)),
});
export type ClaimRef = z.infer<typeof ClaimRef>;

/*
 * UUIDs and date-times are checked with regular expressions rather than z.uuid() and z.iso.datetime():
 * these schemas are built in the content script too, and zod's format types cost it about 0.7 KB
 * gzipped of its 40 KB budget. The patterns accept exactly what zod's do (dates checked per month).
 */
/** A UUID (versions 1–8, RFC 4122 variant), or the nil and max UUIDs. */
export const Uuid = z
  .string()
  .check(
    z.regex(
      /^(?:[\da-fA-F]{8}-[\da-fA-F]{4}-[1-8][\da-fA-F]{3}-[89abAB][\da-fA-F]{3}-[\da-fA-F]{12}|0{8}(?:-0{4}){3}-0{12}|f{8}(?:-f{4}){3}-f{12})$/,
      'expected a UUID (like 3f2504e0-4f89-41d3-9a0c-0305e82c3301)',
    ),
  );

const DAY =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:' +
  '(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))';
/** ISO 8601 date-time in UTC as Date#toISOString() writes it (xsd:dateTime compatible). */
export const DateTime = z
  .string()
  .check(
    z.regex(
      new RegExp(`^${DAY}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?Z$`),
      'expected an ISO 8601 date-time in UTC (like 2024-05-01T09:30:00Z)',
    ),
  );

export const Annotation = z
  .object({
    id: Uuid,
    target: Target,
    body: Body,
    page: PageInfo,
    claim: z.optional(ClaimRef),
    correction: z.optional(Correction),
    /** Where an imported annotation came from: its id in the other tool (W3C `via`). */
    via: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.url))),
    created: DateTime,
    modified: DateTime,
  })
  .check(
    z.refine((a) => Date.parse(a.modified) >= Date.parse(a.created), {
      message: 'modified is before created',
      path: ['modified'],
    }),
  );
export type Annotation = z.infer<typeof Annotation>;

/** The quote selector of an annotation's target (every valid target has exactly one). */
export function quoteOf(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  for (const s of selectors) if (s.type === 'TextQuoteSelector') return s;
  return undefined;
}

export function positionOf(selectors: readonly Selector[]): TextPositionSelector | undefined {
  for (const s of selectors) if (s.type === 'TextPositionSelector') return s;
  return undefined;
}
