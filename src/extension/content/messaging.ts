/** Typed requests from the content script to the background; every answer is validated. */
import browser from '../shared/browser.ts';
import { AnalyzeReply, type ContentToBackground } from '../shared/messages.ts';
import type { Article } from '../../core/model/article.ts';
import type { Analysis } from '../../core/model/analysis.ts';

export async function requestAnalysis(article: Article): Promise<Analysis> {
  const message: ContentToBackground = { type: 'content→background:analyze', article };
  const reply = AnalyzeReply.safeParse(await browser.runtime.sendMessage(message));
  if (!reply.success) throw new Error('the background sent no usable analysis');
  return reply.data.analysis;
}

export async function reportStatus(status: Omit<Extract<ContentToBackground, { type: 'content→background:status' }>, 'type'>): Promise<void> {
  const message: ContentToBackground = { type: 'content→background:status', ...status };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
