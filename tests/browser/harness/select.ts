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
 * Selects a phrase with the mouse, presses the Annotate button that appears below it (the UI is in
 * a closed shadow root, so the test clicks where a reader would: just below the selection's last
 * line, at its left edge) and waits until the editor has the keyboard.
 */
export async function openEditorOn(page: TestPage, phrase: string): Promise<void> {
  const box = await selectPhrase(page, phrase);
  await page.waitFor(() => document.querySelector('sourcelight-ui') !== null, undefined, 'the Annotate button');
  await page.mouse.move(box.left + 20, box.bottom + 16);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitFor(() => document.activeElement?.tagName === 'SOURCELIGHT-UI', undefined, 'the editor focused');
}

/** Waits until exactly `count` notes are painted. */
export function waitForNotes(page: TestPage, count: number): Promise<void> {
  return page.waitFor(
    (n: number) => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-note')?.size ?? 0) === n,
    count,
    `${count} painted note(s)`,
  );
}
