/**
 * BIO tag sets: "O", then "B-X" and "I-X" for each span type X. A span is a B tag followed by the
 * I tags of the same type; an I tag may only follow B or I of its own type.
 */

export interface TagSet {
  names: readonly string[];
  /** Span type of each tag ('' for O). */
  types: readonly string[];
  /** Whether tag `next` may follow tag `prev` (prev = -1 at a sequence's start). */
  allowed(prev: number, next: number): boolean;
  /** The B tag of each tag's type (O for O): what an I tag becomes where it may not follow. */
  beginOf: readonly number[];
}

export function bioTags(types: readonly string[]): TagSet {
  const names = ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];
  const typeOf = names.map((n) => (n === 'O' ? '' : n.slice(2)));
  const inside = names.map((n) => n.startsWith('I-'));
  // allow[(prev + 1) * n + next], so a sequence's start (prev = -1) has a row of its own.
  const n = names.length;
  const allow = new Uint8Array((n + 1) * n);
  for (let p = -1; p < n; p++) {
    for (let q = 0; q < n; q++) {
      allow[(p + 1) * n + q] = !inside[q] || (p >= 0 && typeOf[p] === typeOf[q]) ? 1 : 0;
    }
  }
  const beginOf = names.map((name) => (name === 'O' ? 0 : names.indexOf(`B-${name.slice(2)}`)));
  return { names, types: typeOf, allowed: (prev, next) => allow[(prev + 1) * n + next] === 1, beginOf };
}

export interface TypedSpan {
  type: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

const OUTSIDE = 0;
const BEGIN = 1;
const INSIDE = 2;
/** Each tag set's tags as OUTSIDE, BEGIN or INSIDE: read per token by spansOf, instead of their names. */
const kindsOf = new WeakMap<TagSet, Uint8Array>();

function kinds(set: TagSet): Uint8Array {
  let k = kindsOf.get(set);
  if (!k) {
    k = Uint8Array.from(set.names, (name) => (name === 'O' ? OUTSIDE : name.startsWith('B-') ? BEGIN : INSIDE));
    kindsOf.set(set, k);
  }
  return k;
}

/** The spans a tag sequence spells (an I with no B before it starts a span, as conlleval reads it). */
export function spansOf(tags: ArrayLike<number>, set: TagSet): TypedSpan[] {
  const kind = kinds(set);
  const spans: TypedSpan[] = [];
  let open: TypedSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const k = kind[tag]!;
    const type = set.types[tag]!;
    if (open && (k !== INSIDE || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (k !== OUTSIDE && !open) open = { type, start: i, end: i + 1 };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}
