/**
 * The library's filters, kept in the address (#q=…&verdict=…) so a reload or a bookmark keeps them.
 */
import type { Correction, Verdict } from '../../core/annotations/schema.ts';
import { CORRECTIONS, VERDICTS } from '../../core/annotations/schema.ts';
import { CLAIM_KINDS, type ClaimKind } from '../../core/model/analysis.ts';
import type { ListQuery, SortField } from '../../db/store.ts';

export interface LibraryQuery {
  text: string;
  verdict: Verdict | '';
  tag: string;
  site: string;
  claimKind: ClaimKind | '';
  correction: Correction | 'any' | 'none' | '';
  from: string;
  to: string;
  sort: SortField;
  order: 'asc' | 'desc';
}

export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  verdict: '',
  tag: '',
  site: '',
  claimKind: '',
  correction: '',
  from: '',
  to: '',
  sort: 'modified',
  order: 'desc',
};

const SORTS: readonly SortField[] = ['modified', 'created', 'site', 'title', 'verdict'];
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  list.includes(value as T) ? (value as T) : '';
const isDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

export function readQuery(hash: string): LibraryQuery {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    text: p.get('q') ?? '',
    verdict: oneOf(VERDICTS, p.get('verdict')),
    tag: p.get('tag') ?? '',
    site: p.get('site') ?? '',
    claimKind: oneOf(CLAIM_KINDS, p.get('kind')),
    correction: oneOf([...CORRECTIONS, 'any', 'none'] as const, p.get('correction')),
    from: isDay(p.get('from')),
    to: isDay(p.get('to')),
    sort: oneOf(SORTS, p.get('sort')) || 'modified',
    order: p.get('order') === 'asc' ? 'asc' : 'desc',
  };
}

export function writeQuery(q: LibraryQuery): string {
  const p = new URLSearchParams();
  const set = (key: string, value: string, fallback = '') => value !== fallback && p.set(key, value);
  set('q', q.text);
  set('verdict', q.verdict);
  set('tag', q.tag);
  set('site', q.site);
  set('kind', q.claimKind);
  set('correction', q.correction);
  set('from', q.from);
  set('to', q.to);
  set('sort', q.sort, 'modified');
  set('order', q.order, 'desc');
  const s = p.toString();
  return s ? `#${s}` : '';
}

export function isFiltered(q: LibraryQuery): boolean {
  return writeQuery({ ...q, sort: 'modified', order: 'desc' }) !== '';
}

/** The store query for these filters; dates are whole local days. */
export function toListQuery(q: LibraryQuery): ListQuery {
  return {
    ...(q.text.trim() ? { text: q.text } : {}),
    ...(q.verdict ? { verdict: q.verdict } : {}),
    ...(q.tag ? { tag: q.tag } : {}),
    ...(q.site ? { site: q.site } : {}),
    ...(q.claimKind ? { claimKind: q.claimKind } : {}),
    ...(q.correction ? { correction: q.correction } : {}),
    ...(q.from ? { from: new Date(`${q.from}T00:00:00`) } : {}),
    ...(q.to ? { to: new Date(`${q.to}T23:59:59.999`) } : {}),
    sort: q.sort,
    order: q.order,
  };
}
