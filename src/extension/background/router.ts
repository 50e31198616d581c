/**
 * The background's one message listener: parses every message with its schema, checks the sender,
 * and answers. Unknown or malformed messages are refused with an error, never half-handled.
 */
import browser, { type Runtime } from '../shared/browser.ts';
import { ContentToBackground, type AnalyzeReply } from '../shared/messages.ts';
import { fromOurContentScript } from '../shared/guard.ts';
import { analyze } from '../../core/analyze.ts';
import { showStatus } from './badge.ts';

async function handle(message: ContentToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromOurContentScript(sender)) throw new Error('Sourcelight: message refused, wrong sender');
  switch (message.type) {
    case 'content→background:analyze': {
      const reply: AnalyzeReply = { analysis: analyze(message.article) };
      return reply;
    }
    case 'content→background:status':
      await showStatus(sender.tab!.id!, message);
      return { ok: true };
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
