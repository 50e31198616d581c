/**
 * Identifiers in exported JSON-LD. Annotations are `urn:uuid:<id>`; an annotation imported from a
 * tool that used another kind of IRI gets a UUID derived from that IRI (so importing the same file
 * twice finds the same records) and keeps the IRI as `via`.
 */
import { formatUuid } from '../annotations/create.ts';

export const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export const annotationIri = (id: string) => `urn:uuid:${id}`;

/** A stable UUID (version 8, "custom") from any string: four 32-bit multiply-xorshift hashes. */
export function uuidFrom(text: string): string {
  const bytes = new Uint8Array(16);
  for (let lane = 0; lane < 4; lane++) {
    let h = 0x9e3779b9 ^ Math.imul(lane + 1, 0x85ebca6b);
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
      h ^= h >>> 13;
    }
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    h ^= h >>> 16;
    bytes[lane * 4] = h >>> 24;
    bytes[lane * 4 + 1] = (h >>> 16) & 0xff;
    bytes[lane * 4 + 2] = (h >>> 8) & 0xff;
    bytes[lane * 4 + 3] = h & 0xff;
  }
  return formatUuid(bytes, 8);
}
