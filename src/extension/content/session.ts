/**
 * One page's life in the content script: decide whether it is an article, extract it, have it
 * analysed (with the reader's annotations placed), paint, and start the in-page features. Starts
 * over on SPA navigation; never throws.
 */
import { storage } from './api.ts';
import {
  SETTINGS_KEY,
  entityTypeShown,
  kindShown,
  parseSettings,
  siteEnabled,
  type Settings,
} from '../shared/settings.ts';
import type { Review } from '../../core/model/review.ts';
import type { CardWords } from '../../core/model/explain.ts';
import { isEnglish } from '../../core/language.ts';
import { joinArticle, limitArticle } from '../../core/model/article.ts';
import { detectArticle } from '../../dom/article/detect.ts';
import { extractArticleAsync, type Extraction } from '../../dom/article/extract.ts';
import { createPainter, type Painter } from '../../dom/paint/painter.ts';
import { yieldToMain } from '../../dom/schedule.ts';
import { createUiLayer, type UiLayer } from './ui-layer.ts';
import { requestReview, reportStatus, type Hints } from './messaging.ts';
import { paintFocus, paintPage } from './paint.ts';
import type { EditRequest, Feature, PageContext, PageState, Phase, PlacedNote } from './context.ts';
import { cardFeature, showClaimCard } from './features/card.ts';
import { keyboardFeature } from './features/keyboard.ts';
import { liveFeature } from './features/live.ts';
import { watchPage } from '../../dom/article/changes.ts';
import { annotateFeature } from './features/annotate.ts';
import { record } from './log.ts';

/** Per-page behaviours, started once the page is analysed and stopped when it changes. */
const FEATURES: Feature[] = [cardFeature, keyboardFeature, liveFeature, annotateFeature];

export function buildPageState(
  url: string,
  canonical: string,
  extraction: Extraction,
  review: Review,
  words: CardWords,
  settings: Settings,
  truncated = false,
): PageState {
  const { analysis } = review;
  const mentions = new Map<string, number>();
  for (const entity of analysis.entities) mentions.set(entity.canonical, (mentions.get(entity.canonical) ?? 0) + 1);
  const notes: PlacedNote[] = [];
  const orphans = [];
  for (const { annotation, anchor, note } of review.annotations) {
    if (anchor) notes.push({ annotation, start: anchor.start, end: anchor.end, ...(note ? { tree: note } : {}) });
    else orphans.push(annotation);
  }
  notes.sort((a, b) => a.start - b.start);
  return {
    url,
    canonicalUrl: canonical,
    extraction,
    review,
    analysis,
    claims: analysis.claims.filter((c) => kindShown(settings, c.kind)),
    entities: analysis.entities.filter((e) => entityTypeShown(settings, e.type)),
    mentions,
    notes,
    orphans,
    truncated,
    words,
  };
}

/** What the page says its own address is, for the background to file annotations under. */
function canonicalHints(extraction: Extraction): Hints {
  const { canonical, ogUrl } = extraction.meta;
  return { ...(canonical ? { canonical } : {}), ...(ogUrl ? { ogUrl } : {}) };
}

/** Pages with more text than this (characters) get a first look at their article's start, FIRST_LOOK_CHARS long. */
const FIRST_LOOK_OVER = 100_000;
const FIRST_LOOK_CHARS = 6_000;

/** Whether the article (judged by its declared language and its first blocks) is in English. */
function inEnglish(extraction: Extraction): boolean {
  const sample = extraction.article.blocks
    .slice(0, 30)
    .map((b) => b.text)
    .join(' ');
  return isEnglish(extraction.meta.lang ?? undefined, sample);
}

/** User Timing marks, so the in-page benchmark can see each step (no effect on the page). */
export function mark(name: string): void {
  try {
    performance.mark(`sourcelight:${name}`);
  } catch {
    // A page that replaced `performance` loses the marks (only the benchmark reads them): nothing to log.
  }
}

