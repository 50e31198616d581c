/**
 * The highlight card: hovering a claim or entity shows it, clicking pins it, Escape or a click
 * elsewhere closes it. Hit-testing maps the pointer to a text offset, so no page element is touched.
 */
import { h } from 'preact';
import { Card, type CardTarget } from '../../../dom/ui/Card.tsx';
import { NoteCard } from '../../../dom/ui/NoteCard.tsx';
import { caretAtPoint, pointIsOverText, spanIndexAt } from '../../../dom/hit-test.ts';
import type { Feature, PageContext, PlacedNote } from '../context.ts';
import { policyUrl } from '../policy.ts';
import { entityUnderlined } from '../../shared/settings.ts';
import type { Entity } from '../../../core/model/analysis.ts';
import { deleteNote, dismissClaim } from '../notes.ts';
import { openKey } from '../messaging.ts';

const HOVER_DELAY_MS = 250;
const HIDE_DELAY_MS = 300;

type PassageBox = { left: number; top: number; bottom: number };

function render(ctx: PageContext, target: CardTarget, anchor: PassageBox): void {
  const page = ctx.page;
  if (!page) return;
  const move = (step: 1 | -1) => {
    const total = page.claims.length;
    if (!total) return;
    const from = ctx.focused === -1 && target.type === 'claim' ? target.index : ctx.focused;
    ctx.focusClaim((from + step + total) % total, true);
  };
  const span = target.type === 'claim' ? target.claim : target.entity;
  ctx.ui.show(
    h(Card, {
      target,
      anchor,
      sourcingPolicy: policyUrl(page.extraction.meta.sourcingPolicy),
      words: page.words,
      onKey: openKey,
      onClose: () => ctx.closeCard(),
      onMove: target.type === 'claim' ? move : undefined,
      onAnnotate: () =>
        ctx.edit({ start: span.start, end: span.end, ...(target.type === 'claim' ? { claim: target.claim } : {}) }),
      onDismiss:
        target.type === 'claim' && target.claim.confidence < 1
          ? (reason) => {
              ctx.closeCard();
              void dismissClaim(ctx, target.claim, reason);
            }
          : undefined,
    }),
  );
}

function renderNote(ctx: PageContext, note: PlacedNote, anchor: PassageBox): void {
  ctx.ui.show(
    h(NoteCard, {
      annotation: note.annotation,
      tree: note.tree,
      anchor,
      onClose: () => ctx.closeCard(),
      onEdit: () => ctx.edit({ start: note.start, end: note.end, annotation: note.annotation }),
      onDelete: () => void deleteNote(ctx, note.annotation),
    }),
  );
}

/** A claim's card target, with the entities named inside it (each once). */
function claimTarget(ctx: PageContext, index: number): CardTarget | null {
  const page = ctx.page;
  const claim = page?.claims[index];
  if (!page || !claim) return null;
  const named = new Map<string, Entity>();
  for (const e of page.entities)
    if (e.start >= claim.start && e.end <= claim.end && !named.has(e.canonical)) named.set(e.canonical, e);
  return { type: 'claim', claim, index, total: page.claims.length, entities: [...named.values()] };
}

export function showClaimCard(ctx: PageContext, index: number, rect: DOMRect, focusCard: boolean): void {
  const target = claimTarget(ctx, index);
  if (!target) return;
  render(ctx, target, rect);
  if (focusCard) ctx.ui.focus();
}

/** The offset in the article text under the pointer, if the pointer is over article text. */
function offsetAt(ctx: PageContext, x: number, y: number): number | null {
  const page = ctx.page;
  if (!page) return null;
  const caret = caretAtPoint(ctx.doc, x, y);
  if (!caret || !pointIsOverText(caret, x, y)) return null;
  // The characters around the pointer, as a short range the text map can place (it trims white
  // space, so a pointer on the space between two words still lands on one of them).
  const text = caret.node as Text;
  if (!text.length) return null;
  const range = ctx.doc.createRange();
  range.setStart(text, Math.max(0, caret.offset - 1));
  range.setEnd(text, Math.min(text.length, caret.offset + 1));
  return page.extraction.map.offsetsOf(range)?.start ?? null;
}

