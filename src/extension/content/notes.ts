/**
 * Writing the reader's annotations from the page: new notes, edits, dismissals of a flag, deletions
 * with undo. The background owns the store and stamps every annotation; the page only says what.
 * The page repaints when the change comes back to it, as it comes to every view (notes-writer.ts).
 */
import { h } from 'preact';
import { describe } from '../../core/annotations/selectors.ts';
import type { Annotation, Correction } from '../../core/annotations/schema.ts';
import type { Claim } from '../../core/model/analysis.ts';
import type { EditorValue } from '../../dom/ui/Editor.tsx';
import { deleteAnnotation, restoreAnnotation, saveNoteRequest, type NoteRequest } from './messaging.ts';
import type { EditRequest, PageContext } from './context.ts';

export type SaveResult = { ok: true } | { ok: false; error: string };

/** What to store for a passage of this page (new notes and dismissals alike). */
function passage(ctx: PageContext, start: number, end: number): Pick<NoteRequest, 'url' | 'selector' | 'title'> {
  const page = ctx.page!;
  return {
    url: page.canonicalUrl,
    selector: describe(page.analysis.text, start, end),
    title: page.extraction.article.title || ctx.doc.title,
  };
}

/** The save request the editor's value describes: a new note, or an edit of the one being edited. */
export function noteRequest(ctx: PageContext, request: EditRequest, value: EditorValue): NoteRequest {
  const claim = request.claim;
  return {
    ...passage(ctx, request.start, request.end),
    ...(request.annotation ? { id: request.annotation.id } : {}),
    note: value.note,
    verdict: value.verdict,
    tags: value.tags,
    ...(claim ? { claim: { kind: claim.kind, cue: claim.cue.text } } : {}),
    ...(!claim && value.missedKind
      ? { claim: { kind: value.missedKind, cue: '' }, correction: 'missed-claim' as const }
      : {}),
  };
}

function done(reply: { ok: true } | { ok: false; error: string }): SaveResult {
  return reply.ok ? { ok: true } : reply;
}

export async function saveNote(_ctx: PageContext, request: NoteRequest): Promise<SaveResult> {
  return done(await saveNoteRequest(request));
}

const TOAST_MS = 6000;

/**
 * A short message at the foot of the page for a few seconds: a failure with Close, or a change with
 * Undo (`undo` runs at most once).
 */
function toast(ctx: PageContext, text: string, undo?: () => Promise<void>): void {
  const timer = setTimeout(() => ctx.ui.hide(), TOAST_MS);
  const onClick = () => {
    clearTimeout(timer);
    ctx.ui.hide();
    void undo?.();
  };
  const button = h('button', { type: 'button', onClick }, undo ? 'Undo' : 'Close');
  ctx.ui.show(h('div', { class: 'toast', role: undo ? 'status' : 'alert' }, [text, button]));
}

/**
 * The reader says a flag is wrong: stored as a correction, and the flag goes away now and later
 * (when the change comes back). Undo (for a few seconds) deletes the correction and the flag comes
 * back. A correction that cannot be stored, or undone, is said on the page.
 */
export async function dismissClaim(
  ctx: PageContext,
  claim: Claim,
  correction: Extract<Correction, 'not-anonymous' | 'not-a-claim'>,
): Promise<SaveResult> {
  if (!ctx.page) return { ok: false, error: 'The page is not analysed.' };
  const reply = await saveNoteRequest({
    ...passage(ctx, claim.start, claim.end),
    note: '',
    tags: [],
    claim: { kind: claim.kind, cue: claim.cue.text },
    correction,
  });
  if (!reply.ok) {
    toast(ctx, `Sourcelight could not store your correction. ${reply.error}`);
    return reply;
  }
  const { id } = reply.annotation;
  toast(ctx, correction === 'not-anonymous' ? 'Flag removed: not anonymous' : 'Flag removed: not a claim', async () => {
    if (!(await deleteAnnotation(id)))
      toast(ctx, 'Sourcelight could not undo your correction. Delete it from the popup or the library.');
  });
  return { ok: true };
}

/** Deletes a note, then offers Undo for a few seconds (Undo puts it back unchanged). */
export async function deleteNote(ctx: PageContext, annotation: Annotation): Promise<void> {
  // A refused delete was logged by the request; the reader is told here.
  if (!(await deleteAnnotation(annotation.id)))
    return toast(ctx, 'Sourcelight could not delete this note. Try again from the popup or the library.');
  toast(ctx, 'Note deleted', async () => {
    const restored = await restoreAnnotation(annotation);
    if (!restored.ok) toast(ctx, `The note could not be put back: ${restored.error}`);
  });
}
