/**
 * The part of the message protocol the content script parses (messages.ts re-exports it): the
 * background's answers to it and the messages tabs receive. Apart, because a zod schema is built when
 * its module loads, and the content script (injected into every page, with a size budget) should not
 * build the schemas only the background and our pages check.
 */
import * as z from 'zod/mini';
import { Analysis, Claim, Entity } from '../../core/model/analysis.ts';
import { Annotation } from '../../core/annotations/schema.ts';
import { Review } from '../../core/model/review.ts';
import { CardWords } from '../../core/model/explain.ts';

// ── background → content (answers) ────────────────────────────────────────────────────
/*
 * Shapes spread into z.object rather than z.omit/z.extend: the same schemas, without zod's object
 * helpers in the content script (its size budget).
 */
const { text: _text, ...analysisShape } = Analysis.shape;
const replyShape = {
  url: z.string(),
  annotations: Review.shape.annotations,
  /** The card's explanations, kept out of the content script (its size budget). */
  words: CardWords,
};

/** Claims or entities as JSON text, PAGE_ITEMS to a string (see ReviewReply). */
const pages = z.array(z.string());
export const PAGE_ITEMS = 1000;

/**
 * The review, less the article text: the content script sent that text and has it already, and a
 * long article's text would double the reply. Its two long lists travel as pages of JSON text: a
 * 2 MB article's tens of thousands of entities, as objects, took Firefox 90–140 ms to take in (one
 * task: no frame meanwhile); text arrives at once, and the content script reads and checks it a page
 * and a few milliseconds at a time.
 */
export const ReviewReply = z.object({
  ...replyShape,
  analysis: z.object({ ...analysisShape, claims: pages, entities: pages }),
});
export type ReviewReply = z.infer<typeof ReviewReply>;
export { Claim, Entity };

/** `items` in pages of JSON text, for a ReviewReply. */
export function toPages(items: unknown[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += PAGE_ITEMS) out.push(JSON.stringify(items.slice(i, i + PAGE_ITEMS)));
  return out;
}

/** A save either lands whole or says why not (e.g. storage quota), so the editor keeps the draft. */
export const SavedReply = z.union([
  z.object({ ok: z.literal(true), annotation: Annotation }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SavedReply = z.infer<typeof SavedReply>;

export const TagsReply = z.object({ tags: z.array(z.string()) });
export type TagsReply = z.infer<typeof TagsReply>;

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
/** A plain union, as Selector: z.discriminatedUnion would cost the content script 0.4 KB gzipped. */
export const ToContent = z.union([
  /** The popup asks what the page holds; answered with PageReport. */
  z.object({ type: z.literal('popup→content:report') }),
  /** Scroll to a claim and open its card. */
  z.object({ type: z.literal('popup→content:focus-claim'), index: z.int().check(z.minimum(0)) }),
  /** A keyboard command or context-menu item the background received for this tab. */
  z.object({
    type: z.literal('background→content:command'),
    command: z.enum(['toggle-highlights', 'annotate-selection']),
  }),
  /** Notes changed somewhere; a tab showing one of `urls` (or any, when null) fetches and paints them again. */
  StoreChanged,
]);
export type ToContent = z.infer<typeof ToContent>;
