/** Who and what the article mentions most, by type. */
import type { Scorecard } from '../../core/model/analysis.ts';
import { ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';

const SHOWN = 12;

export function EntityList({ summary }: { summary: Scorecard }) {
  const entities = summary.entities.slice(0, SHOWN);
  return (
    <section aria-labelledby="entities-heading">
      <h2 id="entities-heading">Entities ({summary.entities.length})</h2>
      {entities.length ? (
        <ul class="plain entities">
          {entities.map((e) => (
            <li key={`${e.type}:${e.canonical}`} class={`entity type-${e.type}`}>
              <span class="name">{e.canonical}</span>
              <span class="muted">
                {ENTITY_TYPE_LABELS[e.type]} · {e.mentions}×
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No named entities found.</p>
      )}
    </section>
  );
}
