/** Real mouse work on page text: where a phrase is, and dragging across it to select it. */
import type { TestPage } from './types.ts';

export interface PhraseBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Centre of the first and of the last line box. */
  first: { x: number; y: number };
  last: { x: number; y: number };
}

/** Scrolls the phrase into view and returns where it is on screen. */
export async function locatePhrase(page: TestPage, phrase: string): Promise<PhraseBox> {
  const box = await page.evaluate((text: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const rects = Array.from(range.getClientRects());
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      const all = range.getBoundingClientRect();
      return {
        left: all.left,
        top: all.top,
        right: all.right,
        bottom: all.bottom,
        first: { x: first.left + 1, y: first.top + first.height / 2 },
        last: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the page`);
  return box;
}

/** Selects a phrase the way a reader does: press at its first letter, drag to its last, release. */
export async function selectPhrase(page: TestPage, phrase: string): Promise<PhraseBox> {
  const box = await locatePhrase(page, phrase);
  await page.mouse.move(box.first.x, box.first.y);
  await page.mouse.down();
  await page.mouse.move(box.last.x, box.last.y, 8);
  await page.mouse.up();
  return box;
}

/**
 * Where Sourcelight's floating UI (a closed shadow root: the page sees only its host) covers the
 * viewport near `box`: the centre of the points within 200 px where the topmost element is the host.
 */
export async function findUi(page: TestPage, box: PhraseBox): Promise<{ x: number; y: number } | null> {
  return page.evaluate((b: PhraseBox) => {
    const hits: { x: number; y: number }[] = [];
    for (let y = Math.max(1, b.top - 200); y < Math.min(innerHeight, b.bottom + 200); y += 4) {
      for (let x = Math.max(1, b.left - 200); x < Math.min(innerWidth, b.right + 200); x += 4) {
        if (document.elementFromPoint(x, y)?.tagName === 'SOURCELIGHT-UI') hits.push({ x, y });
      }
    }
    if (!hits.length) return null;
    const mid = (v: number[]) => v.sort((p, q) => p - q)[v.length >> 1]!;
    return { x: mid(hits.map((h) => h.x)), y: mid(hits.map((h) => h.y)) };
  }, box);
}

/**
 * Selects a phrase with the mouse, presses the Annotate button that appears near the pointer (found
 * by where the UI's host is topmost, as a reader finds it by looking) and waits until the editor has
 * the keyboard. Returns the phrase's box and where the button was.
 */
export async function openEditorOn(
  page: TestPage,
  phrase: string,
): Promise<{ box: PhraseBox; button: { x: number; y: number } }> {
  const box = await selectPhrase(page, phrase);
  await page.waitFor(() => document.querySelector('sourcelight-ui') !== null, undefined, 'the Annotate button');
  let button: { x: number; y: number } | null = null;
  for (let i = 0; i < 20 && !button; i++) {
    button = await findUi(page, box);
    if (!button) await new Promise((r) => setTimeout(r, 50));
  }
  if (!button) throw new Error(`no Annotate button near "${phrase}"`);
  await page.mouse.move(button.x, button.y);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'the editor focused');
  return { box, button };
}

/** Waits until exactly `count` notes are painted. */
export function waitForNotes(page: TestPage, count: number): Promise<void> {
  return page.waitFor(
    (n: number) =>
      ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-note')?.size ?? 0) === n,
    count,
    `${count} painted note(s)`,
  );
}

/** The rectangle Sourcelight's floating UI covers in the viewport (where its host is topmost), or null. */
export async function uiBounds(
  page: TestPage,
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(() => {
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    for (let y = 0; y < innerHeight; y += 3) {
      for (let x = 0; x < innerWidth; x += 6) {
        if (document.elementFromPoint(x, y)?.tagName !== 'SOURCELIGHT-UI') continue;
        box = box
          ? {
              left: Math.min(box.left, x),
              top: Math.min(box.top, y),
              right: Math.max(box.right, x),
              bottom: Math.max(box.bottom, y),
            }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
    return box;
  });
}
