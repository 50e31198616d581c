/**
 * Annotating: select text and an "Annotate" button appears by the selection (also Alt+Shift+A, the
 * context menu, and "Annotate" on a card). The editor keeps a draft in storage on every change and
 * reopens it on the next visit if the tab closed mid-edit.
 */
import { h } from 'preact';
import { storage } from '../api.ts';
import { DRAFTS_KEY, parseDrafts, type Draft } from '../../shared/drafts.ts';
import { Editor, type EditorValue } from '../../../dom/ui/Editor.tsx';
import { CLAIM_KIND_LABELS } from '../../../core/model/labels.ts';
import { debounce } from '../../../dom/schedule.ts';
import { knownTags } from '../messaging.ts';
import { noteRequest, saveNote } from '../notes.ts';
import type { EditRequest, Feature, PageContext } from '../context.ts';
import { coversText } from '../../../dom/hit-test.ts';
import { FOCUS_HIGHLIGHT, PRIORITY } from '../../../dom/paint/names.ts';
import { paintFocus } from '../paint.ts';
import { record } from '../log.ts';

const DRAFT_WRITE_MS = 300;

/** The article passage the reader has selected, as offsets into the article text. */
export function selectionRequest(ctx: PageContext): EditRequest | null {
  const selection = ctx.doc.getSelection();
  const page = ctx.page;
  if (!page || !selection || selection.isCollapsed || !selection.rangeCount) return null;
  const offsets = page.extraction.map.offsetsOf(selection.getRangeAt(0));
  if (!offsets || offsets.end <= offsets.start) return null;
  // Trim surrounding white space: a double-click selects the word and the space after it.
  const text = page.analysis.text;
  let { start, end } = offsets;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  // Annotating exactly a detected claim annotates that claim.
  const claim = page.analysis.claims.find((c) => c.start === start && c.end === end);
  return { start, end, ...(claim ? { claim } : {}) };
}

async function readDrafts() {
  const stored = await storage.get(DRAFTS_KEY).catch((error: unknown) => {
    record('content:read-drafts', error); // no draft comes back; the editor still works
    return {};
  });
  return parseDrafts((stored as Record<string, unknown>)[DRAFTS_KEY]);
}

async function writeDraft(url: string, draft: Draft | null): Promise<void> {
  const drafts = await readDrafts();
  if (draft) drafts[url] = draft;
  else delete drafts[url];
  // The note itself is unaffected; only the safety copy of an unsaved draft is missing.
  await storage.set({ [DRAFTS_KEY]: drafts }).catch((error: unknown) => record('content:write-draft', error));
}

/** The passage's lines in the viewport, and their extent (the editor keeps clear of all of it). */
function passageRects(ctx: PageContext, start: number, end: number): DOMRect[] {
  const range = ctx.page?.extraction.map.rangeFor(start, end);
  return range ? Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0) : [];
}

function anchorRect(ctx: PageContext, start: number, end: number) {
  const rects = passageRects(ctx, start, end);
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return { left: 16, top: 16, bottom: 24, right: 16 };
  return {
    left: Math.min(...rects.map((r) => r.left)),
    right: Math.max(...rects.map((r) => r.right)),
    top: first.top,
    bottom: last.bottom,
  };
}

const BUTTON_W = 88;
const BUTTON_H = 24;

/** Spots tried at most: each is sampled at up to fifteen points (coversText), most fail at the first. */
const MAX_TRIES = 250;

/**
 * Where the Annotate button goes: the free spot nearest the pointer (or the selection's end) that
 * covers no text, in half-line steps up to four lines above or below (the end of a short line, a gap
 * between paragraphs, a margin); sideways moves count less than moves off the line. Without one,
 * just below the line.
 */
function buttonSpot(ctx: PageContext, start: number, end: number, pointer: { x: number; y: number } | null) {
  const rects = passageRects(ctx, start, end);
  const last = rects[rects.length - 1];
  if (!last) return { left: 8, top: 8 };
  const p = pointer ?? { x: last.right, y: (last.top + last.bottom) / 2 };
  // The line under the pointer, else the last line; lines are about this far apart.
  const line = rects.find((r) => p.y >= r.top && p.y <= r.bottom) ?? last;
  const half = Math.max(line.height, 12) / 2 + 2;
  const vw = ctx.doc.documentElement.clientWidth || innerWidth;
  const spots: { left: number; top: number; d: number }[] = [];
  for (let k = -8; k <= 8; k++) {
    const top = line.top + (line.height - BUTTON_H) / 2 + k * half;
    for (let dx = -vw; dx <= vw; dx += 24) {
      const left = p.x - BUTTON_W / 2 + dx;
      if (left >= 4 && top >= 4 && left + BUTTON_W <= vw - 4 && top + BUTTON_H <= innerHeight - 4) {
        spots.push({ left, top, d: dx * dx + 2 * (k * half) ** 2 });
      }
    }
  }
  spots.sort((a, b) => a.d - b.d);
  for (const { left, top } of spots.slice(0, MAX_TRIES)) {
    if (!coversText(ctx.doc, { left, top, width: BUTTON_W, height: BUTTON_H })) return { left, top };
  }
  return { left: Math.max(4, Math.min(p.x - BUTTON_W / 2, vw - BUTTON_W - 4)), top: line.bottom + 3 };
}

/** Where a draft's passage is now: its old place if the text still matches, else the quote's. */
function placeDraft(text: string, draft: Draft): { start: number; end: number } | null {
  if (text.slice(draft.start, draft.end) === draft.exact) return { start: draft.start, end: draft.end };
  const at = text.indexOf(draft.exact);
  return at === -1 ? null : { start: at, end: at + draft.exact.length };
}