export class Session implements PageContext {
  readonly ui: UiLayer;
  readonly painter: Painter;
  settings: Settings = parseSettings(undefined);
  phase: Phase = 'starting';
  error?: string;
  page: PageState | null = null;
  focused = -1;
  changedDuringAnalysis = false;
  /** Set by the annotate feature while the page is analysed. */
  editor?: (request: EditRequest) => void;
  private run?: AbortController;

  constructor(readonly doc: Document) {
    this.ui = createUiLayer(doc);
    this.painter = createPainter(doc, (error) => record('content:paint', error));
  }

  async loadSettings(): Promise<void> {
    const stored = await storage.get(SETTINGS_KEY).catch((error: unknown) => {
      record('content:read-settings', error); // the defaults apply
      return {};
    });
    this.settings = parseSettings((stored as Record<string, unknown>)[SETTINGS_KEY]);
  }

  /** Applies new settings: a site switched on or off starts over, anything else repaints. */
  async applySettings(next: Settings): Promise<void> {
    const host = location.hostname;
    const wasOn = siteEnabled(this.settings, host);
    this.settings = next;
    if (wasOn !== siteEnabled(next, host)) return this.restart();
    const page = this.page;
    if (page) {
      this.page = buildPageState(
        page.url,
        page.canonicalUrl,
        page.extraction,
        page.review,
        page.words,
        next,
        page.truncated,
      );
      this.focused = -1;
      this.ui.hide();
      await this.repaint();
    }
  }

  restart(): void {
    this.start().catch((error: unknown) => record('content:start', error));
  }

  async start(): Promise<void> {
    this.run?.abort();
    const run = new AbortController();
    this.run = run;
    const { signal } = run;
    this.ui.hide();
    this.painter.clear();
    this.page = null;
    this.focused = -1;
    this.error = undefined;
    this.editor = undefined;
    try {
      await this.analyse(signal);
    } catch (error) {
      if (signal.aborted) return;
      // The popup shows it ("could not read this page"); the log keeps the cause.
      this.phase = 'error';
      this.error = error instanceof Error ? error.message : String(error);
      record('content:analyse', error);
      await reportStatus({ claims: 0, state: 'not-article' });
    }
  }

  private async setPhase(phase: Exclude<Phase, 'starting' | 'analyzing' | 'error'>, claims = 0): Promise<void> {
    this.phase = phase;
    await reportStatus({ claims, state: phase });
  }

  private async analyse(signal: AbortSignal): Promise<void> {
    const url = location.href;
    this.phase = 'starting';
    if (!detectArticle(this.doc).isArticle) return this.setPhase('not-article');
    if (!siteEnabled(this.settings, location.hostname)) return this.setPhase('disabled');
    this.phase = 'analyzing';
    // Paragraphs can arrive while the article is extracted and reviewed; note it, so the live
    // feature looks again once it is running.
    this.changedDuringAnalysis = false;
    const changes = this.doc.body ? watchPage(this.doc.body, () => (this.changedDuringAnalysis = true)) : null;
    signal.addEventListener('abort', () => changes?.disconnect());
    this.viewportMarked = false;
    mark('extract');
    // A long page is looked at twice: its start first, reviewed and painted while the rest is read.
    const start = await extractArticleAsync(this.doc, {
      signal,
      firstLook: { pageChars: FIRST_LOOK_OVER, articleChars: FIRST_LOOK_CHARS },
    });
    let extraction = start;
    if (start.partial) {
      void this.firstLook(url, start, signal);
      // Not ahead of the first look's reply and paint.
      extraction = await extractArticleAsync(this.doc, { signal, giveWay: true });
    }
    if (signal.aborted) return;
    mark('extracted');
    // Handing a long article to the background costs a few tens of milliseconds: not in the same task.
    await yieldToMain();
    if (signal.aborted) return;
    if (!extraction.article.blocks.length) return this.setPhase('not-article');
    if (!inEnglish(extraction)) return this.setPhase('other-language');
    const page = await this.review(url, extraction, signal);
    if (!page) return;
    mark('reviewed');
    this.page = page;
    await paintPage(this, signal);
    changes?.disconnect();
    if (signal.aborted) return;
    // Ranges are registered over the next frames (none in a hidden tab): mark when, without waiting.
    this.painter
      .viewportPainted()
      .then(async () => {
        if (signal.aborted) return;
        if (!this.viewportMarked) mark('viewport');
        await this.painter.settled();
        if (!signal.aborted) mark('painted');
      })
      .catch((error: unknown) => record('content:paint', error));
    await this.setPhase('analyzed', page.claims.length);
    for (const feature of FEATURES) {
      try {
        feature(this, signal);
      } catch (error) {
        // One feature failing must not take the others (or the page) down.
        record('content:feature', error);
      }
    }
  }

