/**
 * The range window registers highlight ranges a batch per frame, viewport first, and on a page
 * with more ranges than a frame can afford keeps only those near the viewport. Frames and the
 * IntersectionObserver are driven by hand here; the browser test and the bench see the real ones.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BATCH, RangeWindow, type RangeSet } from '../../../src/dom/paint/window.ts';

interface FakeEntry {
  target: Element;
  isIntersecting: boolean;
  boundingClientRect: { top: number; bottom: number };
}

/** A page of `blocks` paragraphs of `perBlock` words, with hand-driven frames and observer. */
function page(blocks: number, perBlock: number) {
  const dom = new JSDOM(
    `<body>${Array.from({ length: blocks }, (_, b) => `<p>${Array.from({ length: perBlock }, (_, w) => `<b>w${b}-${w}</b>`).join(' ')}</p>`).join('')}</body>`,
  );
  const win = dom.window as unknown as Window & Record<string, unknown>;
  const frames: Array<() => void> = [];
  let callback: ((entries: FakeEntry[]) => void) | null = null;
  let observed = 0;
  win.requestAnimationFrame = ((fn: () => void) => frames.push(fn)) as never;
  win.cancelAnimationFrame = (() => undefined) as never;
  win.IntersectionObserver = class {
    constructor(cb: (entries: FakeEntry[]) => void) {
      callback = cb;
    }
    observe() {
      observed++;
    }
    disconnect() {}
  } as never;
  Object.defineProperty(win, 'innerHeight', { value: 900 });
  const doc = win.document;
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  const ranges = Array.from(doc.querySelectorAll('b')).map((b) => {
    const r = doc.createRange();
    r.selectNodeContents(b.firstChild!);
    return r;
  });
  const sets = new Map<string, Set<Range>>();
  const named = (name: string): Set<Range> => {
    let set = sets.get(name);
    if (!set) {
      set = new Set();
      sets.set(name, set);
    }
    return set;
  };
  const setOf = (name: string): RangeSet => named(name);
  const registered = () => [...sets.values()].flatMap((s) => [...s]);
  /** Paragraph `i` sits at 100 px × i; the viewport shows [scroll, scroll + 900). */
  const report = (scroll: number, near = 900) =>
    callback!(
      paragraphs.map((p, i) => {
        const top = i * 100 - scroll;
        return {
          target: p,
          isIntersecting: top + 100 > -near && top < 900 + near,
          boundingClientRect: { top, bottom: top + 100 },
        };
      }),
    );
  const frame = () => {
    for (const fn of frames.splice(0)) fn();
  };
  const settle = async () => {
    for (let i = 0; i < 200 && (frames.length || i < 3); i++) {
      await new Promise((r) => setTimeout(r, 0));
      frame();
    }
  };
  /** Waits until the window has sorted its ranges into all `blocks` (in slices: more of them on a busy machine). */
  const sorted = async () => {
    for (let i = 0; i < 1000 && observed < blocks; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { win, paragraphs, ranges, setOf, named, registered, report, frame, settle, sorted };
}

const blockIndex = (r: Range) => Number(/w(\d+)-/.exec(r.toString())![1]);

describe('range window', () => {
  it('registers every range of an ordinary page, a batch per frame, the ones on screen first', async () => {
    const p = page(60, 10); // 600 ranges, under the limit
    const window = new RangeWindow(p.win, p.setOf);
    window.reset(
      p.ranges.map((range) => ({ name: 'x', range })),
      () => true,
    );
    await p.sorted();
    p.report(3000); // the reader is at paragraphs 30-38
    p.frame();
    const first = p.registered();
    expect(first.length).toBeLessThanOrEqual(BATCH);
    expect(first.length).toBeGreaterThan(0);
    // On-screen paragraphs (30-38) come before anything else.
    const onScreen = first.filter((r) => blockIndex(r) >= 30 && blockIndex(r) <= 38);
    expect(onScreen.length).toBe(90);
    await p.settle();
    expect(p.registered().length).toBe(600);
    await window.settled();
  });

  it('keeps only the ranges near the viewport on a page with more than a frame can afford', async () => {
    const p = page(100, 20); // 2,000 ranges
    const window = new RangeWindow(p.win, p.setOf, undefined, 500);
    window.reset(
      p.ranges.map((range) => ({ name: 'x', range })),
      () => true,
    );
    await new Promise((r) => setTimeout(r, 0));
    p.report(0);
    await p.settle();
    expect(window.windowed).toBe(true);
    const near = p.registered().map(blockIndex);
    expect(Math.max(...near)).toBeLessThan(18 + 1);
    expect(near).toContain(0);
    // The reader scrolls to paragraph 50: the window follows.
    p.report(5000);
    await p.settle();
    const moved = p.registered().map(blockIndex);
    expect(Math.min(...moved)).toBeGreaterThanOrEqual(40);
    expect(moved).toContain(55);
    expect(window.size).toBeLessThanOrEqual(500);
  });

  it('registers a few replaced ranges (the focus mark) at once, without waiting for a frame', async () => {
    const p = page(10, 5);
    const window = new RangeWindow(p.win, p.setOf);
    window.reset(
      p.ranges.map((range) => ({ name: 'x', range })),
      () => true,
    );
    await new Promise((r) => setTimeout(r, 0));
    window.replace('focus', [p.ranges[7]!], () => true);
    expect([...p.named('focus')]).toEqual([p.ranges[7]]);
    window.replace('focus', [], () => true);
    expect(p.named('focus').size).toBe(0);
  });

  it('leaves ranges another painter takes (a frame) to it', async () => {
    const p = page(5, 4);
    const window = new RangeWindow(p.win, p.setOf);
    window.reset(
      p.ranges.map((range) => ({ name: 'x', range })),
      ({ range }) => blockIndex(range) !== 2,
    );
    await new Promise((r) => setTimeout(r, 0));
    p.report(0);
    await p.settle();
    expect(p.registered().map(blockIndex)).not.toContain(2);
    expect(p.registered().length).toBe(16);
  });
});
