/** fast-check generators of valid annotations with hostile text everywhere text can go. */
import fc from 'fast-check';
import { Annotation, LIMITS, Tag, VERDICTS, CORRECTIONS } from '../../../../src/core/annotations/schema.ts';
import { normalizeTags } from '../../../../src/core/annotations/create.ts';
import { canonicalUrl } from '../../../../src/core/annotations/url.ts';
import { CLAIM_KINDS } from '../../../../src/core/model/analysis.ts';

const nasty = fc.constantFrom(
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '\t',
  '😀',
  '👩‍👩‍👧',
  'שלום עולם',
  'مرحبا بالعالم',
  '\u202e',
  '\u0000',
  '\ud800',
  '<script>alert(1)</script>',
  '**bold**',
  '# h',
  '[x](javascript:alert(1))',
  '| a |',
  '`',
  '&amp;',
  '=1+1',
  '@SUM(A1)',
  '-',
  '+',
  ',',
  ';',
  '{"a":1}',
  ']]>',
  '\u2028',
);
export const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), nasty), { maxLength: 8 })
  .map((parts) => parts.join(''));
const someText = anyText.filter((t) => t.length > 0);

const stamp = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
});

const tags = fc.array(anyText, { maxLength: 5 }).map((list) =>
  normalizeTags(list)
    .filter((t) => Tag.safeParse(t).success)
    .slice(0, LIMITS.tags),
);

export const anyAnnotation = fc
  .record({
    id: fc.uuid(),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    exact: someText,
    prefix: anyText,
    suffix: anyText,
    start: fc.option(fc.nat({ max: 1_000_000 }), { nil: undefined }),
    note: anyText,
    format: fc.constantFrom('text' as const, 'markdown' as const),
    verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }),
    tags,
    title: anyText,
    site: anyText,
    claim: fc.option(fc.record({ kind: fc.constantFrom(...CLAIM_KINDS), cue: anyText }), { nil: undefined }),
    correction: fc.option(fc.constantFrom(...CORRECTIONS), { nil: undefined }),
    via: fc.option(fc.webUrl(), { nil: undefined }),
    created: stamp,
    later: fc.nat({ max: 10_000_000_000 }),
  })
  .map((r) => {
    const selector: unknown[] = [{ type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix }];
    if (r.start !== undefined)
      selector.push({ type: 'TextPositionSelector', start: r.start, end: r.start + r.exact.length });
    return {
      id: r.id,
      target: { source: canonicalUrl(r.url), selector },
      body: { note: r.note, format: r.format, ...(r.verdict ? { verdict: r.verdict } : {}), tags: r.tags },
      page: { title: r.title, site: r.site },
      ...(r.claim ? { claim: r.claim } : {}),
      ...(r.correction ? { correction: r.correction } : {}),
      ...(r.via ? { via: r.via } : {}),
      created: r.created.toISOString(),
      modified: new Date(Math.min(r.created.getTime() + r.later, Date.parse('2099-12-31T00:00:00Z'))).toISOString(),
    };
  })
  .filter((a) => Annotation.safeParse(a).success)
  .map((a) => Annotation.parse(a));
