/** The article's sourcing scorecard, in a few lines a reader takes in at a glance. */
import type { Scorecard as ScorecardData } from '../../core/model/analysis.ts';
import { CLAIM_KINDS } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { kindColor } from './swatches.ts';

export function Scorecard({ summary }: { summary: ScorecardData }) {
  const share = Math.round(summary.anonymousShare * 100);
  const kinds = CLAIM_KINDS.filter((k) => (summary.claimsByKind[k] ?? 0) > 0);
  return (
    <section class="scorecard" aria-label="Sourcing scorecard">
      <p class="headline">
        <strong>{summary.claims}</strong> anonymous-source claim{summary.claims === 1 ? '' : 's'}
        {summary.attributedStatements > 0 ? (
          <span class="muted">
            {' '}
            · {share}% of {summary.attributedStatements} attributed statements
          </span>
        ) : null}
      </p>
      {kinds.length ? (
        <ul class="plain kinds">
          {kinds.map((k) => (
            <li key={k}>
              <span class="swatch" style={`background:${kindColor(k)}`} aria-hidden="true" /> {CLAIM_KIND_LABELS[k].label}{' '}
              <strong>{summary.claimsByKind[k]}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <dl class="sources">
        <dt>On the record</dt>
        <dd>
          {summary.namedSources.length
            ? summary.namedSources.slice(0, 6).map((s) => `${s.name} (${s.citations})`).join(', ')
            : 'no one named'}
        </dd>
        <dt>Outlets relied on</dt>
        <dd>{summary.outlets.length ? summary.outlets.map((o) => `${o.name} (${o.citations})`).join(', ') : 'none'}</dd>
      </dl>
    </section>
  );
}
