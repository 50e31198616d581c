/** Who and what the article mentions most, by type, counted in mentions (not statements). */
import { useState } from 'preact/hooks';
import type { Scorecard } from '../../core/model/analysis.ts';
import { ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';
import { plural } from '../ui/Scorecard.tsx';

const FIRST = 6;
const MOST = 40;

export function EntityList({ summary }: { summary: Scorecard }) {
  const [all, setAll] = useState(false);
  const entities = summary.entities.slice(0, all ? MOST : FIRST);
  return (
    <section aria-labelledby="entities-heading">
      <h2 id="entities-heading">Entities ({summary.entities.length})</h2>
      <p class="muted small">People, organisations, places and outlets the article names, and how often.</p>
      {entities.length ? (
        <ul class="plain entities">
          {entities.map((e) => (
            <li key={`${e.type}:${e.canonical}`} class={`entity type-${e.type}`}>
              <span class="name">{e.canonical}</span>
              <span class="muted">{ENTITY_TYPE_LABELS[e.type]}</span>
              <span class="muted mentions">{plural(e.mentions, 'mention')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No named entities found.</p>
      )}
      {summary.entities.length > FIRST ? (
        <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show ${Math.min(summary.entities.length, MOST) - FIRST} more`}
        </button>
      ) : null}
    </section>
  );
}
