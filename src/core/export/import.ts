/**
 * Reading annotation files: Sourcelight backups and W3C Web Annotation JSON-LD from other tools.
 *
 *   const result = importAnnotations(fileText);
 *   if (!result.ok) show(result.error);   // "$.first.items[3].target.selector[0].exact: must not be empty"
 *   else await store.importMany(result.annotations, { onProgress });
 *
 * Accepted shapes: one Annotation, an array of them, an AnnotationPage (`items`), or an
 * AnnotationCollection whose pages are embedded (`first.items`, following embedded `next` pages;
 * `items` directly on the collection is accepted too).
 *
 * Nothing is guessed silently and nothing is half-imported: the first problem rejects the whole
 * file with what is wrong and where, as a JSON path. Checks run in this order: file size, JSON
 * syntax, nesting depth and string lengths (guard.ts), the file's shape, then every annotation
 * with the zod schemas below and, finally, the Annotation schema itself.
 *
 * Backups (marked `sl:backup`, see backup.ts) are read strictly, so a restore gives back exactly
 * what was saved. Files from other tools are read leniently where the model allows variety:
 * - target: a SpecificResource (or an array of them; the first with a TextQuoteSelector is used)
 *   whose `source` is the page's URL (as a string or an object with `id`); the URL is made
 *   canonical; selectors other than TextQuoteSelector/TextPositionSelector are ignored, and a
 *   target without a TextQuoteSelector is an error, since Sourcelight places notes by their quote;
 * - bodies: `bodyValue`, or TextualBody objects: purpose `tagging` gives tags, `assessing` a verdict
 *   when it names one ("Needs source", "needs-source", "FALSE"…) and otherwise a line of the note,
 *   any other purpose (commenting, describing, replying…) the note; bodies that are links are
 *   listed in the note; `format: text/markdown` makes a Markdown note;
 * - an `id` that is not urn:uuid gets a stable UUID derived from it and is kept as `via`;
 * - missing `created`/`modified` are taken from each other, or from `options.now`.
 */
import * as z from 'zod/mini';
import { normalizeTags } from '../annotations/create.ts';
import { describeIssue, describeValue } from '../annotations/issues.ts';
import {
  Annotation,
  Correction,
  LIMITS,
  NoteFormat,
  PageUrl,
  Tag,
  TextPositionSelector,
  TextQuoteSelector,
  VERDICT_LABELS,
  VERDICTS,
  type Selector,
  type Verdict,
} from '../annotations/schema.ts';
import { canonicalUrl, siteOf } from '../annotations/url.ts';
import { ClaimKind } from '../model/analysis.ts';
import { BACKUP_MARKER, BACKUP_VERSION } from './backup.ts';
import { checkShape, describeJsonError, IMPORT_LIMITS } from './guard.ts';
import { UUID_URN, uuidFrom } from './ids.ts';

export type ImportSource = 'sourcelight-backup' | 'web-annotation';

export type ImportResult =
  | {
      ok: true;
      source: ImportSource;
      annotations: Annotation[];
      /** Things that were read but left out or changed, in words ("3 RangeSelectors ignored"). */
      notices: string[];
    }
  | {
      ok: false;
      /** `${path}: ${message}`, one line, for the CLI and the UI. */
      error: string;
      path: string;
      message: string;
    };

export interface ImportOptions {
  /** Stamp for annotations that carry no dates. Default now. */
  now?: Date;
}

class Reject extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (v: Obj): string[] => asList(v.type).filter((t): t is string => typeof t === 'string');

/** Validates `value` (found at `path`) with a zod schema, rejecting with the first issue. */
function check<T>(schema: z.ZodMiniType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new Reject(path, 'is not valid');
  const described = describeIssue(issue, value, path);
  throw new Reject(described.path, described.message);
}

