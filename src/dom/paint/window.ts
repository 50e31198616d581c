/**
 * Registers highlight ranges a batch per frame, the viewport's first. Chromium recomputes the
 * markers of every registered range in the first frame after any highlight changes: on a 2 MB
 * article, one frame after adding 50 ranges to 20,000 already registered took 300 ms. So ranges go
 * in a batch per frame, and a page with more ranges than a frame can afford to recompute has only
 * those within a screen of the viewport registered, following the reader as they scroll.
 */
import { forEachChunked } from '../schedule.ts';

/** What a painter registers ranges in: a CSS Custom Highlight (a set of ranges). */
export interface RangeSet {
  add(range: Range): unknown;
  delete(range: Range): boolean;
}

export interface WindowItem {
  name: string;
  range: Range;
}

/** Says whether a range is the window's to register (false: painted elsewhere, e.g. in a frame). */
export type Accept = (item: WindowItem) => boolean;

interface Item extends WindowItem {
  block: Element;
  on: boolean;
}

/** Ranges registered at most, all highlights together: about 25 ms a changed frame on a 2 MB page. */
export const REGISTERED_LIMIT = 1000;
/** Ranges added or removed per frame. */
export const BATCH = 250;
/** How far beyond the viewport ranges are kept registered on a windowed page. */
const NEAR_MARGIN = '100% 0px';

/** Elements that start a line: the unit whose distance to the viewport decides. */
const BLOCKS = 'p,li,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,pre,td,th,div,section,article,main,body';

