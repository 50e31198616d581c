/**
 * The message protocol between the extension's parts. Every message type is named by its direction
 * (content→background, popup→content, background→content), every message and every answer is parsed
 * with these schemas on arrival, and each receiver also checks who sent it (see guard.ts).
 */
import * as z from 'zod/mini';
import { Article } from '../../core/model/article.ts';
import { Analysis, ClaimKind } from '../../core/model/analysis.ts';

// ── content → background ───────────────────────────────────────────────────────────────
export const ContentToBackground = z.discriminatedUnion('type', [
  /** Run the engine on this article; answered with AnalyzeReply. */
  z.object({ type: z.literal('content→background:analyze'), article: Article }),
  /** What the page shows now, for the toolbar badge. */
  z.object({
    type: z.literal('content→background:status'),
    claims: z.int().check(z.minimum(0)),
    state: z.enum(['analyzed', 'not-article', 'other-language', 'disabled']),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

export const AnalyzeReply = z.object({ analysis: Analysis });
export type AnalyzeReply = z.infer<typeof AnalyzeReply>;

// ── popup / background → content (tab messages) ───────────────────────────────────────
export const ToContent = z.discriminatedUnion('type', [
  /** The popup asks what the page holds; answered with PageReport. */
  z.object({ type: z.literal('popup→content:report') }),
  /** Scroll to a claim and open its card. */
  z.object({ type: z.literal('popup→content:focus-claim'), index: z.int().check(z.minimum(0)) }),
  /** A keyboard command or context-menu item the background received for this tab. */
  z.object({ type: z.literal('background→content:command'), command: z.enum(['toggle-highlights', 'annotate-selection']) }),
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
  error: z.optional(z.string()),
});
export type PageReport = z.infer<typeof PageReport>;
