/**
 * The reader's corrections of the detector on this page ("not anonymous", "not a claim", "missed
 * claim"), apart from their notes: each says what it does to the highlights and can be removed.
 */
import type { Annotation, Correction } from '../../core/annotations/schema.ts';
import { CORRECTION_LABELS } from '../../core/annotations/schema.ts';
import { exactOf } from '../../core/annotations/selectors.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';

const EFFECT: Record<Correction, string> = {
  'not-anonymous': 'no longer highlighted as anonymous',
  'not-a-claim': 'no longer highlighted as a claim',
  'missed-claim': 'highlighted as a claim the detector missed',
};

export function CorrectionList({ items, onRemove }: { items: readonly Annotation[]; onRemove(a: Annotation): void }) {
  return (
    <section aria-labelledby="corrections-heading" class="corrections">
      <h2 id="corrections-heading">Your corrections ({items.length})</h2>
      <p class="muted small">
        Where you told Sourcelight it was wrong. They apply on every visit; remove one to undo it.
      </p>
      <ul class="plain">
        {items.map((a) => {
          const kind = a.claim && a.correction === 'missed-claim' ? ` (${CLAIM_KIND_LABELS[a.claim.kind].label})` : '';
          return (
            <li key={a.id} class="correction">
              <span class="chip">{a.correction ? CORRECTION_LABELS[a.correction] : ''}</span>
              <span class="correction-text">
                <q>{exactOf(a.target.selector)}</q>
                <span class="muted">
                  {' '}
                  — {a.correction ? EFFECT[a.correction] : ''}
                  {kind}
                </span>
              </span>
              <button
                type="button"
                onClick={() => onRemove(a)}
                aria-label={`Remove the correction on “${exactOf(a.target.selector).slice(0, 60)}”`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
