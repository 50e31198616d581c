/**
 * Content script: runs on every page the reader opens. It stays small and cheap: a quick check
 * whether the page is an article, and nothing more on pages that are not. The engine runs in the
 * background; this script extracts, paints and shows the in-page UI. Nothing here may break a page:
 * every entry point is guarded.
 */
import type { Runtime } from 'webextension-polyfill';
import { onMessage, storage } from './api.ts';
import { ToContent } from '../shared/content-protocol.ts';
import type { PageReport } from '../shared/messages.ts';
import { fromExtensionNotTab } from '../shared/guard.ts';
import { SETTINGS_KEY, parseSettings, siteEnabled, type Settings } from '../shared/settings.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { Session, mark } from './session.ts';
import { watchUrl } from './navigation.ts';
import { policyUrl } from './policy.ts';
import { selectionRequest } from './features/annotate.ts';
import { record } from './log.ts';

/** Late-rendered pages: look again for an article a little after load. */
const RECHECK_MS = [1500, 5000];

function report(session: Session): PageReport {
  const page = session.page;
  return {
    url: location.href,
    title: page?.extraction.article.title || document.title,
    state: session.phase === 'starting' ? 'analyzing' : session.phase,
    lang: page?.extraction.meta.lang ?? undefined,
    sourcingPolicy: policyUrl(page?.extraction.meta.sourcingPolicy),
    claims: (page?.claims ?? []).map((c, index) => ({
      index,
      kind: c.kind,
      text: c.text,
      cue: c.cue.text,
      reason: c.reason || CLAIM_KIND_LABELS[c.kind].help,
      confidence: c.confidence,
    })),
    analysis: page?.analysis,
    canonicalUrl: page?.canonicalUrl,
    orphans: (page?.orphans ?? []).map((a) => a.id),
    truncated: page?.truncated ?? false,
    error: session.error,
  };
}

async function toggleSite(session: Session): Promise<void> {
  const host = location.hostname;
  const settings: Settings = session.settings;
  const disabledSites = siteEnabled(settings, host)
    ? [...settings.disabledSites, host]
    : settings.disabledSites.filter((h) => h !== host);
  await storage.set({ [SETTINGS_KEY]: { ...settings, enabled: true, disabledSites } });
}

async function main(): Promise<void> {
  const session = new Session(document);
  await session.loadSettings();

  /** What to answer; a failure (thrown or rejected) is logged and answered with { ok: false }. */
  const answer = (message: ToContent): Promise<unknown> => {
    switch (message.type) {
      case 'popup→content:report':
        return Promise.resolve(report(session));
      case 'popup→content:focus-claim':
        session.focusClaim(message.index, false);
        return Promise.resolve({ ok: true });
      case 'background→content:command': {
        if (message.command === 'toggle-highlights') return toggleSite(session).then(() => ({ ok: true }));
        const request = selectionRequest(session);
        if (request) session.edit(request);
        return Promise.resolve({ ok: Boolean(request) });
      }
      case 'writer→views:store-changed': {
        const url = session.page?.canonicalUrl;
        if (!url || (message.urls && !message.urls.includes(url))) return Promise.resolve({ ok: true });
        return session.refresh().then(() => ({ ok: true }));
      }
    }
  };
  onMessage((raw: unknown, sender: Runtime.MessageSender) => {
    const parsed = ToContent.safeParse(raw);
    if (!parsed.success || !fromExtensionNotTab(sender)) return undefined;
    const where = `content:${parsed.data.type.split(':')[1]}`;
    const failed = (error: unknown) => {
      // The sender sees { ok: false } (the popup says so); the cause is logged here.
      record(where, error);
      return { ok: false };
    };
    try {
      return answer(parsed.data).catch(failed);
    } catch (error) {
      return Promise.resolve(failed(error));
    }
  });

  storage.onChanged((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void session
      .applySettings(parseSettings(changes[SETTINGS_KEY]?.newValue))
      .catch((error: unknown) => record('content:settings', error));
  });

  watchUrl(window, () => session.restart());
  await session.start();
  for (const delay of RECHECK_MS) {
    setTimeout(() => {
      if (session.phase === 'not-article') session.restart();
    }, delay);
  }
}

// A second injection into the same document (extension reload, programmatic injection) does nothing.
const MARK = Symbol.for('sourcelight.content');
const scope = globalThis as typeof globalThis & { [MARK]?: true };
if (!scope[MARK]) {
  scope[MARK] = true;
  mark('start');
  main().catch((error: unknown) => record('content:start', error));
}
