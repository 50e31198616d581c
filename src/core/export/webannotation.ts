/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): what other annotation
 * tools read, and the body of Sourcelight's backups.
 *
 * Every annotation written here meets the MUST assertions of the W3C Web Annotation test suite
 * (web-platform-tests/annotation-model, "annotationMusts"): `@context` includes
 * http://www.w3.org/ns/anno.jsonld; `id` is an IRI (urn:uuid:…); `type` is "Annotation"; `target`
 * is a SpecificResource with `source` (the page's URL) and a TextQuoteSelector plus, when known, a
 * TextPositionSelector; bodies are TextualBody objects with a string `value` and a `purpose` from
 * the model's list (commenting = the note, assessing = the verdict, tagging = one per tag); no
 * `bodyValue` beside `body`; `created`/`modified` are xsd:dateTime in UTC.
 *
 * Sourcelight's own fields have no W3C term and travel as extension properties in the `sl:`
 * namespace, declared in the context, so nothing is lost: `sl:pageTitle`, `sl:site`,
 * `sl:claimKind`, `sl:claimCue`, `sl:correction`, `sl:noteFormat` (only when the note is empty).
 *
 *   {
 *     "@context": ["http://www.w3.org/ns/anno.jsonld", { "sl": "urn:sourcelight:" }],
 *     "id": "urn:uuid:0b6c…", "type": "Annotation", "motivation": "assessing",
 *     "created": "2024-05-01T09:30:00.000Z", "modified": "2024-05-01T09:31:12.000Z",
 *     "generator": { "type": "Software", "name": "Sourcelight" },
 *     "body": [
 *       { "type": "TextualBody", "purpose": "commenting", "value": "Who?", "format": "text/plain" },
 *       { "type": "TextualBody", "purpose": "assessing", "value": "needs-source" },
 *       { "type": "TextualBody", "purpose": "tagging", "value": "china" }
 *     ],
 *     "target": { "source": "https://example.com/story", "selector": [
 *       { "type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…" },
 *       { "type": "TextPositionSelector", "start": 120, "end": 134 } ] },
 *     "sl:pageTitle": "Story title", "sl:site": "example.com"
 *   }
 *
 * A collection is an AnnotationCollection with one embedded AnnotationPage holding the items.
 */
import type { Annotation } from '../annotations/schema.ts';
import { annotationIri, uuidFrom } from './ids.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of Sourcelight's extension properties. */
export const SL_NAMESPACE = 'urn:sourcelight:';
export const CONTEXT = [ANNO_CONTEXT, { sl: SL_NAMESPACE }] as const;
export const GENERATOR = { type: 'Software', name: 'Sourcelight' } as const;

export const MEDIA_TYPE = { text: 'text/plain', markdown: 'text/markdown' } as const;

/** One JSON value; what the exporters build. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function motivation(a: Annotation): string {
  if (a.body.verdict || a.correction) return 'assessing';
  if (a.body.note) return 'commenting';
  if (a.body.tags.length) return 'tagging';
  return 'highlighting';
}

export function toWebAnnotation(a: Annotation): { [key: string]: Json } {
  const body: Json[] = [];
  if (a.body.note) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.body.note, format: MEDIA_TYPE[a.body.format] });
  }
  if (a.body.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: a.body.verdict });
  for (const tag of a.body.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const out: { [key: string]: Json } = {
    '@context': [...CONTEXT] as Json,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivation(a),
    created: a.created,
    modified: a.modified,
    generator: { ...GENERATOR },
  };
  if (body.length) out.body = body;
  out.target = { source: a.target.source, selector: a.target.selector.map((s) => ({ ...s })) };
  if (a.via) out.via = a.via;
  out['sl:pageTitle'] = a.page.title;
  out['sl:site'] = a.page.site;
  if (!a.body.note && a.body.format !== 'text') out['sl:noteFormat'] = a.body.format;
  if (a.claim) {
    out['sl:claimKind'] = a.claim.kind;
    out['sl:claimCue'] = a.claim.cue;
  }
  if (a.correction) out['sl:correction'] = a.correction;
  return out;
}

export interface CollectionOptions {
  /** When the file is made (defaults to now); also seeds the collection's id. */
  generated?: Date;
  label?: string;
}

/** An AnnotationCollection with every annotation in one embedded AnnotationPage. */
export function toAnnotationCollection(
  annotations: readonly Annotation[],
  options: CollectionOptions = {},
): { [key: string]: Json } {
  const generated = (options.generated ?? new Date()).toISOString();
  const id = uuidFrom(`${generated}\n${annotations.map((a) => a.id).join('\n')}`);
  return {
    '@context': [...CONTEXT] as Json,
    id: annotationIri(id),
    type: 'AnnotationCollection',
    label: options.label ?? 'Sourcelight annotations',
    total: annotations.length,
    generator: { ...GENERATOR },
    generated,
    first: {
      id: annotationIri(uuidFrom(`${id}\npage 1`)),
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map(toWebAnnotation),
    },
  };
}
