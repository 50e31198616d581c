/**
 * Keyboard: Alt+Shift+↓ / Alt+Shift+↑ move to the next / previous claim (scroll, mark, open its card
 * with focus in it); Escape closes the card.
 */
import type { Feature } from '../context.ts';

export const NEXT_CLAIM = { key: 'ArrowDown', altKey: true, shiftKey: true } as const;
export const PREVIOUS_CLAIM = { key: 'ArrowUp', altKey: true, shiftKey: true } as const;

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? '')));
}

export const keyboardFeature: Feature = (ctx, signal) => {
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed into our own UI (the editor, a card) are handled there.
    if (ctx.ui.contains(event.target)) return;
    if (event.key === 'Escape' && ctx.ui.visible()) {
      ctx.closeCard();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    const step = event.key === NEXT_CLAIM.key ? 1 : event.key === PREVIOUS_CLAIM.key ? -1 : 0;
    const total = ctx.page?.claims.length ?? 0;
    if (!step || !total) return;
    event.preventDefault();
    const from = ctx.focused === -1 ? (step === 1 ? -1 : 0) : ctx.focused;
    ctx.focusClaim((from + step + total) % total, true);
  };
  ctx.doc.addEventListener('keydown', onKeyDown, { signal, capture: true });
};
