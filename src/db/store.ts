/**
 * The annotation store: everything the background, popup and library do with saved annotations.
 *
 *   const store = await openStore();                          // or openStore({ indexedDB, IDBKeyRange }) in tests
 *   await store.save(newAnnotation({ ... }));                 // create; saving again updates and bumps `modified`
 *   await store.forUrl(canonicalUrl(location.href, hints));   // this page's annotations, in page order
 *   await store.list({ text: 'officials', verdict: 'needs-source', sort: 'modified', limit: 50 });
 *   const undo = await store.deleteMany(ids); await store.restore(undo);
 *   const report = await store.importMany(result.annotations, { onProgress });   // from importAnnotations()
 *   await store.checkEviction(settings.hadData);               // 'ok' | 'first-run' | 'evicted'
 *
 * Every write validates with the zod schema first, so the database only ever holds valid records.
 * Dates are stored as Date#toISOString() strings, so they sort as text.
 */
import { Annotation, CORRECTIONS, type Correction, type Verdict } from '../core/annotations/schema.ts';
import { laterStamp } from '../core/annotations/create.ts';
import type { ClaimKind } from '../core/model/analysis.ts';
import {
  CANARY_KEY,
  DEFAULT_DB_NAME,
  fromStored,
  SourcelightDatabase,
  toStored,
  type DatabaseOptions,
  type StoredAnnotation,
} from './database.ts';
import { queryWords } from './words.ts';

/** One way to narrow a query through an index. */
interface Lookup {
  keys: () => Promise<string[]>;
  records: () => Promise<StoredAnnotation[]>;
}

export interface StoreOptions extends DatabaseOptions {
  /** Database name; tests use a fresh one each. */
  name?: string;
  /** The clock for `modified` stamps (tests pin it). */
  now?: () => Date;
}

export async function openStore(options: StoreOptions = {}): Promise<AnnotationStore> {
  const db = new SourcelightDatabase(options.name ?? DEFAULT_DB_NAME, options);
  await db.open();
  return new AnnotationStore(db, options.now ?? (() => new Date()));
}

export type SortField = 'created' | 'modified' | 'site' | 'title' | 'verdict';

export interface ListQuery {
  /** Full-text search over quote and note: every word must start a word of either. */
  text?: string;
  url?: string;
  verdict?: Verdict | readonly Verdict[];
  tag?: string;
  site?: string;
  claimKind?: ClaimKind;
  /** A kind of correction, any correction, or only plain annotations. */
  correction?: Correction | 'any' | 'none';
  /** Created at or after (ISO date-time or Date). */
  from?: string | Date;
  /** Created at or before. */
  to?: string | Date;
  /** Default `modified`. */
  sort?: SortField;
  /** Default `desc` (newest first). */
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

export interface ListResult {
  items: Annotation[];
  /** Matches before offset/limit. */
  total: number;
}

/** What deleteMany removed, to hand back to restore() for undo. */
export interface Deletion {
  annotations: Annotation[];
}

export type ImportOutcome = 'added' | 'updated' | 'kept';

export interface ImportReport {
  added: number;
  updated: number;
  kept: number;
  /** One entry per distinct id in the input, in input order. */
  outcomes: Array<{ id: string; outcome: ImportOutcome }>;
}

export interface ImportOptions {
  /** Called after each chunk is written: done of total. */
  onProgress?: (done: number, total: number) => void;
}

export type EvictionStatus =
  /** The canary is there: the database is the one we wrote. */
  | 'ok'
  /** No canary and no record of earlier data: a new install. The canary is now planted. */
  | 'first-run'
  /** No canary although settings say there was data: the browser cleared the database. Warn. */
  | 'evicted';

const CHUNK = 1_000;
/** Below this many candidates, reading the records beats narrowing further through indexes. */
const FEW = 500;

const isoStamp = (value: string) => new Date(value).toISOString();
const toIso = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value).toISOString();

/** Stamps in one format, so that they sort as text in the indexes. */
function normalized(annotation: Annotation): Annotation {
  return { ...annotation, created: isoStamp(annotation.created), modified: isoStamp(annotation.modified) };
}

function positionStart(a: Annotation): number {
  const p = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return p?.type === 'TextPositionSelector' ? p.start : Number.MAX_SAFE_INTEGER;
}

