/** What the content script knows about its page, shared by the session and its features. */
import type { Analysis, Claim, Entity } from '../../core/model/analysis.ts';
import type { Review } from '../../core/model/review.ts';
import type { Annotation } from '../../core/annotations/schema.ts';
import type { MdBlock } from '../../core/text/markdown-tree.ts';
import type { CardWords } from '../../core/model/explain.ts';
import type { Settings } from '../shared/settings.ts';
import type { Painter } from '../../dom/paint/painter.ts';
import type { Extraction } from '../../dom/article/extract.ts';
import type { UiLayer } from './ui-layer.ts';

export type Phase = 'starting' | 'analyzing' | 'analyzed' | 'not-article' | 'other-language' | 'disabled' | 'error';

/** A saved annotation placed in the article text. */
export interface PlacedNote {
  annotation: Annotation;
  start: number;
  end: number;
  /** Its note parsed as Markdown (by the background), for Markdown notes. */
  tree?: MdBlock[];
}

export interface PageState {
  url: string;
  /** The URL this page's annotations are stored under. */
  canonicalUrl: string;
  extraction: Extraction;
  /** What the background said; the fields below are derived from it and the settings. */
  review: Review;
  analysis: Analysis;
  /** Claims and entities the reader's settings let through, sorted by start. */
  claims: Claim[];
  entities: Entity[];
  /** How often each canonical entity is mentioned in the article. */
  mentions: Map<string, number>;
  /** The reader's notes on this page, placed, sorted by start. */
  notes: PlacedNote[];
  /** Notes whose passage is no longer in the page. */
  orphans: Annotation[];
  /** The article was longer than the extension analyses; only its beginning was read. */
  truncated: boolean;
  /** The claim card's explanations, as the background sent them. */
  words: CardWords;
}

/** Where the editor is opened: a passage, maybe a detected claim, maybe an existing annotation. */
export interface EditRequest {
  start: number;
  end: number;
  claim?: Claim;
  annotation?: Annotation;
}

export interface PageContext {
  readonly doc: Document;
  readonly ui: UiLayer;
  readonly painter: Painter;
  settings: Settings;
  phase: Phase;
  error?: string;
  page: PageState | null;
  /** The page's content changed between the start of extraction and the end of painting. */
  changedDuringAnalysis: boolean;
  /** Index into page.claims of the claim the reader is on, or -1. */
  focused: number;
  /** Re-applies settings and paints again (no new analysis). */
  repaint(): Promise<void>;
  /** Asks the background again (annotations changed) and repaints. */
  refresh(): Promise<void>;
  /** The article changed on the page: analyse the new extraction and repaint. */
  update(extraction: Extraction, signal: AbortSignal): Promise<void>;
  /**
   * Marks a claim and opens its card below it; `viaKeyboard` moves focus into the card, `scroll`
   * (default true) brings the claim into view first, which a click on it does not need.
   */
  focusClaim(index: number, viaKeyboard: boolean, scroll?: boolean): void;
  closeCard(): void;
  /** Opens the annotation editor. */
  edit(request: EditRequest): void;
  /** The editor opener, set by the annotate feature while the page is analysed. */
  editor?: (request: EditRequest) => void;
  /** Starts over: new extraction and analysis (a navigation, a changed article). */
  restart(): void;
}

/** A behaviour that lives as long as one analysed page; it cleans up when `signal` aborts. */
export type Feature = (ctx: PageContext, signal: AbortSignal) => void;