const Iri = z.string().check(z.minLength(1), z.maxLength(LIMITS.url));
const Stamp = z.iso.datetime({ offset: true });
// Built once: a zod schema is an object graph, too costly to make per annotation.
const Text = (max: number) => z.string().check(z.maxLength(max));
const NoteText = Text(LIMITS.note);
const TitleText = Text(LIMITS.title);
const SiteText = Text(LIMITS.site);
const CueText = Text(LIMITS.cue);
const QuoteIn = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: TextQuoteSelector.shape.exact,
  prefix: z.optional(Text(LIMITS.context)),
  suffix: z.optional(Text(LIMITS.context)),
});
const PositionIn = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
});
const TextualBodyIn = z.object({
  value: NoteText,
  purpose: z.optional(z.union([z.string(), z.array(z.string())])),
  format: z.optional(z.union([z.string(), z.array(z.string())])),
});

const PURPOSE_NOTE = new Set([
  'commenting',
  'describing',
  'replying',
  'questioning',
  'editing',
  'highlighting',
  'linking',
  'identifying',
  'classifying',
  'bookmarking',
  'moderating',
]);

/** "Needs source", "needs-source", "NEEDS_SOURCE" → 'needs-source'; unknown → undefined. */
function verdictFrom(text: string): Verdict | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((VERDICTS as readonly string[]).includes(key)) return key as Verdict;
  return VERDICTS.find((v) => VERDICT_LABELS[v].toLowerCase() === text.trim().toLowerCase());
}

interface Context {
  strict: boolean;
  now: string;
  notices: Map<string, number>;
}

function notice(ctx: Context, what: string): void {
  ctx.notices.set(what, (ctx.notices.get(what) ?? 0) + 1);
}

function readId(item: Obj, p: string, ctx: Context): { id: string; via?: string } {
  if (item.id === undefined) throw new Reject(`${p}.id`, 'is missing (every Web Annotation has an IRI)');
  const iri = check(Iri, item.id, `${p}.id`);
  const urn = UUID_URN.exec(iri);
  // UUIDs are case-insensitive; a backup keeps the spelling it was saved with.
  if (urn?.[1]) return { id: ctx.strict ? urn[1] : urn[1].toLowerCase() };
  return { id: uuidFrom(iri), via: iri };
}

function readSource(target: Obj, p: string, ctx: Context): string {
  const raw = target.source;
  if (raw === undefined) throw new Reject(`${p}.source`, 'is missing: which page is annotated?');
  const iri = isObject(raw) ? check(Iri, raw.id, `${p}.source.id`) : check(Iri, raw, `${p}.source`);
  const url = ctx.strict ? iri : canonicalUrl(iri);
  check(PageUrl, url, isObject(raw) ? `${p}.source.id` : `${p}.source`);
  return url;
}

