/**
 * The CLI run in-process through main(argv, io): the JSON contract of PRODUCT.md on a real page and
 * on plain text, the Markdown report, and every kind of bad input (status 2, one line on stderr,
 * nothing on stdout). One test runs the built dist/cli.js when a build is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { cli, type Run } from './run.ts';
import { joinArticle } from '../../../src/core/model/article.ts';
import { Claim, Entity, Scorecard } from '../../../src/core/model/analysis.ts';
import { main } from '../../../src/cli/cli.ts';
import { looksLikeHtml } from '../../../src/cli/article.ts';
import { MAX_INPUT_BYTES, readCapped } from '../../../src/cli/input.ts';
import { CORPUS_DIR, REPO_ROOT, loadLabels, normalizeWhitespace } from '../../../scripts/lib/corpus.ts';

const SEED = path.join(CORPUS_DIR, 'pages/seed-china-russia.html');
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/pages/story-with-furniture.html');
const tmp = mkdtempSync(path.join(tmpdir(), 'sourcelight-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
};

/** The contract: offsets index `text`, cues sit inside their claims, shapes match the schemas. */
function expectContract(record: Record<string, unknown>): void {
  expect(Object.keys(record).slice(0, 6)).toEqual(['source', 'title', 'text', 'claims', 'entities', 'summary']);
  const text = record['text'] as string;
  for (const raw of record['claims'] as unknown[]) {
    const claim = Claim.parse(raw);
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
    expect(claim.cue.start).toBeGreaterThanOrEqual(claim.start);
    expect(claim.cue.end).toBeLessThanOrEqual(claim.end);
  }
  for (const raw of record['entities'] as unknown[]) {
    const entity = Entity.parse(raw);
    expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  }
  Scorecard.parse(record['summary']);
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sourcelight analyze (JSON)', () => {
  it('analyses a saved news page: its article text, claims and entities, with offsets into that text', async () => {
    const run = await cli(['analyze', SEED]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const record = JSON.parse(run.stdout);
    expectContract(record);
    expect(record.source).toBe(SEED);
    expect(record.title).toBe('China Sending Russia Missile And Drone Parts For Ukraine War, U.S. Reportedly Warns');
    expect(record.text.startsWith(`${record.title}\n\n`)).toBe(true);
    expect(record.text).not.toContain('Post a Comment');
    expect(record.meta.site).toBe('The Daily Dispatch');
    // The seed's labelled claims are all in the text the analysis ran on.
    const normalized = normalizeWhitespace(record.text);
    for (const label of loadLabels().filter((l) => l.page === 'seed-china-russia'))
      expect(normalized).toContain(normalizeWhitespace(label.quote));
    const anonymity = record.claims.find((c: { kind: string }) => c.kind === 'condition-of-anonymity');
    expect(anonymity?.cue.text).toMatch(/condition of anonymity/);
    expect(record.entities.some((e: { canonical: string }) => e.canonical === 'Janet Yellen')).toBe(true);
  });

  it('reads plain text: first line the title, blank lines between paragraphs', async () => {
    const p = file(
      'story.txt',
      '\n  Minister quits  \n\nThe minister resigned on Friday,\nofficials said.\n\n\nHe gave no reason.\n',
    );
    const record = JSON.parse((await cli(['analyze', p])).stdout);
    expectContract(record);
    expect(record.title).toBe('Minister quits');
    expect(record.text).toBe(
      joinArticle({
        title: 'Minister quits',
        blocks: [
          { kind: 'paragraph', text: 'The minister resigned on Friday, officials said.' },
          { kind: 'paragraph', text: 'He gave no reason.' },
        ],
      }).text,
    );
    expect(record.claims.map((c: { text: string }) => c.text)).toContain(
      'The minister resigned on Friday, officials said.',
    );
    expect(record).not.toHaveProperty('meta');
  });

  it('reads stdin for "-", and prints an array for several files, in order', async () => {
    const run = await cli(['analyze', FIXTURE, '-'], 'Stdin title\n\nA source said the deal was off.');
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout);
    expect(records.map((r: { source: string; title: string }) => [r.source, r.title])).toEqual([
      [FIXTURE, 'Harbour bridge to close for three weeks'],
      ['<stdin>', 'Stdin title'],
    ]);
    records.forEach(expectContract);
    expect(records[0].meta.sourcingPolicy.unnamedSourcesPolicy).toBe('https://courier.example/standards#anonymous');
  });

  it('decodes byte-order marks, and windows-1252 pages that declare nothing', async () => {
    const cp1252 = Buffer.from([
      ...Buffer.from('Title\n\nShe said '),
      0x93,
      ...Buffer.from('no'),
      0x94,
      ...Buffer.from(' to the plan.'),
    ]);
    expect(JSON.parse((await cli(['analyze', file('old.txt', cp1252)])).stdout).text).toContain(
      'She said “no” to the plan.',
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Title\n\nOfficials said it’s over.', 'utf16le'),
    ]);
    expect(JSON.parse((await cli(['analyze', file('utf16.txt', utf16)])).stdout).text).toBe(
      'Title\n\nOfficials said it’s over.',
    );
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\n\nBody text.')]);
    expect(JSON.parse((await cli(['analyze', file('bom.txt', bom)])).stdout).title).toBe('Title');
  });
});