  /** Whether this run's screen has been painted once (by a first look, or the whole review). */
  private viewportMarked = false;

  /**
   * On a very long page, the whole review takes a second or more: the start of the article is
   * reviewed and painted first (where a reader who just opened the page is), beside the reading of
   * the rest; the whole then replaces it. A failed first look is recorded and the whole goes on.
   */
  private async firstLook(url: string, start: Extraction, signal: AbortSignal): Promise<void> {
    try {
      if (!start.article.blocks.length || !inEnglish(start)) return;
      const review = await requestReview(start.article, start.map.text, url, canonicalHints(start), signal, true);
      // The whole review may have come back first: it stays.
      if (signal.aborted || this.page) return;
      const preview = buildPageState(url, review.url, start, review, review.words, this.settings);
      this.page = preview;
      await paintPage(this, signal);
      mark('first-look');
      // Not awaited: no frames run in a hidden tab, and the whole review must not wait for one.
      void this.painter.viewportPainted().then(() => {
        // Still the first look on screen (not released early by the whole review's paint).
        if (signal.aborted || this.page !== preview) return;
        mark('viewport');
        this.viewportMarked = true;
      });
    } catch (error) {
      if (!signal.aborted) record('content:first-look', error);
    }
  }

  /** Has the background review the article (at most MAX_ARTICLE_CHARS of it); null if aborted. */
  private async review(url: string, extraction: Extraction, signal: AbortSignal): Promise<PageState | null> {
    const { article, truncated } = limitArticle(extraction.article);
    const text = article === extraction.article ? extraction.map.text : joinArticle(article).text;
    const review = await requestReview(article, text, url, canonicalHints(extraction), signal);
    return signal.aborted
      ? null
      : buildPageState(url, review.url, extraction, review, review.words, this.settings, truncated);
  }

  /** New extraction (the page changed) or new annotations: ask again, keep the features running. */
  async update(extraction: Extraction, signal: AbortSignal): Promise<void> {
    if (!this.page) return;
    const page = await this.review(this.page.url, extraction, signal);
    if (!page) return;
    this.page = page;
    if (this.focused >= page.claims.length) this.focused = -1;
    await this.repaint();
  }

  private refreshing?: Promise<void>;
  private refreshAgain = false;

  /** Notes changed: ask again. Changes that arrive meanwhile are taken in by one more round. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        if (this.page && this.run) await this.update(this.page.extraction, this.run.signal);
      } while (this.refreshAgain);
    })().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  async repaint(): Promise<void> {
    if (!this.run) return;
    await paintPage(this, this.run.signal);
    if (this.page) await reportStatus({ claims: this.page.claims.length, state: 'analyzed' });
  }

  focusClaim(index: number, viaKeyboard: boolean, scroll = true): void {
    const page = this.page;
    const claim = page?.claims[index];
    if (!page || !claim || !this.run) return;
    this.focused = index;
    paintFocus(this, this.run.signal).catch((error: unknown) => record('content:paint-focus', error));
    const range = page.extraction.map.rangeFor(claim.start, claim.end);
    if (scroll) range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    if (range) showClaimCard(this, index, range.getBoundingClientRect(), viaKeyboard);
  }

  closeCard(): void {
    this.ui.hide();
    if (this.focused !== -1 && this.run) {
      this.focused = -1;
      paintFocus(this, this.run.signal).catch((error: unknown) => record('content:paint-focus', error));
    }
  }

  edit(request: EditRequest): void {
    this.editor?.(request);
  }
}
