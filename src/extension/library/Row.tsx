/** One annotation as a fixed-height row of the library list. */
import type { Annotation } from '../../core/annotations/schema.ts';
import { CORRECTION_LABELS, VERDICT_LABELS } from '../../core/annotations/schema.ts';
import { exactOf } from '../../core/annotations/selectors.ts';

export const ROW_HEIGHT = 76;

export interface RowProps {
  annotation: Annotation;
  active: boolean;
  selected: boolean;
  onSelect(selected: boolean): void;
  onActivate(): void;
}

export function Row({ annotation: a, active, selected, onSelect, onActivate }: RowProps) {
  const quote = exactOf(a.target.selector);
  return (
    <div id={`row-${a.id}`} class={`row${active ? ' active' : ''}`} role="option" aria-selected={active} onClick={onActivate}>
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select note on “${quote.slice(0, 40)}”`}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <div class="row-body">
        <p class="row-quote">{quote}</p>
        <p class="row-meta">
          {a.body.verdict ? <span class={`verdict v-${a.body.verdict}`}>{VERDICT_LABELS[a.body.verdict]}</span> : null}
          {a.correction ? <span class="chip">{CORRECTION_LABELS[a.correction]}</span> : null}
          <span class="row-page">{a.page.title || a.target.source}</span>
          <span class="muted"> · {a.page.site} · {new Date(a.modified).toLocaleDateString()}</span>
        </p>
      </div>
    </div>
  );
}