describe('sourcelight analyze --format md', () => {
  it('prints a readable report: title, scorecard, claims with cue, kind and reason, entities', async () => {
    const run = await cli(['analyze', '--format', 'md', SEED]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md).toMatch(/^# China Sending Russia Missile/);
    expect(md).toContain('## Scorecard');
    expect(md).toMatch(/\| Anonymous-source claims \| \d+ \|/);
    expect(md).toMatch(/\(`condition-of-anonymity`, confidence 0\.\d\d\): /);
    expect(md).toContain('**on the condition of anonymity**');
    expect(md).toMatch(/\| Janet Yellen \| Person \| \d+ \|/);
  });

  it('escapes page text so it cannot inject Markdown', async () => {
    const p = file(
      'inject.txt',
      'Title with *stars* and [link](http://x)\n\nOfficials said the <b>plan</b> was | off.',
    );
    const md = (await cli(['analyze', '--format=md', p])).stdout;
    expect(md).toContain('# Title with \\*stars\\* and \\[link\\](http://x)');
    expect(md).not.toContain('<b>');
  });

  it("links the page's URL and sourcing policy, but never to anything but http(s)", async () => {
    const page = (url: string) =>
      file(
        'linked.html',
        `<!DOCTYPE html><html><head><link rel="canonical" href="${url}"></head><body><article><h1>Headline of the page</h1><p>Officials said on Tuesday that the plan was dead, and that a new one would follow within weeks.</p></article></body></html>`,
      );
    expect((await cli(['analyze', '--format', 'md', page('https://example.com/a story>')])).stdout).toContain(
      '[page](<https://example.com/a%20story%3E>)',
    );
    const hostile = (await cli(['analyze', '--format', 'md', page('javascript:alert(1)')])).stdout;
    expect(hostile).not.toContain('](<javascript');
    expect(hostile).toContain('page (javascript:alert(1))');
  });
});

describe('sourcelight: bad input exits 2 with one line on stderr and nothing on stdout', () => {
  mkdirSync(path.join(tmp, 'a-directory'), { recursive: true });
  const big = file('big.html', '');
  truncateSync(big, MAX_INPUT_BYTES + 1);
  const cases: [string, () => string[], RegExp, string?][] = [
    ['a missing file', () => ['analyze', path.join(tmp, 'missing.html')], /missing\.html: no such file$/],
    ['a directory', () => ['analyze', path.join(tmp, 'a-directory')], /a-directory: is a directory/],
    ['an empty file', () => ['analyze', file('empty.html', '')], /empty\.html: empty file$/],
    ['only white space', () => ['analyze', file('blank.txt', ' \n\t\n')], /blank\.txt: no text/],
    [
      'binary content',
      () => ['analyze', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))],
      /image\.png: binary content/,
    ],
    [
      'an absurdly large file (checked before reading)',
      () => ['analyze', big],
      /big\.html: too large \(50\.0 MB\): the limit is 50\.0 MB$/,
    ],
    [
      'a page with no article text',
      () => [
        'analyze',
        file('app.html', '<!DOCTYPE html><html><body><div id="app"></div><script>boot()</script></body></html>'),
      ],
      /app\.html: no article text found/,
    ],
    ['one bad file among good ones', () => ['analyze', SEED, path.join(tmp, 'nope.txt')], /nope\.txt: no such file$/],
    ['an unknown format', () => ['analyze', '--format', 'pdf', SEED], /unknown format "pdf"/],
    ['an unknown option', () => ['analyze', '--verbose', SEED], /unknown option "--verbose"/],
    ['no file', () => ['analyze'], /needs at least one FILE/],
    ['stdin twice', () => ['analyze', '-', '-'], /stdin \("-"\) can be read only once/],
    ['an unknown command', () => ['summarise', SEED], /unknown command "summarise"/],
    ['no command', () => [], /no command/],
    ['too much on stdin', () => ['analyze', '-'], /<stdin>: too large/, 'x'.repeat(16)],
    ['convert without --to', () => ['convert', file('notes.json', '[]')], /needs --to md, --to csv or --to jsonld/],
    [
      'convert to an unknown format',
      () => ['convert', file('notes2.json', '[]'), '--to', 'pdf'],
      /unknown target format "pdf"/,
    ],
    [
      'convert of a file that is not JSON',
      () => ['convert', file('notes.md', '# Notes'), '--to', 'csv'],
      /notes\.md: not a valid annotation file: \$: is not valid JSON/,
    ],
    [
      'convert of JSON that is not annotations',
      () => ['convert', file('other.json', '[{"type":"Annotation"}]'), '--to', 'md'],
      /other\.json: not a valid annotation file: \$\[0\]\.id: /,
    ],
  ];
  for (const [what, argv, message, stdin] of cases) {
    it(what, async () => {
      let run: Run;
      if (what === 'too much on stdin') {
        let stdout = '';
        let stderr = '';
        const code = await main(argv(), {
          stdout: (t) => {
            stdout += t;
          },
          stderr: (t) => {
            stderr += t;
          },
          readStdin: () => readCapped(Readable.from([Buffer.from(stdin ?? ''), Buffer.from(stdin ?? '')]), 20),
        });
        run = { code, stdout, stderr };
      } else run = await cli(argv());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sourcelight: [^\n]+\n$/);
      expect(run.stderr.trimEnd()).toMatch(message);
    });
  }
});

