/**
 * The message protocol between the extension's parts. Every message type is named by its direction
 * (content→background, popup→content, background→content, writer→views), every message and every answer is parsed
 * with these schemas on arrival, and each receiver also checks who sent it (see guard.ts).
 */
import * as z from 'zod/mini';
import { Article, MAX_ARTICLE_CHARS, articleLength } from '../../core/model/article.ts';
import { Annotation, ClaimRef, Correction, Selectors, Uuid, Verdict } from '../../core/annotations/schema.ts';
import { Analysis, ClaimKind } from '../../core/model/analysis.ts';
import { Failure, RawFailure } from './diagnostics.ts';

export * from './content-protocol.ts';

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
    /**
     * A first look at the start of a very long article, painted while the whole is reviewed:
     * analysed only, with no annotations placed and nothing remembered about the page.
     */
    preview: z.optional(z.boolean()),
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
    id: z.optional(Uuid),
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
  z.object({ type: z.literal('content→background:delete'), id: Uuid }),
  /** Tags the reader used before, for completion; answered with TagsReply. */
  z.object({ type: z.literal('content→background:tags') }),
  /** Open the key to the marks (on the first-run page) in a tab beside this one; answered with { ok }. */
  z.object({ type: z.literal('content→background:open-key') }),
  /** Something failed in the content script: the background adds it to the diagnostics log. */
  /** A raw report (content/log.ts): the background scrubs it before it is stored. */
  z.object({ type: z.literal('content→background:log'), failure: RawFailure }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

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

export const DownloadReply = z.union([
  z.object({ ok: z.literal(true), id: z.int() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type DownloadReply = z.infer<typeof DownloadReply>;

// ── content → popup (the answer to popup→content:report; the popup parses it) ──────────────
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
