/** Typed requests from the content script to the background; every answer is validated. */
import browser from '../shared/browser.ts';
import { ReviewReply, SavedReply, TagsReply, type ContentToBackground } from '../shared/messages.ts';
import type { Article } from '../../core/model/article.ts';
import type { Annotation } from '../../core/annotations/schema.ts';

async function ask(message: ContentToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export type Hints = Extract<ContentToBackground, { type: 'content→background:review' }>['hints'];
export type NoteRequest = Omit<Extract<ContentToBackground, { type: 'content→background:save' }>, 'type'>;

export async function requestReview(article: Article, pageUrl: string, hints: Hints): Promise<ReviewReply> {
  const reply = ReviewReply.safeParse(await ask({ type: 'content→background:review', article, pageUrl, hints }));
  if (!reply.success) throw new Error('the background sent no usable analysis');
  return reply.data;
}

async function saved(message: ContentToBackground): Promise<SavedReply> {
  const reply = SavedReply.safeParse(await ask(message).catch((e: unknown) => e));
  return reply.success ? reply.data : { ok: false, error: 'Sourcelight could not reach its storage; the draft is kept.' };
}

export const saveNoteRequest = (request: NoteRequest) => saved({ type: 'content→background:save', ...request });
export const restoreAnnotation = (annotation: Annotation) => saved({ type: 'content→background:restore', annotation });

export async function deleteAnnotation(id: string): Promise<boolean> {
  const reply = (await ask({ type: 'content→background:delete', id }).catch(() => undefined)) as { ok?: unknown } | undefined;
  return reply?.ok === true;
}

export async function knownTags(): Promise<string[]> {
  const reply = TagsReply.safeParse(await ask({ type: 'content→background:tags' }).catch(() => undefined));
  return reply.success ? reply.data.tags : [];
}

export async function reportStatus(status: Omit<Extract<ContentToBackground, { type: 'content→background:status' }>, 'type'>): Promise<void> {
  await ask({ type: 'content→background:status', ...status }).catch(() => undefined);
}
