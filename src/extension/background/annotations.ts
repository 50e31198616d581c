/**
 * Annotation requests from content scripts. A content script speaks for one site only: it may read
 * and write annotations of the site its tab shows, never another's.
 */
import type { Runtime } from '../shared/browser.ts';
import type { ContentToBackground, SavedReply } from '../shared/messages.ts';
import type { Annotation } from '../../core/annotations/schema.ts';
import { editAnnotation, newAnnotation } from '../../core/annotations/create.ts';
import { sameSite, siteOf } from '../../core/annotations/url.ts';
import { store } from './store.ts';
import { describeStorageError } from '../../db/errors.ts';
import type { AnnotationStore } from '../../db/store.ts';
import { deleteNotes, saveNote as writeNote } from '../shared/notes-writer.ts';
import { record } from '../shared/log.ts';

type SaveRequest = Extract<ContentToBackground, { type: 'content→background:save' }>;

export class ForeignSiteError extends Error {
  constructor() {
    super('Sourcelight: a page may only touch annotations of its own site');
  }
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    // Not a URL: no host, so the same-site check below refuses it (and the refusal is logged).
    return '';
  }
}

export function assertSameSite(sender: Runtime.MessageSender, url: string): void {
  const mine = hostOf(sender.url ?? sender.tab?.url);
  const theirs = hostOf(url);
  if (!mine || !theirs || !sameSite(mine, theirs)) throw new ForeignSiteError();
}

export async function pageAnnotations(sender: Runtime.MessageSender, url: string): Promise<Annotation[]> {
  assertSameSite(sender, url);
  return (await store()).forUrl(url);
}

/** Stores an annotation whole, or says why not; a content script may only store its own site's. */
export async function restoreAnnotation(sender: Runtime.MessageSender, annotation: Annotation): Promise<SavedReply> {
  assertSameSite(sender, annotation.target.source);
  let db: AnnotationStore;
  let existing: Annotation | undefined;
  try {
    db = await store();
    existing = await db.get(annotation.id);
  } catch (error) {
    // Shown in the page's editor, which keeps the draft.
    record('background:read-store', error);
    return { ok: false, error: describeStorageError(error) };
  }
  if (existing) assertSameSite(sender, existing.target.source);
  try {
    return { ok: true, annotation: await writeNote(db, annotation, 'background:save') };
  } catch (error) {
    // Shown in the page's editor; the writer has logged it and put it in words.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A new note, or an edit of one: stamped and validated here, so content scripts never forge dates or ids. */
export async function saveNote(sender: Runtime.MessageSender, request: SaveRequest): Promise<SavedReply> {
  assertSameSite(sender, request.url);
  let annotation: Annotation;
  try {
    if (request.id) {
      const existing = await (await store()).get(request.id);
      if (!existing) return { ok: false, error: 'This note no longer exists; it may have been deleted elsewhere.' };
      assertSameSite(sender, existing.target.source);
      annotation = editAnnotation(existing, {
        note: request.note,
        verdict: request.verdict ?? null,
        tags: request.tags,
      });
    } else {
      annotation = newAnnotation({
        source: request.url,
        selector: request.selector,
        page: { title: request.title.slice(0, 2000), site: siteOf(request.url) },
        note: request.note,
        format: 'markdown',
        verdict: request.verdict,
        tags: request.tags,
        claim: request.claim,
        correction: request.correction,
      });
    }
  } catch (error) {
    if (error instanceof ForeignSiteError) throw error;
    // Shown in the page's editor; recorded too, since a valid request should always make a note.
    record('background:make-note', error);
    return { ok: false, error: `This note cannot be saved: ${error instanceof Error ? error.message : String(error)}` };
  }
  return restoreAnnotation(sender, annotation);
}

export async function deleteAnnotation(sender: Runtime.MessageSender, id: string): Promise<{ ok: boolean }> {
  const db = await store();
  const existing = await db.get(id);
  if (!existing) return { ok: false };
  assertSameSite(sender, existing.target.source);
  await deleteNotes(db, [id], 'background:delete');
  return { ok: true };
}

export async function knownTags(): Promise<string[]> {
  return (await (await store()).tags()).map((t) => t.tag);
}
