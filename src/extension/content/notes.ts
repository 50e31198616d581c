/**
 * Writing the reader's annotations from the page: new notes, edits, dismissals of a flag, deletions
 * with undo. The background owns the store and stamps every annotation; the page only says what.
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
    ...(!claim && value.missedKind ? { claim: { kind: value.missedKind, cue: '' }, correction: 'missed-claim' as const } : {}),
  };
}

async function done(ctx: PageContext, reply: { ok: true } | { ok: false; error: string }): Promise<SaveResult> {
  if (!reply.ok) return reply;
  await ctx.refresh();
  return { ok: true };
}

export async function saveNote(ctx: PageContext, request: NoteRequest): Promise<SaveResult> {
  return done(ctx, await saveNoteRequest(request));
}

const UNDO_MS = 6000;

/** A status line with Undo for a few seconds; `undo` runs at most once. */
function offerUndo(ctx: PageContext, message: string, undo: () => Promise<void>): void {
  const timer = setTimeout(() => ctx.ui.hide(), UNDO_MS);
  ctx.ui.show(
    h('div', { class: 'toast', role: 'status' }, [
      message,
      h(
        'button',
        {
          type: 'button',
          onClick: async () => {
            clearTimeout(timer);
            ctx.ui.hide();
            await undo();
          },
        },
        'Undo',
      ),
    ]),
  );
}

/**
 * The reader says a flag is wrong: stored as a correction, and the flag goes away now and on later
 * visits. Undo (for a few seconds) deletes the correction and the flag comes back.
 */
export async function dismissClaim(ctx: PageContext, claim: Claim, correction: Extract<Correction, 'not-anonymous' | 'not-a-claim'>): Promise<SaveResult> {
  if (!ctx.page) return { ok: false, error: 'The page is not analysed.' };
  const reply = await saveNoteRequest({
    ...passage(ctx, claim.start, claim.end),
    note: '',
    tags: [],
    claim: { kind: claim.kind, cue: claim.cue.text },
    correction,
  });
  const result = await done(ctx, reply);
  if (reply.ok) {
    const { id } = reply.annotation;
    offerUndo(ctx, 'Flag removed: not anonymous', async () => {
      if (await deleteAnnotation(id)) await ctx.refresh();
    });
  }
  return result;
}

/** Deletes a note, then offers Undo for a few seconds (Undo puts it back unchanged). */
export async function deleteNote(ctx: PageContext, annotation: Annotation): Promise<void> {
  if (!(await deleteAnnotation(annotation.id))) return;
  await ctx.refresh();
  offerUndo(ctx, 'Note deleted', async () => void (await done(ctx, await restoreAnnotation(annotation))));
}