function blockOf(range: Range): Element | null {
  const start = range.startContainer;
  return (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest(BLOCKS) ?? null;
}

export class RangeWindow {
  #items: Item[] = [];
  #byBlock = new Map<Element, Item[]>();
  #near = new Set<Element>();
  #visible = new Set<Element>();
  #observer: IntersectionObserver | null = null;
  /** Until the observer's first report, nothing is known of where blocks are. */
  #located = false;
  /** Ranges handed over and not yet sorted by block (done a few milliseconds at a time). */
  #preparing = false;
  #expected = 0;
  #generation = 0;
  #registered = 0;
  #frame = 0;
  #waiters: Array<() => void> = [];
  #viewportWaiters: Array<() => void> = [];

  constructor(
    private readonly win: Window,
    private readonly setOf: (name: string) => RangeSet | undefined,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly limit = REGISTERED_LIMIT,
  ) {}

  /** Ranges registered now (for tests and the benchmark). */
  get size(): number {
    return this.#registered;
  }

  /** Whether only ranges near the viewport are kept (the page has more than a frame can afford). */
  get windowed(): boolean {
    return this.#expected > this.limit;
  }

  /**
   * Replaces every range (the caller has emptied the highlights). Sorting tens of thousands of
   * ranges by block takes tens of milliseconds, so it runs in slices between other tasks.
   */
  reset(items: WindowItem[], accept: Accept): void {
    this.stop();
    const generation = ++this.#generation;
    this.#expected = items.length;
    const Observer = (this.win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    // Without an observer to say where blocks are, everything is painted, in batches still.
    if (typeof Observer === 'function') {
      this.#observer = new Observer((entries) => this.#observed(entries), { rootMargin: NEAR_MARGIN });
    } else this.#located = true;
    this.#preparing = true;
    void forEachChunked(items, (item) => {
      if (generation === this.#generation && accept(item)) this.#insert(item);
    })
      .catch((error: unknown) => this.onError(error)) // what was sorted before the failure is painted
      .then(() => {
        if (generation !== this.#generation) return;
        this.#preparing = false;
        if (!this.#items.length) this.#located = true;
        this.#schedule();
      });
  }

  /** Replaces the ranges of one name (the focus mark); a few ranges are registered at once. */
  replace(name: string, ranges: Range[], accept: Accept): void {
    const keep: Item[] = [];
    for (const item of this.#items) {
      if (item.name !== name) keep.push(item);
      else this.#turn(item, false);
    }
    this.#items = [];
    this.#byBlock.clear();
    for (const item of keep) this.#insert(item);
    for (const range of ranges) {
      const item = this.#insert({ name, range }, accept);
      if (item && ranges.length <= 20) this.#turn(item, true);
    }
    this.#schedule();
  }

  #insert(given: WindowItem, accept?: Accept): Item | null {
    if (accept && !accept(given)) return null;
    const block = blockOf(given.range);
    if (!block) return null;
    const item: Item = 'block' in given ? (given as Item) : { ...given, block, on: false };
    this.#items.push(item);
    const list = this.#byBlock.get(block);
    if (list) list.push(item);
    else {
      this.#byBlock.set(block, [item]);
      if (this.#observer) this.#observer.observe(block);
      else this.#near.add(block);
    }
    this.#schedule();
    return item;
  }

  /** Resolves once the ranges due are registered: all of them, or the window around the viewport. */
  settled(): Promise<void> {
    if (this.#idle()) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Resolves once the ranges on screen are registered. */
  viewportPainted(): Promise<void> {
    if (this.#idle()) return Promise.resolve();
    return new Promise((resolve) => this.#viewportWaiters.push(resolve));
  }

  #idle(): boolean {
    return !this.#frame && !this.#preparing && this.#located && !this.#pending();
  }

  stop(): void {
    this.#generation++;
    this.#preparing = false;
    this.#expected = 0;
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#frame) this.win.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#items = [];
    this.#byBlock.clear();
    this.#near.clear();
    this.#visible.clear();
    this.#located = false;
    this.#registered = 0;
    this.#settle();
  }

  #observed(entries: IntersectionObserverEntry[]): void {
    const height = this.win.innerHeight;
    for (const entry of entries) {
      const block = entry.target;
      if (entry.isIntersecting) this.#near.add(block);
      else this.#near.delete(block);
      const { top, bottom } = entry.boundingClientRect;
      if (entry.isIntersecting && bottom >= 0 && top <= height) this.#visible.add(block);
      else this.#visible.delete(block);
    }
    this.#located = true;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = this.win.requestAnimationFrame(() => {
      this.#frame = 0;
      try {
        this.#pump();
      } catch (error) {
        // A range the page has since made invalid: stop here, say so, and let waiters go.
        this.onError(error);
        this.#settle();
      }
    });
  }

  /** Whether an item should be registered now. */
  #due(item: Item): boolean {
    return !this.windowed || this.#near.has(item.block);
  }

  #pending(): boolean {
    for (const item of this.#items) if (item.on !== this.#due(item)) return true;
    return false;
  }

  /** One frame's batch: removals far from the viewport, then additions on screen, near, anywhere. */
  #pump(): void {
    if (!this.#located) return;
    let budget = BATCH;
    if (this.windowed) {
      for (const item of this.#items) {
        if (budget <= 0) break;
        if (item.on && !this.#near.has(item.block)) budget -= this.#turn(item, false);
      }
    }
    budget = this.#add(this.#visible, budget);
    if (!this.#preparing && !this.#pendingIn(this.#visible)) this.#flush(this.#viewportWaiters);
    budget = this.#add(this.#near, budget);
    if (!this.windowed) {
      for (const item of this.#items) {
        if (budget <= 0 || this.#registered >= this.limit) break;
        if (!item.on) budget -= this.#turn(item, true);
      }
    }
    // Another frame while this one did something and something is left (the limit may stop both).
    if ((budget < BATCH && this.#pending()) || this.#preparing) this.#schedule();
    else this.#settle();
  }

  #add(blocks: Set<Element>, budget: number): number {
    for (const block of blocks) {
      for (const item of this.#byBlock.get(block) ?? []) {
        if (budget <= 0 || this.#registered >= this.limit) return budget;
        if (!item.on) budget -= this.#turn(item, true);
      }
    }
    return budget;
  }

  #pendingIn(blocks: Set<Element>): boolean {
    for (const block of blocks) for (const item of this.#byBlock.get(block) ?? []) if (!item.on) return true;
    return false;
  }

  /** Registers or unregisters one range; 1 if that changed anything. */
  #turn(item: Item, on: boolean): number {
    const set = this.setOf(item.name);
    if (!set || item.on === on) return 0;
    if (on) set.add(item.range);
    else set.delete(item.range);
    item.on = on;
    this.#registered += on ? 1 : -1;
    return 1;
  }

  #settle(): void {
    this.#flush(this.#viewportWaiters);
    this.#flush(this.#waiters);
  }

  #flush(waiters: Array<() => void>): void {
    for (const resolve of waiters.splice(0)) resolve();
  }
}