function readSelectors(target: Obj, p: string, ctx: Context): Selector[] | null {
  const list = asList(target.selector);
  const base = `${p}.selector`;
  let quote: Selector | undefined;
  let position: Selector | undefined;
  list.forEach((raw, i) => {
    const sp = Array.isArray(target.selector) ? `${base}[${i}]` : base;
    if (!isObject(raw)) {
      if (ctx.strict) throw new Reject(sp, `expected a selector object, got ${describeValue(raw)}`);
      notice(ctx, 'selectors given as links were ignored');
      return;
    }
    const type = typeof raw.type === 'string' ? raw.type : undefined;
    if (type === 'TextQuoteSelector' && !quote) {
      const q = check(QuoteIn, raw, sp);
      quote = { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
    } else if (type === 'TextPositionSelector' && !position) {
      const s = check(PositionIn, raw, sp);
      if (s.end <= s.start) throw new Reject(`${sp}.end`, `must be after start (${s.start}); got ${s.end}`);
      position = check(TextPositionSelector, s, sp);
    } else if (ctx.strict) {
      throw new Reject(
        `${sp}.type`,
        `expected "TextQuoteSelector" or "TextPositionSelector", got ${describeValue(raw.type)}`,
      );
    } else {
      notice(ctx, `${type ?? 'untyped'} selectors were ignored (Sourcelight places notes by quote and position)`);
    }
  });
  if (!quote) return null;
  // A position that does not span the quote would always be rejected when anchoring: drop it.
  if (
    position?.type === 'TextPositionSelector' &&
    quote.type === 'TextQuoteSelector' &&
    position.end - position.start !== quote.exact.length
  ) {
    if (ctx.strict) throw new Reject(base, 'the TextPositionSelector does not span the quote');
    notice(ctx, 'positions that did not match their quote were dropped');
    position = undefined;
  }
  return position ? [quote, position] : [quote];
}

function readTarget(item: Obj, p: string, ctx: Context): { source: string; selector: Selector[] } {
  if (item.target === undefined)
    throw new Reject(`${p}.target`, 'is missing: an annotation must say what it annotates');
  const targets = asList(item.target);
  const many = Array.isArray(item.target);
  if (ctx.strict && (many || !isObject(item.target)))
    throw new Reject(`${p}.target`, `expected one target object, got ${describeValue(item.target)}`);
  for (let i = 0; i < targets.length; i++) {
    const raw = targets[i];
    const tp = many ? `${p}.target[${i}]` : `${p}.target`;
    if (!isObject(raw)) continue; // a bare page IRI: nothing to place
    const selector = readSelectors(raw, tp, ctx);
    if (!selector) continue;
    return { source: readSource(raw, tp, ctx), selector };
  }
  throw new Reject(`${p}.target`, 'has no TextQuoteSelector: Sourcelight places a note by the text it quotes');
}

interface BodyParts {
  notes: string[];
  format: 'text' | 'markdown';
  verdict?: Verdict;
  tags: string[];
}

function readBodies(item: Obj, p: string, ctx: Context): BodyParts {
  const parts: BodyParts = { notes: [], format: 'text', tags: [] };
  if (item.body !== undefined && item.bodyValue !== undefined) {
    throw new Reject(p, 'has both body and bodyValue (the Web Annotation model allows one or the other)');
  }
  if (item.bodyValue !== undefined) {
    parts.notes.push(check(NoteText, item.bodyValue, `${p}.bodyValue`));
    return parts;
  }
  const many = Array.isArray(item.body);
  asList(item.body).forEach((raw, i) => {
    const bp = many ? `${p}.body[${i}]` : `${p}.body`;
    if (typeof raw === 'string' || (isObject(raw) && raw.value === undefined && typeof raw.id === 'string')) {
      if (ctx.strict) throw new Reject(bp, 'expected a TextualBody with a value');
      parts.notes.push(typeof raw === 'string' ? raw : String((raw as Obj).id));
      notice(ctx, 'bodies that are links were added to the note');
      return;
    }
    if (!isObject(raw)) throw new Reject(bp, `expected a body object, got ${describeValue(raw)}`);
    const body = check(TextualBodyIn, raw, bp);
    const purposes = asList(body.purpose).filter((x): x is string => typeof x === 'string');
    const formats = asList(body.format).filter((x): x is string => typeof x === 'string');
    if (purposes.includes('tagging')) {
      if (ctx.strict) check(Tag, body.value, `${bp}.value`);
      parts.tags.push(body.value);
    } else if (purposes.includes('assessing')) {
      const verdict = verdictFrom(body.value);
      if (verdict && !parts.verdict) parts.verdict = verdict;
      else if (ctx.strict) {
        throw new Reject(
          `${bp}.value`,
          `must be one of ${VERDICTS.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(body.value)}`,
        );
      } else if (body.value.trim()) parts.notes.push(`Assessment: ${body.value}`);
    } else {
      if (ctx.strict && purposes.some((x) => x !== 'commenting')) {
        throw new Reject(
          `${bp}.purpose`,
          `expected "commenting", "assessing" or "tagging", got ${describeValue(body.purpose)}`,
        );
      }
      if (!purposes.every((x) => PURPOSE_NOTE.has(x))) notice(ctx, 'bodies with unknown purposes were read as notes');
      parts.notes.push(body.value);
      if (formats.includes('text/markdown')) parts.format = 'markdown';
    }
  });
  return parts;
}

function readStamps(item: Obj, p: string, ctx: Context): { created: string; modified: string } {
  const read = (key: 'created' | 'modified') =>
    item[key] === undefined ? undefined : new Date(check(Stamp, item[key], `${p}.${key}`)).toISOString();
  const created = read('created');
  const modified = read('modified');
  if (ctx.strict && !created) throw new Reject(`${p}.created`, 'is missing');
  if (ctx.strict && !modified) throw new Reject(`${p}.modified`, 'is missing');
  const c = created ?? modified ?? ctx.now;
  const m = modified ?? created ?? ctx.now;
  if (m < c) {
    if (ctx.strict) throw new Reject(`${p}.modified`, `is before created (${c})`);
    return { created: c, modified: c };
  }
  return { created: c, modified: m };
}

function readAnnotation(raw: unknown, p: string, ctx: Context): Annotation {
  if (!isObject(raw)) throw new Reject(p, `expected an annotation object, got ${describeValue(raw)}`);
  if (!typesOf(raw).includes('Annotation')) {
    throw new Reject(`${p}.type`, `expected "Annotation", got ${describeValue(raw.type)}`);
  }
  const { id, via: derivedVia } = readId(raw, p, ctx);
  const target = readTarget(raw, p, ctx);
  const bodies = readBodies(raw, p, ctx);
  const stamps = readStamps(raw, p, ctx);
  const sl = (key: string) => raw[`sl:${key}`];
  const title = sl('pageTitle') === undefined ? '' : check(TitleText, sl('pageTitle'), `${p}["sl:pageTitle"]`);
  const site = sl('site') === undefined ? siteOf(target.source) : check(SiteText, sl('site'), `${p}["sl:site"]`);
  const kind = sl('claimKind') === undefined ? undefined : check(ClaimKind, sl('claimKind'), `${p}["sl:claimKind"]`);
  const cue = sl('claimCue') === undefined ? '' : check(CueText, sl('claimCue'), `${p}["sl:claimCue"]`);
  const correction =
    sl('correction') === undefined ? undefined : check(Correction, sl('correction'), `${p}["sl:correction"]`);
  const noteFormat =
    sl('noteFormat') === undefined ? undefined : check(NoteFormat, sl('noteFormat'), `${p}["sl:noteFormat"]`);
  const via = raw.via === undefined ? derivedVia : check(Iri, raw.via, `${p}.via`);
  const note = bodies.notes.join('\n\n');
  if (note.length > LIMITS.note)
    throw new Reject(
      p,
      `has notes of ${note.length.toLocaleString('en-US')} characters in all; at most ${LIMITS.note.toLocaleString('en-US')}`,
    );
  const tags = ctx.strict ? bodies.tags : normalizeTags(bodies.tags);
  const candidate = {
    id,
    target,
    body: {
      note,
      format: note ? bodies.format : (noteFormat ?? 'text'),
      ...(bodies.verdict ? { verdict: bodies.verdict } : {}),
      tags,
    },
    page: { title, site },
    ...(kind ? { claim: { kind, cue } } : {}),
    ...(correction ? { correction } : {}),
    ...(via ? { via } : {}),
    ...stamps,
  };
  const result = Annotation.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    const described = issue ? describeIssue(issue, candidate, '') : { path: '', message: 'is not valid' };
    throw new Reject(
      p,
      `does not make a valid annotation: ${described.path.replace(/^\./, '')} ${described.message}`.trim(),
    );
  }
  return result.data;
}

