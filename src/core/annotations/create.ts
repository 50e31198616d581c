/**
 * Making and editing annotations with the bookkeeping done right: a fresh UUID, created/modified
 * stamps, tags trimmed and de-duplicated, and the result validated against the schema.
 *
 *   const a = newAnnotation({
 *     source: canonicalUrl(location.href, hints),
 *     selector: describe(articleText, start, end),
 *     page: { title: document.title, site: siteOf(url) },
 *     verdict: 'needs-source', tags: ['china'], note: 'Who are these officials?',
 *   });
 *   const b = editAnnotation(a, { note: 'Named later by Reuters.' });   // bumps `modified`
 *
 * Both throw a zod error when the result is not a valid Annotation (e.g. an empty quote); the UI
 * only calls them with values it built itself.
 */
import {
  Annotation,
  type ClaimRef,
  type Correction,
  type NoteFormat,
  type PageInfo,
  type Selector,
  type Verdict,
} from './schema.ts';
import { siteOf } from './url.ts';

export interface AnnotationFields {
  source: string;
  selector: Selector[];
  page?: Partial<PageInfo>;
  note?: string;
  format?: NoteFormat;
  verdict?: Verdict;
  tags?: readonly string[];
  claim?: ClaimRef;
  correction?: Correction;
}

export interface Clock {
  /** Defaults to a random UUID v4. */
  id?: string;
  /** Defaults to the current time. */
  now?: Date;
}

interface CryptoLike {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** A random UUID v4, from the platform's crypto when it has one (browsers, workers, Node ≥ 19). */
export function newId(): string {
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  return formatUuid(bytes, 4);
}

/** Formats 16 bytes as a UUID string, stamping version and RFC 4122 variant bits. */
export function formatUuid(bytes: Uint8Array, version: number): string {
  const b = Uint8Array.from(bytes);
  b[6] = ((b[6] ?? 0) & 0x0f) | (version << 4);
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Trimmed, whitespace-collapsed, non-empty, unique (case-insensitively, first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/[\p{Cc}\s]+/gu, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function newAnnotation(fields: AnnotationFields, clock: Clock = {}): Annotation {
  const now = (clock.now ?? new Date()).toISOString();
  return Annotation.parse({
    id: (clock.id ?? newId()).toLowerCase(),
    target: { source: fields.source, selector: fields.selector },
    body: {
      note: fields.note ?? '',
      format: fields.format ?? 'text',
      ...(fields.verdict ? { verdict: fields.verdict } : {}),
      tags: normalizeTags(fields.tags ?? []),
    },
    page: { title: fields.page?.title ?? '', site: fields.page?.site ?? siteOf(fields.source) },
    ...(fields.claim ? { claim: fields.claim } : {}),
    ...(fields.correction ? { correction: fields.correction } : {}),
    created: now,
    modified: now,
  });
}

export interface AnnotationEdit {
  note?: string;
  format?: NoteFormat;
  /** `null` clears the verdict. */
  verdict?: Verdict | null;
  tags?: readonly string[];
  /** `null` clears the correction. */
  correction?: Correction | null;
}

/** The annotation with the edit applied and `modified` bumped (never earlier than before). */
export function editAnnotation(annotation: Annotation, edit: AnnotationEdit, now: Date = new Date()): Annotation {
  const { verdict: _verdict, ...bodyRest } = annotation.body;
  const verdict = edit.verdict === undefined ? annotation.body.verdict : (edit.verdict ?? undefined);
  const { correction: _correction, ...rest } = annotation;
  const correction = edit.correction === undefined ? annotation.correction : (edit.correction ?? undefined);
  return Annotation.parse({
    ...rest,
    body: {
      ...bodyRest,
      ...(edit.note !== undefined ? { note: edit.note } : {}),
      ...(edit.format !== undefined ? { format: edit.format } : {}),
      ...(verdict ? { verdict } : {}),
      ...(edit.tags !== undefined ? { tags: normalizeTags(edit.tags) } : {}),
    },
    ...(correction ? { correction } : {}),
    modified: laterStamp(annotation.modified, now),
  });
}

/** `now` as an ISO stamp, or 1 ms after `previous` when the clock has not moved past it. */
export function laterStamp(previous: string, now: Date): string {
  const before = Date.parse(previous);
  return new Date(Math.max(now.getTime(), Number.isNaN(before) ? 0 : before + 1)).toISOString();
}
