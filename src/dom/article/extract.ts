/**
 * Extracts the article a page shows: its title and blocks of text (the engine's Article), with a
 * TextMap from offsets in the joined text back to the page's Text nodes. Never changes the page.
 * The work is a generator so a large page can be spread over several tasks (extractArticleAsync).
 */
import { joinArticle, type Article } from '../../core/model/article.ts';
import { walkBlocks, type DraftBlock, type WalkOptions } from './blocks.ts';
import { metaContent, pageTitle, readMeta, TAG_SELECTOR, type ArticleMeta } from './metadata.ts';
import { anchorToHeadline, chooseRoot, type RootChoice } from './root.ts';
import { scanPage, styleCheck, type PageScan } from './score.ts';
import { TextMap, type MappedBlock, type Run } from './text-map.ts';
import { CHUNK_BUDGET_MS, yieldToMain, yieldToTasks } from '../schedule.ts';

export interface ExtractOptions {
  /** Extract from this element instead of looking for the article (e.g. a part that changed). */
  root?: Element;
  /** Ask computed styles whether elements are visible (default: when the DOM has layout). */
  styles?: boolean;
  /**
   * A first look at a long page: when the page holds more than `pageChars` of text, only that much
   * of it is scored and only the article's first `articleChars` are taken (`partial` is then set).
   * A shorter page is extracted whole, as without this option.
   */
  firstLook?: { pageChars: number; articleChars: number };
}

export interface AsyncExtractOptions extends ExtractOptions {
  /** Longest stretch of work, in milliseconds, before giving the main thread back (default CHUNK_BUDGET_MS). */
  yieldEvery?: number;
  /** Let every queued task run at each yield, not only input and rendering (work in the background). */
  giveWay?: boolean;
  signal?: AbortSignal;
}

export interface Extraction {
  article: Article;
  map: TextMap;
  /** The element the article's blocks come from; null when the page has no article text. */
  root: Element | null;
  meta: ArticleMeta;
  /** Only the start of a long page's article (see `ExtractOptions.firstLook`). */
  partial: boolean;
}

/** Below this much prose (characters), a page whose article may sit in an iframe is looked into. */
const IFRAME_WORTH_A_LOOK = 500;

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const steps = extractSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function extractArticleAsync(doc: Document, options: AsyncExtractOptions = {}): Promise<Extraction> {
  const budget = options.yieldEvery ?? CHUNK_BUDGET_MS;
  options.signal?.throwIfAborted();
  const steps = extractSteps(doc, options);
  let deadline = performance.now() + budget;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await (options.giveWay ? yieldToTasks() : yieldToMain());
    options.signal?.throwIfAborted();
    deadline = performance.now() + budget;
  }
}

function* extractSteps(doc: Document, options: ExtractOptions, depth = 0): Generator<void, Extraction> {
  const style = styleCheck(doc, options.styles ?? true);
  const top = doc.body ?? doc.documentElement;
  const { firstLook } = options;
  const scan: PageScan = top
    ? yield* scanPage(top, style, undefined, firstLook?.pageChars)
    : { scores: new Map(), headings: [], articleBodies: [], articles: [], frames: [], tags: [], complete: true };
  const partial = !scan.complete;
  const { scores } = scan;
  let choice: RootChoice | null;
  if (options.root) {
    choice = { root: options.root, weight: scores.get(options.root)?.clean ?? 0, measure: 'clean', signal: 'density' };
  } else {
    choice = chooseRoot(scan);
    if ((choice?.weight ?? 0) < IFRAME_WORTH_A_LOOK && depth < 2) {
      const inner = yield* fromFrames(scan.frames, options, depth);
      if (inner) return inner;
    }
  }
  yield;

  // The head's tags, and those the walk found in the body: no second walk of a large page.
  const tags = [...Array.from(doc.head?.querySelectorAll(TAG_SELECTOR) ?? []), ...scan.tags];
  if (choice && !options.root) {
    const headline = findHeadline(scan.headings, [doc.title, metaContent(tags, 'og:title') ?? '']);
    if (headline) choice = anchorToHeadline(choice, scores, headline);
  }
  const meta = readMeta(tags, '', languageOf(doc, tags, choice?.root ?? null));
  const declaredTitle = pageTitle(doc, tags, meta.site);
  const titleElement = choice ? findTitleElement(scan.headings, choice.root, [declaredTitle, doc.title]) : null;
  const walk: WalkOptions = {
    style,
    scores,
    rootWeight: choice?.weight ?? 0,
    measure: choice?.measure ?? 'clean',
    exclude: new Set(titleElement ? [titleElement] : []),
    ...(partial && firstLook ? { limit: firstLook.articleChars } : {}),
  };
  const blocks = choice ? yield* walkBlocks(choice.root, walk) : [];
  const titleBlock = titleElement
    ? (yield* walkBlocks(titleElement, { ...walk, exclude: new Set(), flat: true }))[0]
    : undefined;
  meta.title = titleBlock?.text ?? declaredTitle;
  yield;
  return assemble(meta, blocks, titleBlock, choice?.root ?? null, partial);
}

