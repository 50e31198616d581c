/** One saved annotation: the passage, verdict, tags and note, and an inline editor. */
import { useState } from 'preact/hooks';
import type { Annotation, Verdict } from '../../core/annotations/schema.ts';
import { CORRECTION_LABELS, VERDICT_LABELS } from '../../core/annotations/schema.ts';
import { VerdictOptions } from '../../dom/ui/VerdictOptions.tsx';
import { NoteText } from '../../dom/ui/Markdown.tsx';
import { exactOf } from '../../core/annotations/selectors.ts';
import { editAnnotation } from '../../core/annotations/create.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';

export interface AnnotationItemProps {
  annotation: Annotation;
  /** Shown above the passage in lists that span pages. */
  showPage?: boolean;
  orphan?: boolean;
  selected?: boolean;
  onSelect?(selected: boolean): void;
  onSave(next: Annotation): Promise<void>;
  onDelete(): void;
}

export function AnnotationItem(props: AnnotationItemProps) {
  const { annotation: a } = props;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(a.body.note);
  const [verdict, setVerdict] = useState<Verdict | ''>(a.body.verdict ?? '');
  const [tags, setTags] = useState(a.body.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const label = `Note on “${exactOf(a.target.selector).slice(0, 60)}”`;

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await props.onSave(editAnnotation(a, { note, verdict: verdict || null, tags: tags.split(',') }));
      setEditing(false);
      setError(null);
    } catch (e) {
      // Shown in the editor, which keeps the reader's text; the notes writer has logged it.
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <article class={`annotation${props.orphan ? ' orphan' : ''}`} aria-label={label}>
      {props.showPage ? (
        <p class="page">
          <a href={a.target.source} target="_blank" rel="noopener noreferrer">
            {a.page.title || a.target.source}
          </a>{' '}
          <span class="muted">· {a.page.site}</span>
        </p>
      ) : null}
      <div class="row">
        {props.onSelect ? (
          <input
            type="checkbox"
            aria-label={`Select: ${label}`}
            checked={props.selected}
            onChange={(e) => props.onSelect?.(e.currentTarget.checked)}
          />
        ) : null}
        <blockquote>{exactOf(a.target.selector)}</blockquote>
      </div>
      {props.orphan ? <p class="muted small">Not found on the page as it is now.</p> : null}
      {editing ? (
        <form class="edit" onSubmit={save}>
          <label>
            Note
            <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} rows={3} />
          </label>
          <label>
            Verdict
            <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict | '')}>
              <VerdictOptions empty="No verdict" />
            </select>
          </label>
          <label>
            Tags
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
          <div class="actions">
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" class="primary">
              Save
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="meta">
            {a.body.verdict ? (
              <span class={`verdict v-${a.body.verdict}`}>{VERDICT_LABELS[a.body.verdict]}</span>
            ) : null}
            {a.correction ? <span class="chip">{CORRECTION_LABELS[a.correction]}</span> : null}
            {a.claim ? <span class="chip">{CLAIM_KIND_LABELS[a.claim.kind].label}</span> : null}
            {a.body.tags.map((t) => (
              <span key={t} class="chip tag">
                {t}
              </span>
            ))}
          </p>
          {a.body.note ? <NoteText note={a.body.note} format={a.body.format} class="note" /> : null}
          <div class="actions">
            <span class="muted small">{new Date(a.modified).toLocaleString()}</span>
            <span class="spacer" />
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" onClick={props.onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </article>
  );
}
