/** The card for one of the reader's own notes: the passage, verdict, tags and note, with actions. */
import type { Annotation } from '../../core/annotations/schema.ts';
import { CORRECTION_LABELS, VERDICT_LABELS } from '../../core/annotations/schema.ts';
import type { MdBlock } from '../../core/text/markdown-tree.ts';
import { MarkdownTree } from './MarkdownTree.tsx';
import { useFit, type Box } from './place.ts';

export interface NoteCardProps {
  annotation: Annotation;
  /** The note parsed as Markdown (by the background); without it the note shows as typed. */
  tree?: MdBlock[];
  anchor: Box;
  onEdit(): void;
  onDelete(): void;
  onClose(): void;
}

export function NoteCard({ annotation, tree, anchor, onEdit, onDelete, onClose }: NoteCardProps) {
  const { body } = annotation;
  const { ref, style } = useFit<HTMLElement>(anchor, 340);
  return (
    <section
      ref={ref}
      class="card note"
      style={style}
      role="dialog"
      aria-label="Your note"
      tabIndex={-1}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <span class="swatch note-swatch" aria-hidden="true" />
        <strong>
          {body.verdict
            ? VERDICT_LABELS[body.verdict]
            : annotation.correction
              ? CORRECTION_LABELS[annotation.correction]
              : 'Your note'}
        </strong>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {!body.note ? (
        <p class="status">No note text.</p>
      ) : tree ? (
        <MarkdownTree blocks={tree} class="note-text" />
      ) : (
        <div class="md plain note-text">{body.note}</div>
      )}
      {body.tags.length ? (
        <ul class="tags" aria-label="Tags">
          {body.tags.map((t) => (
            <li key={t} class="tag">
              {t}
            </li>
          ))}
        </ul>
      ) : null}
      <footer>
        <span class="status">{new Date(annotation.modified).toLocaleDateString()}</span>
        <span class="spacer" />
        <button type="button" class="quiet" onClick={onDelete}>
          Delete
        </button>
        <button type="button" class="primary" onClick={onEdit}>
          Edit
        </button>
      </footer>
    </section>
  );
}
