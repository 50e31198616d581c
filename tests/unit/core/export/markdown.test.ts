import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { JSDOM } from 'jsdom';
import { toMarkdown, scorecardLine } from '../../../../src/core/export/markdown.ts';
import { newAnnotation } from '../../../../src/core/annotations/create.ts';
import type { Scorecard } from '../../../../src/core/model/analysis.ts';
import { sample } from './sample.ts';

// Raw HTML and autolinks on: the renderer is as permissive as Obsidian, so escaping must hold.
const md = new MarkdownIt({ html: true, linkify: true });
const { document: shared } = new JSDOM('').window;
const render = (markdown: string) => {
  shared.body.innerHTML = md.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
  return shared;
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const scorecard: Scorecard = {
  claims: 3,
  claimsByKind: {
    'condition-of-anonymity': 1,
    'familiar-with': 0,
    'unattributed-document': 0,
    'unnamed-official': 2,
    'unnamed-source': 0,
    allegedly: 0,
    reportedly: 0,
  },
  attributedStatements: 12,
  anonymousShare: 0.25,
  namedSources: [{ name: 'Janet Yellen', type: 'person', citations: 2 }],
  outlets: [{ name: 'Associated Press', type: 'outlet', citations: 1 }],
  entities: [],
  sentences: 30,
  words: 700,
};

describe('Markdown export', () => {
  const text = toMarkdown(sample(), {
    exported: new Date('2024-06-01T12:00:00.000Z'),
    scorecards: { 'https://www.example.com/world/china-russia': scorecard },
  });

  it('starts with YAML front matter that counts what is inside', () => {
    expect(
      text.startsWith(
        '---\ntitle: "Sourcelight notes"\nexported: "2024-06-01T12:00:00.000Z"\npages: 2\nannotations: 3\ncorrections: 1\ntags: ["china", "russia"]\n',
      ),
    ).toBe(true);
  });

  it('has one section per page with link, site, date read and the scorecard line', () => {
    const doc = render(text);
    const headings = [...doc.querySelectorAll('h2')];
    expect(headings.map((h) => h.textContent)).toEqual([
      'China Sending Russia Missile Parts, U.S. Reportedly Warns',
      '[Live] <b>Updates</b> | #1',
    ]);
    expect(headings.map((h) => h.querySelector('a')?.getAttribute('href'))).toEqual([
      'https://www.example.com/world/china-russia',
      'https://news.example.org/live',
    ]);
    const facts = doc.querySelector('ul')!.textContent!;
    expect(facts).toContain('Site: example.com');
    expect(facts).toContain('Read: 2024-05-01');
    expect(facts).toContain(
      'Sourcing: 3 anonymous-source claims of 12 attributed statements (25%) · On the record: Janet Yellen · Outlets: Associated Press',
    );
  });

  it('shows each passage as a block quote, then verdict, tags, claim, correction and the note', () => {
    const doc = render(text);
    const quotes = [...doc.querySelectorAll('blockquote')].map((q) => squash(q.textContent!));
    expect(quotes).toEqual([
      'officials told the Associated Press, speaking on the condition of anonymity',
      'The ministry denied it.',
      '=HYPERLINK("http://evil.test","click")',
    ]);
    const body = doc.body.textContent!;
    expect(body).toContain(
      'Verdict: Needs source · Tags: #china #russia · Claim: condition of anonymity (cue: “speaking on the condition of anonymity”)',
    );
    expect(body).toContain('Correction: Not a claim');
    expect(doc.body.innerHTML).toContain('Which officials?<br>');
    // A Markdown note keeps its formatting.
    expect([...doc.querySelectorAll('strong')].map((e) => e.textContent)).toContain('Bold');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('https://example.org/r');
  });

  it('formats the scorecard in one line', () => {
    expect(
      scorecardLine({
        ...scorecard,
        claims: 1,
        attributedStatements: 1,
        anonymousShare: 1,
        namedSources: [],
        outlets: [],
      }),
    ).toBe('1 anonymous-source claim of 1 attributed statement (100\\%)');
  });

  it('keeps page text inert: quotes and titles render as their own words, never as markup (property)', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '**bold**',
        '_em_',
        '# Heading',
        '- item',
        '1. item',
        '> quote',
        '[link](javascript:alert(1))',
        '![img](x.png)',
        'https://evil.test/x',
        'www.evil.test',
        'a@b.test',
        '| a | b |',
        '---',
        '===',
        '`code`',
        '~~strike~~',
        '==mark==',
        '$x^2$',
        '%%comment%%',
        '[[Wiki]]',
        '#tag',
        '&amp;',
        '&#60;b&#62;',
        '\\',
        '\n',
        '\n\n',
        '    indented',
        '\t',
        '😀',
        'שלום',
        'مرحبا',
        '\u202e',
        '"',
        "'",
      ),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, text, (quote, title) => {
        fc.pre(quote.trim().length > 0);
        const a = newAnnotation({
          source: 'https://example.com/p',
          selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
          page: { title },
          note: quote,
        });
        const doc = render(toMarkdown([a]));
        const block = doc.querySelector('blockquote');
        const expected = squash(quote);
        if (expected) {
          expect(squash(block?.textContent ?? '')).toBe(expected);
          expect([...block!.querySelectorAll('*')].every((e) => ['P', 'BR'].includes(e.tagName))).toBe(true);
        }
        const heading = doc.querySelector('h2')!;
        expect([...heading.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['A']);
        expect(squash(heading.textContent!)).toBe(squash(title) || 'https://example.com/p');
        // Nothing from the page became an element of its own anywhere in the document.
        const tags = new Set([...doc.body.querySelectorAll('*')].map((e) => e.tagName));
        for (const tag of tags) expect(['H1', 'H2', 'A', 'UL', 'LI', 'BLOCKQUOTE', 'P', 'BR']).toContain(tag);
        expect(doc.querySelectorAll('a')).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });
});
