/**
 * The background's one message listener: parses every message with its schema, checks the sender,
 * and answers. Messages that are not ours are left alone; a wrong sender is refused.
 */
import browser, { type Runtime } from '../shared/browser.ts';
import { ContentToBackground, type ReviewReply, type TagsReply } from '../shared/messages.ts';
import { fromOurContentScript } from '../shared/guard.ts';
import { reviewArticle } from '../../core/review.ts';
import { showStatus } from './badge.ts';
import { deleteAnnotation, knownTags, pageAnnotations, saveAnnotation } from './annotations.ts';

async function handle(message: ContentToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromOurContentScript(sender)) throw new Error('Sourcelight: message refused, wrong sender');
  switch (message.type) {
    case 'content→background:review': {
      const annotations = await pageAnnotations(sender, message.url).catch(() => []);
      const reply: ReviewReply = reviewArticle(message.article, annotations);
      return reply;
    }
    case 'content→background:status':
      await showStatus(sender.tab!.id!, message);
      return { ok: true };
    case 'content→background:save':
      return saveAnnotation(sender, message.annotation);
    case 'content→background:delete':
      return deleteAnnotation(sender, message.id);
    case 'content→background:tags': {
      const reply: TagsReply = { tags: await knownTags() };
      return reply;
    }
  }
}

export function registerRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const parsed = ContentToBackground.safeParse(raw);
    // Returning undefined lets other listeners (our pages) answer messages that are not ours.
    if (!parsed.success) return undefined;
    return handle(parsed.data, sender);
  });
}