function noteAt(ctx: PageContext, offset: number): PlacedNote | undefined {
  // Notes may overlap one another: the innermost (shortest) one under the pointer wins.
  let best: PlacedNote | undefined;
  for (const note of ctx.page?.notes ?? []) {
    if (note.start <= offset && offset < note.end && (!best || note.end - note.start < best.end - best.start))
      best = note;
  }
  return best;
}

/**
 * What is under the pointer, with where to anchor: a claim wins over an entity inside it (the claim's
 * card names its entities); an entity outside claims has a card only where it is underlined.
 */
function targetAt(ctx: PageContext, x: number, y: number): { target: CardTarget; anchor: PassageBox } | null {
  const page = ctx.page;
  const offset = offsetAt(ctx, x, y);
  if (!page || offset === null) return null;
  const anchor = { left: x, top: y - 10, bottom: y + 10 };
  const claimIndex = spanIndexAt(page.claims, offset);
  if (claimIndex !== -1) return { target: claimTarget(ctx, claimIndex)!, anchor };
  const entity = page.entities[spanIndexAt(page.entities, offset)];
  if (entity && entityUnderlined(ctx.settings, entity.type)) {
    return { target: { type: 'entity', entity, mentions: page.mentions.get(entity.canonical) ?? 1 }, anchor };
  }
  return null;
}

function sameTarget(a: CardTarget | null, b: CardTarget): boolean {
  if (!a || a.type !== b.type) return false;
  return a.type === 'claim' && b.type === 'claim'
    ? a.claim === b.claim
    : a.type === 'entity' && b.type === 'entity' && a.entity === b.entity;
}

export const cardFeature: Feature = (ctx, signal) => {
  let shown: CardTarget | null = null;
  let pinned = false;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const clearTimers = () => {
    clearTimeout(hoverTimer);
    clearTimeout(hideTimer);
  };
  const show = (hit: { target: CardTarget; anchor: PassageBox }) => {
    shown = hit.target;
    render(ctx, hit.target, hit.anchor);
  };
  const hide = () => {
    shown = null;
    pinned = false;
    ctx.closeCard();
  };

  const onMove = (event: PointerEvent) => {
    if (pinned || event.pointerType === 'touch' || frame) return;
    // A reader dragging or holding a selection is about to annotate: no hover card over the
    // Annotate button.
    if (event.buttons !== 0 || !ctx.doc.getSelection()?.isCollapsed) {
      clearTimeout(hoverTimer);
      return;
    }
    const { clientX, clientY, target } = event;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (signal.aborted) return;
      if (ctx.ui.contains(target)) {
        clearTimeout(hideTimer);
        return;
      }
      const hit = targetAt(ctx, clientX, clientY);
      clearTimeout(hoverTimer);
      if (hit) {
        clearTimeout(hideTimer);
        if (!sameTarget(shown, hit.target)) hoverTimer = setTimeout(() => show(hit), HOVER_DELAY_MS);
      } else if (shown) {
        hideTimer = setTimeout(hide, HIDE_DELAY_MS);
      }
    });
  };

  const onClick = (event: MouseEvent) => {
    if (ctx.ui.contains(event.target)) return;
    // A click that ends a text selection is for annotating, not for the card.
    if (!ctx.doc.getSelection()?.isCollapsed) return;
    clearTimers();
    const offset = offsetAt(ctx, event.clientX, event.clientY);
    const note = offset === null ? undefined : noteAt(ctx, offset);
    if (note) {
      pinned = true;
      shown = null;
      renderNote(ctx, note, { left: event.clientX, top: event.clientY - 10, bottom: event.clientY + 10 });
      return;
    }
    const hit = targetAt(ctx, event.clientX, event.clientY);
    if (hit?.target.type === 'claim') {
      // The card goes below the whole claim, not over its next line.
      pinned = true;
      shown = hit.target;
      ctx.focusClaim(hit.target.index, false, false);
    } else if (hit) {
      pinned = true;
      show(hit);
    } else if (shown || ctx.ui.visible()) {
      hide();
    }
  };

  const onScroll = () => {
    if (shown && !pinned) hide();
  };

  const options = { signal, passive: true } as const;
  ctx.doc.addEventListener('pointermove', onMove, options);
  ctx.doc.addEventListener('click', onClick, { signal, capture: true });
  ctx.doc.defaultView?.addEventListener('scroll', onScroll, options);
  signal.addEventListener('abort', () => {
    clearTimers();
    cancelAnimationFrame(frame);
  });
};