/** Where the annotations are in the file, with the JSON path of their array. */
function locateItems(data: unknown): { items: Array<{ value: unknown; path: string }>; backup: boolean } {
  const list = (array: unknown[], path: string) => array.map((value, i) => ({ value, path: `${path}[${i}]` }));
  if (Array.isArray(data)) return { items: list(data, '$'), backup: false };
  if (!isObject(data)) {
    throw new Reject(
      '$',
      `expected an annotation, an array of annotations, an AnnotationCollection or an AnnotationPage; got ${describeValue(data)}`,
    );
  }
  const backup = data[BACKUP_MARKER] !== undefined;
  if (backup) {
    const marker = data[BACKUP_MARKER];
    const version = isObject(marker) ? marker.version : undefined;
    if (typeof version !== 'number' || version > BACKUP_VERSION) {
      throw new Reject(
        `$["${BACKUP_MARKER}"].version`,
        `this Sourcelight reads backups up to version ${BACKUP_VERSION}; got ${describeValue(version)}`,
      );
    }
  }
  const types = typesOf(data);
  if (types.includes('Annotation')) return { items: [{ value: data, path: '$' }], backup };
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(data.items))
      throw new Reject('$.items', `expected an array of annotations, got ${describeValue(data.items)}`);
    return { items: list(data.items, '$.items'), backup };
  }
  if (types.includes('AnnotationCollection')) {
    if (Array.isArray(data.items)) return { items: list(data.items, '$.items'), backup };
    if (data.first === undefined) {
      if (data.total === 0) return { items: [], backup };
      throw new Reject('$.first', 'is missing: the collection has no page of annotations');
    }
    const items: Array<{ value: unknown; path: string }> = [];
    let page: unknown = data.first;
    let path = '$.first';
    while (page !== undefined) {
      if (typeof page === 'string') {
        throw new Reject(
          path,
          'is a link to a page of annotations, not the annotations: export the collection with its pages embedded',
        );
      }
      if (!isObject(page)) throw new Reject(path, `expected an AnnotationPage, got ${describeValue(page)}`);
      if (!Array.isArray(page.items))
        throw new Reject(`${path}.items`, `expected an array of annotations, got ${describeValue(page.items)}`);
      items.push(...list(page.items, `${path}.items`));
      page = page.next;
      path = `${path}.next`;
    }
    return { items, backup };
  }
  throw new Reject(
    '$.type',
    `expected "Annotation", "AnnotationCollection" or "AnnotationPage", got ${describeValue(data.type)}`,
  );
}

