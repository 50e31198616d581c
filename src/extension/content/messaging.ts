/** Typed requests from the content script to the background; every answer is validated. */
import browser from '../shared/browser.ts';
import { ReviewReply, SavedReply, TagsReply, type ContentToBackground } from '../shared/messages.ts';
import type { Article } from '../../core/model/article.ts';
import type { Annotation } from '../../core/annotations/schema.ts';

async function ask(message: ContentToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export async function requestReview(article: Article, url: string): Promise<ReviewReply> {
  const reply = ReviewReply.safeParse(await ask({ type: 'content→background:review', article, url }));
  if (!reply.success) throw new Error('the background sent no usable analysis');
  return reply.data;
}

export async function saveAnnotation(annotation: Annotation): Promise<SavedReply> {
  const reply = SavedReply.safeParse(await ask({ type: 'content→background:save', annotation }).catch((e: unknown) => e));
  return reply.success ? reply.data : { ok: false, error: 'Sourcelight could not reach its storage; the draft is kept.' };
}

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
