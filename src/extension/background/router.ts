/**
 * The background's one message listener: parses every message with its schema, checks the sender,
 * and answers. Messages that are not ours are left alone; a wrong sender is refused.
 */
import browser, { type Runtime } from '../shared/browser.ts';
import {
  ContentToBackground,
  PagesToBackground,
  toPages,
  type ReviewReply,
  type TagsReply,
} from '../shared/messages.ts';
import type { Analysis } from '../../core/model/analysis.ts';
import { fromOurContentScript, fromOurPages } from '../shared/guard.ts';
import { download } from './downloads.ts';
import { rememberScorecard } from './scorecards.ts';
import { keepReading, lastReading } from './readings.ts';
import { reviewArticle } from '../../core/review.ts';
import { CARD_WORDS } from '../../core/model/explain.ts';
import { openKey } from './welcome.ts';
import { showStatus } from './badge.ts';
import { deleteAnnotation, knownTags, pageAnnotations, restoreAnnotation, saveNote } from './annotations.ts';
import { canonicalUrl } from '../../core/annotations/url.ts';
import { appendToLog, partOf, record } from '../shared/log.ts';

/** The analysis as a ReviewReply carries it: without the text the page sent, its lists in pages. */
function forReply({ claims, entities, summary }: Analysis): ReviewReply['analysis'] {
  return { claims: toPages(claims), entities: toPages(entities), summary };
}

async function handle(message: ContentToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromOurContentScript(sender)) throw new Error('Sourcelight: message refused, wrong sender');
  switch (message.type) {
    case 'content→background:review': {
      const url = canonicalUrl(message.pageUrl, message.hints);
      if (message.preview) {
        const { analysis } = reviewArticle(message.article, [], undefined);
        const reply: ReviewReply = { url, analysis: forReply(analysis), annotations: [], words: CARD_WORDS };
        return reply;
      }
      // Without its notes the page still gets its claims painted; the failure is logged.
      const annotations = await pageAnnotations(sender, url).catch((error: unknown) => {
        record('background:review-notes', error);
        return [];
      });
      const tabId = sender.tab!.id!;
      const {
        analysis,
        annotations: placed,
        reading,
      } = reviewArticle(message.article, annotations, lastReading(tabId, url));
      keepReading(tabId, url, reading);
      const reply: ReviewReply = { url, analysis: forReply(analysis), annotations: placed, words: CARD_WORDS };
      // Exports of annotated pages carry their scorecard; keep it while the page has notes.
      if (annotations.length)
        await rememberScorecard(url, analysis.summary).catch((error: unknown) => record('background:scorecard', error));
      return reply;
    }
    case 'content→background:status':
      await showStatus(sender.tab!.id!, message);
      return { ok: true };
    case 'content→background:save':
      return saveNote(sender, message);
    case 'content→background:restore':
      return restoreAnnotation(sender, message.annotation);
    case 'content→background:delete':
      return deleteAnnotation(sender, message.id);
    case 'content→background:tags': {
      const reply: TagsReply = { tags: await knownTags() };
      return reply;
    }
    case 'content→background:log':
      await appendToLog(message.failure, 'content');
      return { ok: true };
    case 'content→background:open-key':
      await openKey(sender.tab);
      return { ok: true };
  }
}

async function handleFromPages(message: PagesToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromOurPages(sender)) throw new Error('Sourcelight: message refused, wrong sender');
  switch (message.type) {
    case 'pages→background:download':
      return download(message.filename, message.mime, message.text);
    case 'pages→background:log':
      await appendToLog(message.failure, partOf(sender.url));
      return { ok: true };
  }
}

/** A request that failed is logged here, then refused: the sender sees the rejection and says so. */
function logged(type: string, reply: Promise<unknown>): Promise<unknown> {
  return reply.catch((error: unknown) => {
    record(`background:${type.split(':')[1] ?? 'message'}`, error);
    throw error;
  });
}

export function registerRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const fromContent = ContentToBackground.safeParse(raw);
    if (fromContent.success) return logged(fromContent.data.type, handle(fromContent.data, sender));
    const fromPages = PagesToBackground.safeParse(raw);
    if (fromPages.success) return logged(fromPages.data.type, handleFromPages(fromPages.data, sender));
    // Not ours: returning undefined leaves it to other listeners.
    return undefined;
  });
}