export const annotateFeature: Feature = (ctx, signal) => {
  let buttonShown = false;
  let editing = false;

  const openEditor = async (request: EditRequest, initial?: EditorValue) => {
    const page = ctx.page;
    if (!page || signal.aborted) return;
    editing = true;
    buttonShown = false;
    const url = page.canonicalUrl;
    const quote = page.analysis.text.slice(request.start, request.end);
    const existing = request.annotation;
    const value: EditorValue = initial ?? {
      note: existing?.body.note ?? '',
      verdict: existing?.body.verdict,
      tags: existing?.body.tags ?? [],
    };
    const tags = await knownTags();
    const saveDraft = debounce((v: EditorValue) => {
      const draft: Draft = {
        start: request.start,
        end: request.end,
        exact: quote,
        note: v.note,
        tags: v.tags.filter((t) => t.length <= 100),
        savedAt: Date.now(),
        ...(v.verdict ? { verdict: v.verdict } : {}),
        ...(v.missedKind ? { missedKind: v.missedKind } : {}),
        ...(request.claim ? { claim: { kind: request.claim.kind, cue: request.claim.cue.text } } : {}),
        ...(existing ? { annotationId: existing.id } : {}),
      };
      void writeDraft(url, draft);
    }, DRAFT_WRITE_MS);
    // The passage stays marked while the reader types (the page's own selection goes when focus
    // moves into the editor); closing puts the focus mark back where it was.
    if (ctx.painter.mode === 'highlight-api') {
      const ranges = page.extraction.map.rangesFor(request.start, request.end);
      ctx.painter.update({ name: FOCUS_HIGHLIGHT, priority: PRIORITY.focus, ranges });
    }
    const close = () => {
      saveDraft.cancel();
      editing = false;
      ctx.ui.hide();
      if (!signal.aborted) void paintFocus(ctx, signal);
    };
    const render = (current: EditorValue, error?: string) =>
      ctx.ui.show(
        h(Editor, {
          // Rendering again (with an error) keeps the editor's own state: the reader's text stays.
          quote,
          initial: current,
          knownTags: tags,
          claimLabel: request.claim ? CLAIM_KIND_LABELS[request.claim.kind].label : undefined,
          // Not inside (or across) a claim the detector already found.
          canMarkMissed:
            !request.claim && !existing && !page.claims.some((c) => c.start < request.end && request.start < c.end),
          anchor: anchorRect(ctx, request.start, request.end),
          error,
          onDraft: saveDraft,
          onCancel: () => {
            close();
            void writeDraft(url, null);
          },
          onSave: async (v: EditorValue) => {
            saveDraft(v);
            const result = await saveNote(ctx, noteRequest(ctx, request, v));
            if (!result.ok) return render(v, result.error);
            close();
            await writeDraft(url, null);
            ctx.doc.getSelection()?.removeAllRanges();
          },
        }),
      );
    render(value);
  };

  const open = (request: EditRequest, initial?: EditorValue) =>
    openEditor(request, initial).catch((error: unknown) => record('content:editor', error));
  ctx.editor = (request) => void open(request);

  let pointer: { x: number; y: number } | null = null;
  const showButton = debounce(() => {
    if (signal.aborted || editing || (ctx.ui.visible() && !buttonShown)) return;
    const request = selectionRequest(ctx);
    if (buttonShown) ctx.ui.hide(); // Out of the way of the text-coverage test below.
    if (!request) {
      buttonShown = false;
      return;
    }
    const spot = buttonSpot(ctx, request.start, request.end, pointer);
    buttonShown = true;
    ctx.ui.show(
      h(
        'button',
        {
          type: 'button',
          class: 'annotate-button',
          style: `left:${spot.left}px;top:${spot.top}px`,
          onMouseDown: (e: MouseEvent) => e.preventDefault(), // Keep the selection.
          onClick: () => void open(request),
        },
        'Annotate',
      ),
    );
  }, 150);

  const onSelectionEnd = (event: Event) => {
    if (ctx.ui.contains(event.target)) return;
    pointer = event.type === 'mouseup' ? { x: (event as MouseEvent).clientX, y: (event as MouseEvent).clientY } : null;
    showButton();
  };
  ctx.doc.addEventListener('mouseup', onSelectionEnd, { signal });
  ctx.doc.addEventListener('keyup', onSelectionEnd, { signal });
  signal.addEventListener('abort', () => {
    showButton.cancel();
    ctx.editor = undefined;
  });

  // A draft left by a tab that closed mid-edit comes back.
  readDrafts()
    .then((drafts) => {
      const page = ctx.page;
      const draft = page ? drafts[page.canonicalUrl] : undefined;
      if (!page || !draft || signal.aborted) return;
      const place = placeDraft(page.analysis.text, draft);
      if (!place) return;
      const annotation = draft.annotationId
        ? [...page.notes.map((n) => n.annotation), ...page.orphans].find((a) => a.id === draft.annotationId)
        : undefined;
      const claim = draft.claim
        ? page.analysis.claims.find((c) => c.start === place.start && c.end === place.end)
        : undefined;
      void open(
        { ...place, ...(annotation ? { annotation } : {}), ...(claim ? { claim } : {}) },
        { note: draft.note, verdict: draft.verdict, tags: draft.tags, missedKind: draft.missedKind },
      );
    })
    .catch((error: unknown) => record('content:restore-draft', error));
};
