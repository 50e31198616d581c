/** What the content script knows about its page, shared by the session and its features. */
import type { Analysis, Claim, Entity } from '../../core/model/analysis.ts';
import type { Settings } from '../shared/settings.ts';
import type { Painter } from '../../dom/paint/painter.ts';
import type { Extraction } from '../../dom/article/extract.ts';
import type { UiLayer } from './ui-layer.ts';

export type Phase = 'starting' | 'analyzing' | 'analyzed' | 'not-article' | 'other-language' | 'disabled' | 'error';

export interface PageState {
  url: string;
  extraction: Extraction;
  analysis: Analysis;
  /** Claims and entities the reader's settings let through, sorted by start. */
  claims: Claim[];
  entities: Entity[];
  /** How often each canonical entity is mentioned in the article. */
  mentions: Map<string, number>;
}

export interface PageContext {
  readonly doc: Document;
  readonly ui: UiLayer;
  readonly painter: Painter;
  settings: Settings;
  phase: Phase;
  error?: string;
  page: PageState | null;
  /** Index into page.claims of the claim the reader is on, or -1. */
  focused: number;
  /** Re-applies settings and paints again (no new analysis). */
  repaint(): Promise<void>;
  /** Scrolls to a claim, marks it and opens its card; `viaKeyboard` moves focus into the card. */
  focusClaim(index: number, viaKeyboard: boolean): void;
  closeCard(): void;
  /** Starts over: new extraction and analysis (a navigation, a changed article). */
  restart(): void;
}

/** A behaviour that lives as long as one analysed page; it cleans up when `signal` aborts. */
export type Feature = (ctx: PageContext, signal: AbortSignal) => void;
