/** The article's sourcing scorecard, in a few plain sentences a reader takes in at a glance. */
import type { Scorecard as ScorecardData } from '../../core/model/analysis.ts';
import { CLAIM_KINDS } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { kindColor } from './swatches.ts';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "That is 56% of the 18 statements this article credits to a source": the share, in words. */
export function shareSentence(summary: ScorecardData): string {
  const { claims, attributedStatements: all } = summary;
  if (all === 0) return 'The article credits no statement to a source, named or not.';
  const named = all - claims;
  const share = Math.round(summary.anonymousShare * 100);
  const rest =
    named === 0
      ? 'none names who said it'
      : named === all
        ? 'each names who said it'
        : `the other ${named} name${named === 1 ? 's' : ''} who said ${named === 1 ? 'it' : 'them'}`;
  return `That is ${share}% of the ${plural(all, 'statement')} this article credits to a source; ${rest}.`;
}

export function Scorecard({ summary }: { summary: ScorecardData }) {
  const kinds = CLAIM_KINDS.filter((k) => (summary.claimsByKind[k] ?? 0) > 0);
  return (
    <section class="scorecard" aria-label="Sourcing scorecard">
      <p class="headline">
        {summary.claims ? (
          <>
            <strong class="big">{summary.claims}</strong> {summary.claims === 1 ? 'claim rests' : 'claims rest'} on an
            anonymous source or an unconfirmed report.
          </>
        ) : (
          'No claim rests on an anonymous source or an unconfirmed report.'
        )}
      </p>
      <p class="share">{shareSentence(summary)}</p>
      {kinds.length ? (
        <ul class="plain kinds" aria-label="Claims by kind">
          {kinds.map((k) => (
            <li key={k} title={CLAIM_KIND_LABELS[k].help}>
              <span class="swatch" style={`background:${kindColor(k)}`} aria-hidden="true" />{' '}
              {CLAIM_KIND_LABELS[k].label} <strong>{summary.claimsByKind[k]}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <dl class="sources">
        <dt>Statements on the record, by who made them</dt>
        <dd>
          {summary.namedSources.length ? (
            <Counts items={summary.namedSources.slice(0, 6)} />
          ) : (
            'none: no one is named as a source'
          )}
        </dd>
        <dt>Times other outlets are cited</dt>
        <dd>{summary.outlets.length ? <Counts items={summary.outlets} /> : 'none'}</dd>
      </dl>
    </section>
  );
}

/** "Janet Yellen 2 · Joe Biden 1": names with a count whose unit the heading above says. */
function Counts({ items }: { items: ReadonlyArray<{ name: string; citations: number }> }) {
  return (
    <ul class="plain counts">
      {items.map((s) => (
        <li key={s.name}>
          {s.name} <strong>{s.citations}</strong>
        </li>
      ))}
    </ul>
  );
}
