/**
 * The annotation editor, in the page's shadow-root UI: the passage, a note, a verdict and tags with
 * completion. Enter saves (Shift+Enter starts a new line in the note), Escape cancels. Every change is
 * reported as a draft so nothing is lost if the tab closes mid-edit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../core/annotations/schema.ts';
import { VerdictOptions } from './VerdictOptions.tsx';
import { CLAIM_KINDS, type ClaimKind } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { useFit, type Box } from './place.ts';

export interface EditorValue {
  note: string;
  verdict?: Verdict;
  tags: string[];
  /** The reader says the detector missed an anonymous-source claim of this kind here. */
  missedKind?: ClaimKind;
}

export interface EditorProps {
  quote: string;
  initial: EditorValue;
  /** Tags the reader has used before, for completion. */
  knownTags: string[];
  /** The detected claim being annotated, if any. */
  claimLabel?: string;
  /** Offer "the detector missed a claim here" (only for passages that overlap no detected claim). */
  canMarkMissed: boolean;
  /** The passage's extent: the editor goes beside it, never over it, and inside the viewport. */
  anchor: Box;
  /** Set while saving failed: shown, and the draft is kept. */
  error?: string;
  onDraft(value: EditorValue): void;
  onSave(value: EditorValue): void;
  onCancel(): void;
}

const WIDTH = 340;
/** Longer quotes are cut (the box shows three lines, ending in an ellipsis, either way). */
const QUOTE_MAX = 280;

export function splitTags(input: string): string[] {
  return input
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

export function Editor(props: EditorProps) {
  const [note, setNote] = useState(props.initial.note);
  const [verdict, setVerdict] = useState<Verdict | undefined>(props.initial.verdict);
  const [tagText, setTagText] = useState(props.initial.tags.join(', '));
  const [missedKind, setMissedKind] = useState<ClaimKind | undefined>(props.initial.missedKind);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const value = (): EditorValue => ({ note, verdict, tags: splitTags(tagText), missedKind });

  useEffect(() => noteRef.current?.focus(), []);
  useEffect(() => props.onDraft(value()), [note, verdict, tagText, missedKind]);

  const typed = tagText.split(',').pop()?.trim().toLowerCase() ?? '';
  const current = new Set(splitTags(tagText).map((t) => t.toLowerCase()));
  const suggestions = typed
    ? props.knownTags.filter((t) => t.toLowerCase().startsWith(typed) && !current.has(t.toLowerCase())).slice(0, 5)
    : [];
  const complete = (tag: string) => {
    const parts = tagText.split(',');
    parts[parts.length - 1] = ` ${tag}`;
    setTagText(`${parts.join(',').trim()}, `);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // The page's own shortcuts must not fire while the reader types.
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      props.onSave(value());
    }
  };

  const { ref, style } = useFit<HTMLDivElement>(props.anchor, WIDTH);
  const quote = props.quote.length > QUOTE_MAX ? `${props.quote.slice(0, QUOTE_MAX).trimEnd()}…` : props.quote;

  return (
    <div ref={ref} class="editor" style={style} role="dialog" aria-label="Annotate passage" onKeyDown={onKeyDown}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave(value());
        }}
      >
        <header>
          <strong>Annotate</strong>
          <button class="close" type="button" aria-label="Cancel" onClick={props.onCancel}>
            ×
          </button>
        </header>
        <blockquote class="quote">{quote}</blockquote>
        {props.claimLabel ? <p class="status">Detected claim: {props.claimLabel}</p> : null}
        <label for="sl-note">Note</label>
        <textarea
          id="sl-note"
          ref={noteRef}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          placeholder="What should a reader know? (Markdown welcome)"
        />
        <label for="sl-verdict">Verdict</label>
        <select
          id="sl-verdict"
          value={verdict ?? ''}
          onChange={(e) => setVerdict((e.currentTarget.value || undefined) as Verdict | undefined)}
        >
          <VerdictOptions empty="No verdict" />
        </select>
        <label for="sl-tags">Tags (comma-separated)</label>
        <input
          id="sl-tags"
          value={tagText}
          onInput={(e) => setTagText(e.currentTarget.value)}
          autocomplete="off"
          aria-describedby="sl-tag-suggestions"
        />
        {suggestions.length ? (
          <div class="tags" id="sl-tag-suggestions" role="listbox" aria-label="Tag suggestions">
            {suggestions.map((tag) => (
              <button
                key={tag}
                type="button"
                class="tag"
                role="option"
                aria-selected="false"
                onClick={() => complete(tag)}
              >
                {tag}
              </button>
            ))}
          </div>
        ) : null}
        {props.canMarkMissed ? (
          <>
            <label for="sl-missed">Detector missed an anonymous-source claim here?</label>
            <select
              id="sl-missed"
              value={missedKind ?? ''}
              onChange={(e) => setMissedKind((e.currentTarget.value || undefined) as ClaimKind | undefined)}
            >
              <option value="">No</option>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  Yes: {CLAIM_KIND_LABELS[k].label}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {props.error ? (
          <p class="error" role="alert">
            {props.error}
          </p>
        ) : null}
        <footer>
          <span class="status">Enter saves · Shift+Enter: new line</span>
          <span class="spacer" />
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Save
          </button>
        </footer>
      </form>
    </div>
  );
}