/** The article of a same-origin iframe, when the page is a frame around it. */
function* fromFrames(frames: Element[], options: ExtractOptions, depth: number): Generator<void, Extraction | null> {
  let best: Extraction | null = null;
  for (const frame of frames) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      // Cross-origin frames are not ours to read.
    }
    if (!inner?.body) continue;
    const found = yield* extractSteps(inner, options, depth + 1);
    if (found.root && found.map.text.length > (best?.map.text.length ?? IFRAME_WORTH_A_LOOK)) best = found;
  }
  return best;
}

function assemble(
  meta: ArticleMeta,
  drafts: DraftBlock[],
  title: DraftBlock | undefined,
  root: Element | null,
  partial: boolean,
): Extraction {
  const article: Article = { title: meta.title, blocks: drafts.map((b) => ({ kind: b.kind, text: b.text })) };
  if (meta.lang) article.lang = meta.lang;
  const joined = joinArticle(article);
  // joinArticle drops an empty title and empty blocks; the drafts never hold empty text.
  const sources: (DraftBlock | null)[] = [...(joined.blocks[0]?.kind === 'title' ? [title ?? null] : []), ...drafts];
  const runs: Run[] = [];
  const mapped: MappedBlock[] = joined.blocks.map((span, i) => {
    const source = sources[i] ?? null;
    // The drafts are ours alone: their runs move to joined offsets in place.
    for (const run of source?.runs ?? []) {
      run.text += span.start;
      runs.push(run);
    }
    return { start: span.start, end: span.end, element: source?.element ?? null };
  });
  return { article, map: new TextMap(joined.text, mapped, runs), root, meta, partial };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice similarity of two texts' word sets. */
function similarity(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/** The headline: the `<h1>` that matches the page's declared title, else the article's own `<h1>`. */
/** The `<h1>` that repeats the page's title: the story's headline. */
function findHeadline(headings: Element[], titles: string[]): Element | null {
  let best: Element | null = null;
  let bestScore = 0.5;
  for (const h of headings) {
    const score = Math.max(...titles.map((t) => similarity(h.textContent ?? '', t)));
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  return best;
}

function findTitleElement(headings: Element[], root: Element, titles: string[]): Element | null {
  const candidates = headings.filter((h) => h.textContent?.trim());
  const inRoot = (h: Element) => root.contains(h) || root.shadowRoot?.contains(h);
  return findHeadline(candidates, titles) ?? candidates.find((h) => inRoot(h) && !h.closest('figure')) ?? null;
}

function languageOf(doc: Document, tags: Element[], root: Element | null): string | null {
  const declared =
    root?.closest('[lang]')?.getAttribute('lang') ??
    doc.documentElement?.getAttribute('lang') ??
    metaContent(tags, 'og:locale');
  return declared?.trim().replace('_', '-') || null;
}
