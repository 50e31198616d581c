/** Search and filters over every annotation. */
import type { Correction } from '../../core/annotations/schema.ts';
import { CORRECTIONS, CORRECTION_LABELS } from '../../core/annotations/schema.ts';
import { VerdictOptions } from '../../dom/ui/VerdictOptions.tsx';
import { CLAIM_KINDS } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import type { SortField } from '../../db/store.ts';
import type { LibraryQuery } from './query.ts';
import { useState } from 'preact/hooks';

export interface FiltersProps {
  query: LibraryQuery;
  tags: Array<{ tag: string; count: number }>;
  sites: Array<{ site: string; count: number }>;
  onChange(query: LibraryQuery): void;
}

const SORT_LABELS: Record<SortField, string> = {
  modified: 'Last edited',
  created: 'Created',
  site: 'Site',
  title: 'Page title',
  verdict: 'Verdict',
};

/** Filters set besides the search, for the narrow layout's "Filters" button. */
function activeFilters(q: LibraryQuery): number {
  return [q.verdict, q.tag, q.site, q.claimKind, q.correction, q.from, q.to].filter(Boolean).length;
}

export function Filters({ query, tags, sites, onChange }: FiltersProps) {
  const set = <K extends keyof LibraryQuery>(key: K, value: LibraryQuery[K]) => onChange({ ...query, [key]: value });
  // In a narrow window the filters fold under a button (CSS shows it there only), so the notes come first.
  const [folded, setFolded] = useState(true);
  const active = activeFilters(query);
  return (
    <search class={`filters${folded ? ' folded' : ''}`}>
      <div class="search">
        <label>
          <span class="visually-hidden">Search quotes and notes</span>
          <input
            type="search"
            placeholder="Search quotes and notes…"
            value={query.text}
            onInput={(e) => set('text', e.currentTarget.value)}
          />
        </label>
        <button type="button" class="fold" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          Filters{active ? ` (${active})` : ''}
        </button>
      </div>
      <label>
        Verdict
        <select
          value={query.verdict}
          onChange={(e) => set('verdict', e.currentTarget.value as LibraryQuery['verdict'])}
        >
          <VerdictOptions empty="Any" />
        </select>
      </label>
      <label>
        Tag
        <select value={query.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        Site
        <select value={query.site} onChange={(e) => set('site', e.currentTarget.value)}>
          <option value="">Any</option>
          {sites.map((s) => (
            <option key={s.site} value={s.site}>
              {s.site} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        Claim kind
        <select
          value={query.claimKind}
          onChange={(e) => set('claimKind', e.currentTarget.value as LibraryQuery['claimKind'])}
        >
          <option value="">Any</option>
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {CLAIM_KIND_LABELS[k].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Corrections
        <select
          value={query.correction}
          onChange={(e) => set('correction', e.currentTarget.value as LibraryQuery['correction'])}
        >
          <option value="">Include</option>
          <option value="none">Notes only</option>
          <option value="any">Corrections only</option>
          {CORRECTIONS.map((c: Correction) => (
            <option key={c} value={c}>
              {CORRECTION_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={query.from} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        To
        <input type="date" value={query.to} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <div class="sort">
        <label>
          Sort by
          <select value={query.sort} onChange={(e) => set('sort', e.currentTarget.value as SortField)}>
            {(Object.keys(SORT_LABELS) as SortField[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-label={
            query.order === 'desc' ? 'Newest or last first; change order' : 'Oldest or first first; change order'
          }
          title="Change the order"
          onClick={() => set('order', query.order === 'desc' ? 'asc' : 'desc')}
        >
          {query.order === 'desc' ? '↓' : '↑'}
        </button>
      </div>
    </search>
  );
}
