/**
 * The message protocol between the extension's parts. Every message type is named by its direction
 * (content→background, popup→content, background→content, writer→views), every message and every answer is parsed
 * with these schemas on arrival, and each receiver also checks who sent it (see guard.ts).
 */
import * as z from 'zod/mini';
import { Article, MAX_ARTICLE_CHARS, articleLength } from '../../core/model/article.ts';
import { Analysis, ClaimKind, Claim, Entity } from '../../core/model/analysis.ts';
import { Annotation, ClaimRef, Correction, Selectors, Verdict } from '../../core/annotations/schema.ts';
import { Review } from '../../core/model/review.ts';
import { Failure } from './diagnostics.ts';

// ── content → background ───────────────────────────────────────────────────────────────
export const ContentToBackground = z.discriminatedUnion('type', [
  /**
   * Analyse this article and place this page's annotations in it; answered with a ReviewReply. The
   * background works out the canonical URL the annotations are stored under from the page's address
   * and its canonical hints.
   */
  z.object({
    type: z.literal('content→background:review'),
    article: Article.check(z.refine((a) => articleLength(a) <= MAX_ARTICLE_CHARS, { message: 'article too long' })),
    pageUrl: z.string(),
    hints: z.object({ canonical: z.optional(z.string()), ogUrl: z.optional(z.string()) }),
  }),
  /** What the page shows now, for the toolbar badge. */
  z.object({
    type: z.literal('content→background:status'),
    claims: z.int().check(z.minimum(0)),
    state: z.enum(['analyzed', 'not-article', 'other-language', 'disabled']),
  }),
  /**
   * Write a note: a new one (no `id`) on the passage `selector` describes, or an edit of the note
   * `id` (only note, verdict and tags change). The background stamps, validates and stores it;
   * answered with SavedReply.
   */
  z.object({
    type: z.literal('content→background:save'),
    url: z.string(),
    id: z.optional(z.uuid()),
    selector: Selectors,
    title: z.string(),
    note: z.string(),
    verdict: z.optional(Verdict),
    tags: z.array(z.string()),
    claim: z.optional(ClaimRef),
    correction: z.optional(Correction),
  }),
  /** Put back a note exactly as it was (undo of a delete); answered with SavedReply. */
  z.object({ type: z.literal('content→background:restore'), annotation: Annotation }),
  /** Delete one of this page's annotations; answered with { ok }. */
  z.object({ type: z.literal('content→background:delete'), id: z.uuid() }),
  /** Tags the reader used before, for completion; answered with TagsReply. */
  z.object({ type: z.literal('content→background:tags') }),
  /** Something failed in the content script: the background adds it to the diagnostics log. */
  z.object({ type: z.literal('content→background:log'), failure: Failure }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/**
 * The review, less the article text: the content script sent that text and has it already, and a
 * long article's text would double the reply.
 */
export const ReviewReply = z.object({
  url: z.string(),
  analysis: z.omit(Analysis, { text: true }),
  annotations: Review.shape.annotations,
});
export type ReviewReply = z.infer<typeof ReviewReply>;

/**
 * ReviewReply with its two long lists left unchecked, so the content script can check their items
 * in chunks (a 2 MB article has tens of thousands of entities) without a long task.
 */
export const ReviewReplyShell = z.extend(ReviewReply, {
  analysis: z.extend(ReviewReply.shape.analysis, { claims: z.array(z.unknown()), entities: z.array(z.unknown()) }),
});
export { Claim, Entity };

/** A save either lands whole or says why not (e.g. storage quota), so the editor keeps the draft. */
export const SavedReply = z.union([
  z.object({ ok: z.literal(true), annotation: Annotation }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SavedReply = z.infer<typeof SavedReply>;

export const TagsReply = z.object({ tags: z.array(z.string()) });
export type TagsReply = z.infer<typeof TagsReply>;

// ── our pages (popup, library) → background ────────────────────────────────────────────
export const PagesToBackground = z.discriminatedUnion('type', [
  /**
   * Save a file through the browser's download flow. The background does it, because a popup that
   * closes while the save dialog is open would take its blob with it.
   */
  z.object({
    type: z.literal('pages→background:download'),
    filename: z.string().check(z.minLength(1), z.maxLength(200)),
    mime: z.string(),
    text: z.string(),
  }),
  /** Something failed in the popup or the library: the background adds it to the diagnostics log. */
  z.object({ type: z.literal('pages→background:log'), failure: Failure }),
]);
export type PagesToBackground = z.infer<typeof PagesToBackground>;

export const DownloadReply = z.union([z.object({ ok: z.literal(true), id: z.int() }), z.object({ ok: z.literal(false), error: z.string() })]);
export type DownloadReply = z.infer<typeof DownloadReply>;

// ── whoever wrote notes → every view (tabs, popup, library) ──────────────────────────────
/** Above this many pages, a change names none of them: every view takes it as a change of all. */
export const MAX_CHANGED_URLS = 100;
/**
 * Notes changed: the canonical URLs of the pages whose notes changed, or null for "maybe any" (an
 * import, a bulk delete across many pages). Sent by shared/notes-writer.ts after every write,
 * whoever wrote (a tab through the background, the popup, the library, an undo).
 */
export const StoreChanged = z.object({
  type: z.literal('writer→views:store-changed'),
  urls: z.nullable(z.array(z.string()).check(z.maxLength(MAX_CHANGED_URLS))),
});
export type StoreChanged = z.infer<typeof StoreChanged>;

// ── popup / background → content (tab messages) ───────────────────────────────────────
export const ToContent = z.discriminatedUnion('type', [
  /** The popup asks what the page holds; answered with PageReport. */
  z.object({ type: z.literal('popup→content:report') }),
  /** Scroll to a claim and open its card. */
  z.object({ type: z.literal('popup→content:focus-claim'), index: z.int().check(z.minimum(0)) }),
  /** A keyboard command or context-menu item the background received for this tab. */
  z.object({ type: z.literal('background→content:command'), command: z.enum(['toggle-highlights', 'annotate-selection']) }),
  /** Notes changed somewhere; a tab showing one of `urls` (or any, when null) fetches and paints them again. */
  StoreChanged,
]);
export type ToContent = z.infer<typeof ToContent>;

const ClaimSummary = z.object({
  index: z.int(),
  kind: ClaimKind,
  text: z.string(),
  cue: z.string(),
  reason: z.string(),
  confidence: z.number(),
});

export const PageReport = z.object({
  url: z.string(),
  title: z.string(),
  state: z.enum(['analyzing', 'analyzed', 'not-article', 'other-language', 'disabled', 'error']),
  lang: z.optional(z.string()),
  /** The outlet's published sourcing policy, when the page links it. */
  sourcingPolicy: z.optional(z.string()),
  claims: z.array(ClaimSummary),
  analysis: z.optional(Analysis),
  /** The canonical URL annotations of this page are stored under. */
  canonicalUrl: z.optional(z.string()),
  /** Ids of this page's annotations that could not be placed in the text (orphans). */
  orphans: z._default(z.array(z.string()), []),
  /** Only the article's first MAX_ARTICLE_CHARS characters were analysed. */
  truncated: z._default(z.boolean(), false),
  error: z.optional(z.string()),
});
export type PageReport = z.infer<typeof PageReport>;