describe('sourcelight convert', () => {
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:0b6c5f9e-1c7d-4a57-9d0e-2f1c3b4a5d6e',
    type: 'Annotation',
    created: '2024-05-01T09:30:00Z',
    body: [
      { type: 'TextualBody', value: 'Who are these officials?', purpose: 'commenting' },
      { type: 'TextualBody', value: 'china', purpose: 'tagging' },
    ],
    target: {
      source: 'https://example.com/story',
      selector: [{ type: 'TextQuoteSelector', exact: 'officials said', prefix: 'Chinese ', suffix: ' they' }],
    },
  };
  const input = file('annotation.jsonld', JSON.stringify(annotation));

  it('writes a W3C Web Annotation as CSV, Markdown and an AnnotationCollection', async () => {
    const csv = await cli(['convert', input, '--to', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[1]).toContain('0b6c5f9e-1c7d-4a57-9d0e-2f1c3b4a5d6e,https://example.com/story');
    expect(csv.stdout).toContain('Who are these officials?');
    const md = await cli(['convert', input, '--to', 'md']);
    expect(md.stdout).toContain('> officials said');
    expect(md.stdout).toContain('#china');
    const jsonld = JSON.parse((await cli(['convert', input, '--to', 'jsonld'])).stdout);
    expect(jsonld.type).toBe('AnnotationCollection');
    expect(jsonld.first.items[0].id).toBe(annotation.id);
  });

  it('reads back what it wrote: jsonld → csv gives the same rows as the original', async () => {
    const jsonld = (await cli(['convert', input, '--to', 'jsonld'])).stdout;
    const again = await cli(['convert', '-', '--to', 'csv'], jsonld);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe((await cli(['convert', input, '--to', 'csv'])).stdout);
  });
});

describe('sourcelight --help and --version', () => {
  it('prints usage on stdout and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['analyze', '--help']]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('sourcelight analyze [--format json|md] FILE...');
      expect(run.stdout).toContain('sourcelight convert FILE --to md|csv|jsonld');
    }
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('input detection', () => {
  it('tells HTML from text by content', () => {
    expect(looksLikeHtml('<!doctype html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('\n  <html lang="en"><body>')).toBe(true);
    expect(looksLikeHtml('<div class="story"><p>Text</p></div>')).toBe(true);
    expect(looksLikeHtml('Title\n\nThe <b> tag makes text bold, she wrote.')).toBe(false);
    expect(looksLikeHtml('<3 this story\n\nIt was good.')).toBe(false);
  });
});

// npm test builds before the unit tests, so this runs there; a bare `npm run test:unit` without a build skips it.
const BUILT = path.join(REPO_ROOT, 'dist/cli.js');
describe.skipIf(!existsSync(BUILT))('the built dist/cli.js', () => {
  it('runs as a program: JSON on stdout, status 0; a missing file: status 2, one line on stderr', () => {
    const ok = spawnSync(process.execPath, [BUILT, 'analyze', SEED], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expectContract(JSON.parse(ok.stdout));
    const bad = spawnSync(process.execPath, [BUILT, 'analyze', path.join(tmp, 'missing.html')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^sourcelight: [^\n]+missing\.html: no such file\n$/);
  });
});