function matches(record: StoredAnnotation, query: ListQuery, words: string[]): boolean {
  if (query.url !== undefined && record.target.source !== query.url) return false;
  if (query.site !== undefined && record.page.site !== query.site) return false;
  if (query.tag !== undefined && !record.body.tags.includes(query.tag)) return false;
  if (query.claimKind !== undefined && record.claim?.kind !== query.claimKind) return false;
  if (query.verdict !== undefined) {
    const wanted: readonly Verdict[] = typeof query.verdict === 'string' ? [query.verdict] : query.verdict;
    if (!record.body.verdict || !wanted.includes(record.body.verdict)) return false;
  }
  if (query.correction === 'none' && record.correction) return false;
  if (query.correction === 'any' && !record.correction) return false;
  if (
    query.correction &&
    query.correction !== 'any' &&
    query.correction !== 'none' &&
    record.correction !== query.correction
  ) {
    return false;
  }
  if (query.from !== undefined && record.created < toIso(query.from)) return false;
  if (query.to !== undefined && record.created > toIso(query.to)) return false;
  return words.every((w) => record.words.some((rw) => rw.startsWith(w)));
}

function comparator(sort: SortField, order: 'asc' | 'desc'): (a: StoredAnnotation, b: StoredAnnotation) => number {
  const sign = order === 'asc' ? 1 : -1;
  const key = (a: StoredAnnotation): string => {
    switch (sort) {
      case 'created':
        return a.created;
      case 'modified':
        return a.modified;
      case 'site':
        return a.page.site;
      case 'title':
        return a.page.title.toLowerCase();
      case 'verdict':
        return a.body.verdict ?? '\uffff';
    }
  };
  // Ties fall back to newest first, then id, so the order is stable between calls.
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x < y ? -sign : sign;
    if (a.modified !== b.modified) return a.modified < b.modified ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export class AnnotationStore {
  constructor(
    readonly db: SourcelightDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Creates the annotation, or updates the one with its id: the stored `created` is kept and
   * `modified` set to now (always later than before). Returns what was stored.
   */
  async save(annotation: Annotation): Promise<Annotation> {
    const parsed = normalized(Annotation.parse(annotation));
    return this.db.transaction('rw', this.db.annotations, async () => {
      const existing = await this.db.annotations.get(parsed.id);
      const saved: Annotation = existing
        ? { ...parsed, created: existing.created, modified: laterStamp(existing.modified, this.now()) }
        : parsed;
      await this.db.annotations.put(toStored(Annotation.parse(saved)));
      return saved;
    });
  }

  async get(id: string): Promise<Annotation | undefined> {
    const record = await this.db.annotations.get(id);
    return record && fromStored(record);
  }

  /** A page's annotations in reading order (by stored position, then creation). */
  async forUrl(url: string): Promise<Annotation[]> {
    const records = await this.db.annotations.where('target.source').equals(url).toArray();
    return records
      .map(fromStored)
      .sort(
        (a, b) => positionStart(a) - positionStart(b) || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0),
      );
  }

  async count(): Promise<number> {
    return this.db.annotations.count();
  }

  /** Annotations matching every given filter, sorted, with the total before paging. */
  async list(query: ListQuery = {}): Promise<ListResult> {
    const sort = query.sort ?? 'modified';
    const order = query.order ?? 'desc';
    const offset = Math.max(0, query.offset ?? 0);
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    const words = query.text ? queryWords(query.text) : [];
    const filtered =
      words.length > 0 ||
      [query.url, query.verdict, query.tag, query.site, query.claimKind, query.correction, query.from, query.to].some(
        (f) => f !== undefined,
      );
    if (query.text?.trim() && words.length === 0) return { items: [], total: 0 }; // nothing indexable, e.g. "the"

    if (!filtered && (sort === 'created' || sort === 'modified')) {
      // The common library view: one index walk, only the visible page is read.
      let collection = this.db.annotations.orderBy(sort);
      if (order === 'desc') collection = collection.reverse();
      collection = collection.offset(offset);
      if (Number.isFinite(limit)) collection = collection.limit(limit);
      const [records, total] = await Promise.all([collection.toArray(), this.db.annotations.count()]);
      return { items: records.map(fromStored), total };
    }

    const records = (await this.candidates(query, words)) ?? (await this.db.annotations.toArray());
    const hits = records.filter((r) => matches(r, query, words)).sort(comparator(sort, order));
    return { items: hits.slice(offset, offset + limit).map(fromStored), total: hits.length };
  }

  /** Shorthand for list({ ...query, text }). */
  search(text: string, query: Omit<ListQuery, 'text'> = {}): Promise<ListResult> {
    return this.list({ ...query, text });
  }

  /**
   * Index lookups the query allows, each able to give primary keys or records. Lists of values
   * are looked up one value at a time: `anyOf` walks a cursor with jumps, which some IndexedDB
   * implementations (fake-indexeddb among them) do in quadratic time.
   */
  private lookups(query: ListQuery): Lookup[] {
    const table = this.db.annotations;
    const equal = (index: string, values: ReadonlyArray<string>): Lookup => ({
      keys: async () => (await Promise.all(values.map((v) => table.where(index).equals(v).primaryKeys()))).flat(),
      records: async () => (await Promise.all(values.map((v) => table.where(index).equals(v).toArray()))).flat(),
    });
    const out: Lookup[] = [];
    if (query.url !== undefined) out.push(equal('target.source', [query.url]));
    if (query.tag !== undefined) out.push(equal('body.tags', [query.tag]));
    if (query.site !== undefined) out.push(equal('page.site', [query.site]));
    if (query.claimKind !== undefined) out.push(equal('claim.kind', [query.claimKind]));
    if (query.correction !== undefined && query.correction !== 'none') {
      out.push(equal('correction', query.correction === 'any' ? CORRECTIONS : [query.correction]));
    }
    if (query.verdict !== undefined)
      out.push(equal('body.verdict', typeof query.verdict === 'string' ? [query.verdict] : query.verdict));
    if (out.length === 0 && (query.from !== undefined || query.to !== undefined)) {
      const lo = query.from !== undefined ? toIso(query.from) : '';
      const hi = query.to !== undefined ? toIso(query.to) : '\uffff';
      const range = () => table.where('created').between(lo, hi, true, true);
      out.push({ keys: () => range().primaryKeys(), records: () => range().toArray() });
    }
    return out;
  }

  /**
   * The records that may match, from the indexes; `null` when no index helps. Every filter is
   * checked again on the records, so narrowing less only costs reading a few more records.
   * - One index lookup and no text: its records are read directly.
   * - Otherwise primary keys are intersected (keys only: far cheaper than records), text first —
   *   the longest query word's range of the word index, then further words and the other
   *   lookups — until few candidates remain; then those records are read. (Reading records
   *   straight from the multi-entry word index would need a de-duplicating cursor walk, which
   *   measured far slower than keys plus bulkGet.)
   */
  private async candidates(query: ListQuery, words: string[]): Promise<StoredAnnotation[] | null> {
    const lookups = this.lookups(query);
    const first = lookups[0];
    if (words.length === 0 && lookups.length === 1 && first) return first.records();
    if (words.length === 0 && lookups.length === 0) return null;
    let keys: Set<string> | null = null;
    const narrow = (found: string[]) => {
      const current: Set<string> | null = keys;
      keys = current === null ? new Set(found) : new Set(found.filter((k) => current.has(k)));
    };
    const steps: Array<() => Promise<string[]>> = [
      ...words.map((word) => () => this.db.annotations.where('words').startsWith(word).primaryKeys()),
      ...lookups.map((l) => l.keys),
    ];
    for (const step of steps) {
      if (keys !== null && (keys as Set<string>).size <= FEW) break;
      narrow(await step());
    }
    const found = await this.db.annotations.bulkGet([...(keys ?? new Set<string>())]);
    return found.filter((r): r is StoredAnnotation => r !== undefined);
  }

  /** Deletes the annotations (missing ids are ignored) and returns what restore() needs to undo it. */
  async deleteMany(ids: readonly string[]): Promise<Deletion> {
    return this.db.transaction('rw', this.db.annotations, async () => {
      const records = (await this.db.annotations.bulkGet([...ids])).filter(
        (r): r is StoredAnnotation => r !== undefined,
      );
      await this.db.annotations.bulkDelete(records.map((r) => r.id));
      return { annotations: records.map(fromStored) };
    });
  }

  /** Puts deleted annotations back exactly as they were. */
  async restore(deletion: Deletion): Promise<void> {
    const records = deletion.annotations.map((a) => toStored(Annotation.parse(a)));
    await this.db.annotations.bulkPut(records);
  }

  /**
   * Imports annotations in one transaction: all or nothing. An annotation whose id is already
   * stored replaces it only when its `modified` is newer ('updated'); otherwise the stored one is
   * kept ('kept'). Repeated ids in the input count once, the newest winning.
   */
  async importMany(annotations: readonly Annotation[], options: ImportOptions = {}): Promise<ImportReport> {
    // Validate everything before touching the database.
    const incoming = new Map<string, Annotation>();
    annotations.forEach((a, i) => {
      const parsed = Annotation.safeParse(a);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`Annotation ${i + 1} is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
      }
      const value = normalized(parsed.data);
      const seen = incoming.get(value.id);
      if (!seen || value.modified > seen.modified) incoming.set(value.id, value);
    });
    const list = [...incoming.values()];
    const report: ImportReport = { added: 0, updated: 0, kept: 0, outcomes: [] };
    await this.db.transaction('rw', this.db.annotations, async () => {
      for (let i = 0; i < list.length; i += CHUNK) {
        const chunk = list.slice(i, i + CHUNK);
        const existing = await this.db.annotations.bulkGet(chunk.map((a) => a.id));
        const writes: StoredAnnotation[] = [];
        chunk.forEach((a, j) => {
          const old = existing[j];
          const outcome: ImportOutcome = !old ? 'added' : a.modified > old.modified ? 'updated' : 'kept';
          report[outcome]++;
          report.outcomes.push({ id: a.id, outcome });
          if (outcome !== 'kept') writes.push(toStored(a));
        });
        if (writes.length) await this.db.annotations.bulkPut(writes);
        options.onProgress?.(Math.min(list.length, i + CHUNK), list.length);
      }
    });
    return report;
  }

  /** How many corrections of the detector of each kind are stored. */
  async correctionCounts(): Promise<Record<Correction, number>> {
    const counts = await Promise.all(CORRECTIONS.map((c) => this.db.annotations.where('correction').equals(c).count()));
    return Object.fromEntries(CORRECTIONS.map((c, i) => [c, counts[i] ?? 0])) as Record<Correction, number>;
  }

  /** Every tag in use with its number of annotations, most used first (for completion and filters). */
  async tags(): Promise<Array<{ tag: string; count: number }>> {
    const keys = (await this.db.annotations.orderBy('body.tags').keys()) as string[];
    return tally(keys).map(([tag, count]) => ({ tag, count }));
  }

  /** Every site with its number of annotations, most annotated first. */
  async sites(): Promise<Array<{ site: string; count: number }>> {
    const keys = (await this.db.annotations.orderBy('page.site').keys()) as string[];
    return tally(keys).map(([site, count]) => ({ site, count }));
  }

  /**
   * Whether the browser evicted the database. `expectData` comes from extension settings (kept
   * outside IndexedDB), set once this returned 'first-run' or 'ok'. The canary record is planted on
   * first run; when it is missing but settings say there was data, the data is gone.
   */
  async checkEviction(expectData: boolean): Promise<EvictionStatus> {
    return this.db.transaction('rw', this.db.meta, this.db.annotations, async () => {
      if (await this.db.meta.get(CANARY_KEY)) return 'ok';
      const count = await this.db.annotations.count();
      await this.db.meta.put({ key: CANARY_KEY, value: { planted: this.now().toISOString() } });
      if (count > 0) return 'ok';
      return expectData ? 'evicted' : 'first-run';
    });
  }

  /** Records the version 2 upgrade could not convert, kept so the reader's data is never dropped. */
  async unreadableCount(): Promise<number> {
    return this.db.unreadable.count();
  }

  /** Those records as they were, with why they could not be converted, for the reader to keep. */
  async unreadable(): Promise<Array<{ record: unknown; reason: string; at: string }>> {
    return (await this.db.unreadable.toArray()).map(({ record, reason, at }) => ({ record, reason, at }));
  }

  close(): void {
    this.db.close();
  }
}

function tally(keys: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
