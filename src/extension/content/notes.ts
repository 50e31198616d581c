/**
 * Writing the reader's annotations from the page: new notes, edits, dismissals of a flag, deletions
 * with undo. Everything goes through the background, which owns the store.
 */
import { h } from 'preact';
import { editAnnotation, newAnnotation } from '../../core/annotations/create.ts';
import { describe } from '../../core/annotations/selectors.ts';
import { siteOf } from '../../core/annotations/url.ts';
import type { Annotation, Correction } from '../../core/annotations/schema.ts';
import type { Claim } from '../../core/model/analysis.ts';
import type { EditorValue } from '../../dom/ui/Editor.tsx';
import { deleteAnnotation, saveAnnotation } from './messaging.ts';
import type { EditRequest, PageContext } from './context.ts';

export type SaveResult = { ok: true } | { ok: false; error: string };

function pageInfo(ctx: PageContext) {
  const page = ctx.page!;
  return { title: page.extraction.article.title || ctx.doc.title, site: siteOf(page.canonicalUrl) };
}

/** The annotation the editor's value describes: a new one, or the edited one. */
export function annotationFor(ctx: PageContext, request: EditRequest, value: EditorValue): Annotation {
  const page = ctx.page!;
  if (request.annotation) {
    // An edit changes what the reader wrote; what the annotation marks stays as it was.
    return editAnnotation(request.annotation, { note: value.note, verdict: value.verdict ?? null, tags: value.tags });
  }
  const claim = request.claim;
  return newAnnotation({
    source: page.canonicalUrl,
    selector: describe(page.analysis.text, request.start, request.end),
    page: pageInfo(ctx),
    note: value.note,
    format: 'markdown',
    verdict: value.verdict,
    tags: value.tags,
    ...(claim ? { claim: { kind: claim.kind, cue: claim.cue.text } } : {}),
    ...(!claim && value.missedKind ? { claim: { kind: value.missedKind, cue: '' }, correction: 'missed-claim' as const } : {}),
  });
}

export async function saveNote(ctx: PageContext, annotation: Annotation): Promise<SaveResult> {
  const reply = await saveAnnotation(annotation);
  if (!reply.ok) return reply;
  await ctx.refresh();
  return { ok: true };
}

/** The reader says a flag is wrong: stored as a correction, and the flag goes away now and later. */
export async function dismissClaim(ctx: PageContext, claim: Claim, correction: Extract<Correction, 'not-anonymous' | 'not-a-claim'>): Promise<SaveResult> {
  const page = ctx.page;
  if (!page) return { ok: false, error: 'The page is not analysed.' };
  const annotation = newAnnotation({
    source: page.canonicalUrl,
    selector: describe(page.analysis.text, claim.start, claim.end),
    page: pageInfo(ctx),
    claim: { kind: claim.kind, cue: claim.cue.text },
    correction,
  });
  return saveNote(ctx, annotation);
}

const UNDO_MS = 6000;

/** Deletes a note, then offers Undo for a few seconds (Undo saves it back unchanged). */
export async function deleteNote(ctx: PageContext, annotation: Annotation): Promise<void> {
  if (!(await deleteAnnotation(annotation.id))) return;
  await ctx.refresh();
  const timer = setTimeout(() => ctx.ui.hide(), UNDO_MS);
  ctx.ui.show(
    h('div', { class: 'toast', role: 'status' }, [
      'Note deleted',
      h(
        'button',
        {
          type: 'button',
          onClick: async () => {
            clearTimeout(timer);
            ctx.ui.hide();
            await saveNote(ctx, annotation);
          },
        },
        'Undo',
      ),
    ]),
  );
}