export function importAnnotations(jsonText: string, options: ImportOptions = {}): ImportResult {
  const fail = (path: string, message: string): ImportResult => ({
    ok: false,
    error: `${path}: ${message}`,
    path,
    message,
  });
  if (jsonText.length > IMPORT_LIMITS.fileChars) {
    return fail(
      '$',
      `the file has ${jsonText.length.toLocaleString('en-US')} characters; at most ${IMPORT_LIMITS.fileChars.toLocaleString('en-US')} are accepted`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText);
  } catch (error) {
    return fail('$', describeJsonError(error, jsonText));
  }
  const problem = checkShape(data);
  if (problem) return fail(problem.path, problem.message);
  try {
    const { items, backup } = locateItems(data);
    if (items.length > IMPORT_LIMITS.annotations) {
      return fail(
        '$',
        `has ${items.length.toLocaleString('en-US')} annotations; at most ${IMPORT_LIMITS.annotations.toLocaleString('en-US')} per file`,
      );
    }
    const ctx: Context = { strict: backup, now: (options.now ?? new Date()).toISOString(), notices: new Map() };
    const annotations = items.map(({ value, path }) => readAnnotation(value, path, ctx));
    const ids = new Set<string>();
    let repeated = 0;
    for (const a of annotations) ids.has(a.id) ? repeated++ : ids.add(a.id);
    if (repeated)
      ctx.notices.set('annotations repeat an id already in the file (the newest of each is kept)', repeated);
    const notices = [...ctx.notices].map(([what, count]) => (count > 1 ? `${count} × ${what}` : what));
    return { ok: true, source: backup ? 'sourcelight-backup' : 'web-annotation', annotations, notices };
  } catch (error) {
    if (error instanceof Reject) return fail(error.path, error.detail);
    throw error;
  }
}
