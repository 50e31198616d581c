/** Typed requests from the content script to the background; every answer is validated. */
import { sendMessage } from './api.ts';
import { Claim, Entity, ReviewReply, SavedReply, TagsReply } from '../shared/content-protocol.ts';
import type { ContentToBackground } from '../shared/messages.ts';
import type { Review } from '../../core/model/review.ts';
import { forEachChunked } from '../../dom/schedule.ts';
import type { Article } from '../../core/model/article.ts';
import type { Annotation } from '../../core/annotations/schema.ts';
import { record } from './log.ts';

async function ask(message: ContentToBackground): Promise<unknown> {
  return sendMessage(message);
}

export type Hints = Extract<ContentToBackground, { type: 'content→background:review' }>['hints'];
export type NoteRequest = Omit<Extract<ContentToBackground, { type: 'content→background:save' }>, 'type'>;

/** The items of pages of JSON text (see ReviewReply), a page read when the one before is done. */
function* itemsOf(pages: string[]): Generator<unknown> {
  for (const page of pages) yield* JSON.parse(page) as unknown[];
}

/** Checks each item of `pages` with its schema, a few milliseconds at a time. */
async function parsePages<T>(
  pages: string[],
  schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } },
  signal?: AbortSignal,
): Promise<T[]> {
  const out: T[] = [];
  let bad = false;
  await forEachChunked(
    itemsOf(pages),
    (item) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) out.push(parsed.data);
      else bad = true;
    },
    signal,
  );
  if (bad) throw new Error('the background sent a malformed analysis');
  return out;
}

/** The review of `article`, with the article's text (which the reply leaves out) put back. */
export async function requestReview(
  article: Article,
  text: string,
  pageUrl: string,
  hints: Hints,
  signal?: AbortSignal,
  preview = false,
): Promise<Omit<ReviewReply, 'analysis'> & { analysis: Review['analysis'] }> {
  const message: ContentToBackground = {
    type: 'content→background:review',
    article,
    pageUrl,
    hints,
    ...(preview ? { preview } : {}),
  };
  const reply = ReviewReply.safeParse(await ask(message));
  if (!reply.success) throw new Error('the background sent no usable analysis');
  const { analysis } = reply.data;
  const claims = await parsePages(analysis.claims, Claim, signal);
  const entities = await parsePages(analysis.entities, Entity, signal);
  return { ...reply.data, analysis: { ...analysis, text, claims, entities } };
}

/** Asks, and logs a refusal or a broken answer under `where`; undefined then. */
async function asked(where: string, message: ContentToBackground): Promise<unknown> {
  try {
    return await ask(message);
  } catch (error) {
    record(where, error);
    return undefined;
  }
}

async function saved(message: ContentToBackground): Promise<SavedReply> {
  const reply = SavedReply.safeParse(await asked('content:save', message));
  // A reply that is no SavedReply was logged when it was refused; the editor shows this and keeps the draft.
  return reply.success
    ? reply.data
    : { ok: false, error: 'Sourcelight could not reach its storage; the draft is kept.' };
}

export const saveNoteRequest = (request: NoteRequest) => saved({ type: 'content→background:save', ...request });
export const restoreAnnotation = (annotation: Annotation) => saved({ type: 'content→background:restore', annotation });

/** Opens the key to the marks in a new tab (a refusal is logged: the card stays as it was). */
export function openKey(): void {
  void asked('content:open-key', { type: 'content→background:open-key' });
}

/** Whether the note was deleted; a refusal is logged, and the caller tells the reader. */
export async function deleteAnnotation(id: string): Promise<boolean> {
  const reply = (await asked('content:delete', { type: 'content→background:delete', id })) as
    | { ok?: unknown }
    | undefined;
  return reply?.ok === true;
}

/** Tags for completion; without them (logged) the editor still works, it just suggests nothing. */
export async function knownTags(): Promise<string[]> {
  const reply = TagsReply.safeParse(await asked('content:tags', { type: 'content→background:tags' }));
  return reply.success ? reply.data.tags : [];
}

/** The toolbar badge; a failure is logged and costs only the badge. */
export async function reportStatus(
  status: Omit<Extract<ContentToBackground, { type: 'content→background:status' }>, 'type'>,
): Promise<void> {
  await asked('content:status', { type: 'content→background:status', ...status });
}
