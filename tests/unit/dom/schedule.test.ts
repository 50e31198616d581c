/**
 * Yields between slices of in-page work: Firefox runs task after task while a loop yields and
 * paints only now and then, so once frames are late a yield waits for the next one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('yieldToMain', () => {
  it('never waits for a frame without a page (the command-line tool)', async () => {
    const { yieldToMain } = await import('../../../src/dom/schedule.ts');
    expect(await settled(yieldToMain())).toBe(true);
  });

  it('waits for the next frame once the last one is more than 25 ms old, in a visible page', async () => {
    let clock = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const frames: Array<() => void> = [];
    vi.stubGlobal('document', { hidden: false });
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
    const { yieldToMain } = await import('../../../src/dom/schedule.ts');
    // A fresh start asks for a frame but does not wait for it.
    expect(await settled(yieldToMain())).toBe(true);
    expect(frames).toHaveLength(1);
    // 30 ms on, with no frame yet: the yield waits until the frame has run.
    clock = 1030;
    const late = yieldToMain();
    expect(await settled(late)).toBe(false);
    frames[0]!();
    expect(await settled(late)).toBe(true);
  });

  it('does not wait in a hidden tab, where no frames come', async () => {
    vi.stubGlobal('document', { hidden: true });
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { yieldToMain } = await import('../../../src/dom/schedule.ts');
    expect(await settled(yieldToMain())).toBe(true);
  });
});
