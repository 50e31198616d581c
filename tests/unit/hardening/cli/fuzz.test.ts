/**
 * The CLI on inputs nobody should give it — random bytes, truncated pages, NUL bytes, invalid UTF-8,
 * markup nested 100,000 deep, an empty file, a directory, a missing file: every run ends with a
 * result (status 0, valid JSON on stdout) or status 2 with one line on stderr that is not a stack
 * trace, and nothing on stdout. tests/unit/cli/cli.test.ts checks the specific messages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, type Run } from '../../cli/run.ts';
import { MAX_NESTING, measureMarkup } from '../../../../src/cli/markup.ts';
import { CORPUS_DIR, REPO_ROOT } from '../../../../scripts/lib/corpus.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'sourcelight-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let files = 0;
function file(content: string | Uint8Array, name = `input-${files++}.html`): string {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
}

/**
 * The contract for any input: a result, or status 2 and one plain line. `json`: the result must be
 * JSON (--format json); `echoed`: a path the message may repeat, not counted in its length.
 */
function expectOutcome(run: Run, { json = true, echoed = '' } = {}): 'result' | 'refused' {
  if (run.code === 0) {
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeGreaterThan(0);
    if (json) expect(() => JSON.parse(run.stdout)).not.toThrow();
    return 'result';
  }
  expect(run, 'status 2 (bad input), not an internal error').toMatchObject({ code: 2, stdout: '' });
  expect(run.stderr).toMatch(/^sourcelight: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|\n\s+at |Error:|TypeError|RangeError/);
  expect(run.stderr.replace(echoed, '').length).toBeLessThan(300);
  return 'refused';
}

const seedPage = readFileSync(path.join(CORPUS_DIR, 'pages/seed-china-russia.html'));
const story =
  '<p>Two U.S. officials told the Associated Press, speaking on the condition of anonymity, that Janet Yellen would travel to Beijing next week.</p>';

describe('sourcelight analyze on fuzzed input', () => {
  it('random bytes, from a file and from stdin', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, viaStdin) => {
        const run = viaStdin ? await cli(['analyze', '-'], bytes) : await cli(['analyze', file(bytes)]);
        outcomes.add(expectOutcome(run));
      }),
      { numRuns: 150 },
    );
    expect(outcomes.has('refused')).toBe(true);
  });

  it('random text, HTML-looking or not, in any script', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 2000 }),
      fc
        .array(
          fc.constantFrom(
            '<p>',
            '</p>',
            '<div>',
            '</div>',
            '<!--',
            '-->',
            '<script>',
            '</script>',
            '<br>',
            'officials said',
            ' ',
            '\n\n',
            '&amp;',
            '&#0;',
            '<![CDATA[',
            '<?xml',
            '<!DOCTYPE html>',
            'قال',
            '官员',
          ),
          { maxLength: 300 },
        )
        .map((p) => p.join('')),
    );
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('json', 'md'), async (content, format) => {
        outcomes.add(
          expectOutcome(await cli(['analyze', '--format', format, file(content)]), { json: format === 'json' }),
        );
      }),
      { numRuns: 150 },
    );
    expect(outcomes).toEqual(new Set(['result', 'refused']));
  });

  it('a real page cut off anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seedPage.length }), async (cut) => {
        expectOutcome(await cli(['analyze', file(seedPage.subarray(0, cut))]));
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('NUL bytes and invalid UTF-8 sequences inside a page', async () => {
    const page = Buffer.from(
      `<!DOCTYPE html><html><body><article><h1>Talks stall</h1>${story.repeat(5)}</article></body></html>`,
    );
    const damage = fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          [0x00],
          [0xff],
          [0xc3],
          [0xe2, 0x82],
          [0xed, 0xa0, 0x80],
          [0xf4, 0x90, 0x80, 0x80],
          [0xc0, 0xaf],
          [0xfe, 0xff],
        ),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(damage, async (insertions) => {
        let bytes = Uint8Array.from(page);
        for (const [at, seq] of insertions) {
          const i = at % (bytes.length + 1);
          bytes = Uint8Array.from([...bytes.subarray(0, i), ...seq, ...bytes.subarray(i)]);
        }
        outcomes.add(expectOutcome(await cli(['analyze', file(bytes)])));
      }),
      { numRuns: 60 },
    );
    // A NUL is refused as binary; stray high bytes are read as windows-1252 and the page analysed.
    expect(outcomes).toEqual(new Set(['result', 'refused']));
  });

  it('markup nested 100,000 elements deep, closed or never closed: refused at once, before parsing', async () => {
    const started = performance.now();
    for (const html of [
      `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}${story.repeat(4)}${'</div>'.repeat(100_000)}</body></html>`,
      `<!DOCTYPE html><html><body>${'<span><b>'.repeat(50_000)}${story.repeat(4)}</body></html>`,
      `<!DOCTYPE html><html><body><article><h1>Deep</h1>${story.repeat(4)}${'<blockquote></i>'.repeat(100_000)}officials said</article></body></html>`,
      `<!DOCTYPE html><html><body><svg><foreignObject>${'<div/>'.repeat(100_000)}${story}</foreignObject></svg></body></html>`,
    ]) {
      const run = await cli(['analyze', file(html)]);
      expect(expectOutcome(run)).toBe('refused');
      expect(run.stderr).toMatch(/: elements nested too deeply to read \(more than 2,000 levels\)\n$/);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
    // As deep as the limit allows: read.
    expect(
      expectOutcome(
        await cli([
          'analyze',
          file(`<!DOCTYPE html><html><body>${'<div>'.repeat(MAX_NESTING - 10)}${story.repeat(4)}</body></html>`),
        ]),
      ),
    ).toBe('result');
  }, 30_000);

  it('counts nesting never shallower than the HTML parser builds it, and real pages far below the limit', () => {
    const soup = fc
      .array(
        fc.constantFrom(
          '<div>',
          '</div>',
          '<p>',
          '</p>',
          '<li>',
          '<span>',
          '</span>',
          '</b>',
          '<b>',
          '<td>',
          '<tr>',
          '<dd>',
          '<dt>',
          '<option>',
          '<svg>',
          '</svg>',
          '<path/>',
          '<div/>',
          '<foreignObject>',
          '</foreignObject>',
          '<math>',
          '<mi>',
          '</mi>',
          '<br>',
          '<hr>',
          '<img src=x>',
          '<script>',
          '</script>',
          '<!--',
          '-->',
          '<title>',
          '</title>',
          '<h2>',
          '<table>',
          '<ul>',
          'text',
          '<a href="x>y">',
          '</a>',
          '<X-Y>',
          '</x-y>',
        ),
        { maxLength: 200 },
      )
      .map((parts) => parts.join(''));
    const parsedDepth = (html: string) => {
      const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
      let deepest = 0;
      const stack: [Element, number][] = [[document.body as unknown as Element, 0]];
      while (stack.length) {
        const [el, depth] = stack.pop()!;
        deepest = Math.max(deepest, depth);
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
      }
      return deepest;
    };
    fc.assert(
      fc.property(soup, (html) => {
        // The count is of elements left open; a void or self-closed element sits one level below.
        expect(measureMarkup(html).depth + 1).toBeGreaterThanOrEqual(parsedDepth(html));
      }),
      { numRuns: 300 },
    );
    for (const name of readdirSync(path.join(CORPUS_DIR, 'pages'))) {
      const size = measureMarkup(readFileSync(path.join(CORPUS_DIR, 'pages', name), 'utf8'));
      expect(size.depth).toBeLessThan(100);
      expect(size.elements).toBeLessThan(20_000);
    }
  });

  it('an empty file, white space, a directory, a missing file, a device, stdin twice', async () => {
    const dir = path.join(tmp, 'a-directory');
    mkdirSync(dir, { recursive: true });
    const long = `${'x'.repeat(5000)}.html`;
    const argvs = [
      ['analyze', file('')],
      ['analyze', file(' \n\t\r\n ')],
      ['analyze', file('\ufeff')],
      ['analyze', dir],
      ['analyze', path.join(tmp, 'missing.html')],
      ['analyze', path.join(tmp, 'missing', 'deeper.html')],
      ['analyze', '/dev/null'],
      ['analyze', '-', '-'],
      ['analyze', long],
      ['analyze', ''],
    ];
    for (const argv of argvs)
      expect(expectOutcome(await cli(argv), { echoed: long }), argv.join(' ').slice(0, 80)).toBe('refused');
  });
});

describe('sourcelight analyze on 50 MB pages', () => {
  it('ends in a result or one line each time, with memory bounded', () => {
    const MB = 50_000_000;
    const head = '<!DOCTYPE html><html><head><title>Big</title></head><body><article><h1>A very long page</h1>\n';
    const fill = (unit: string) => unit.repeat(Math.floor((MB - head.length) / unit.length));
    const pages = {
      // 50 MB of short paragraphs: 400,000 elements.
      paragraphs: file(`${head}${fill(`${story}\n`)}</article></body></html>`),
      // 50 MB of prose in few, long paragraphs: parsed, then too long to analyse.
      prose: file(
        `${head}${fill(`<p>${'Officials said the talks had stalled, people familiar with the matter said. '.repeat(60)}</p>\n`)}</article></body></html>`,
      ),
      text: file(`A very long text\n\n${fill('Officials said the talks had stalled. ')}`, 'long.txt'),
      // A saved page whose bulk is inline images: cheap to read, analysed.
      images: file(
        `${head}${story.repeat(10)}${fill(`<img src="data:image/png;base64,${'QUJD'.repeat(2_500)}">\n`)}</article></body></html>`,
      ),
    };
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'measure.mts'), ...Object.values(pages)],
      {
        encoding: 'utf8',
        cwd: REPO_ROOT,
        maxBuffer: 10_000_000,
      },
    );
    expect(child.status, child.stderr).toBe(0);
    const lines = child.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const peak = lines.pop().peakRss as number;
    const runs = Object.fromEntries(Object.keys(pages).map((name, i) => [name, lines[i]]));
    for (const run of Object.values(runs)) {
      if (run.code === 0) expect(run.json).toBe(true);
      else expect(expectOutcome({ code: run.code, stdout: '', stderr: run.stderr })).toBe('refused');
    }
    expect(runs['paragraphs'].stderr).toMatch(/too many elements to read \(more than 250,000\)\n$/);
    expect(runs['prose'].stderr).toMatch(
      /article too long to analyse \([\d,]+ characters; the limit is 5,000,000\)\n$/,
    );
    expect(runs['text'].stderr).toMatch(/article too long to analyse/);
    expect(runs['images'].code).toBe(0);
    // The whole process, node and all, at its highest.
    expect(peak).toBeLessThan(1.5e9);
  }, 60_000);
});

describe('sourcelight convert on fuzzed input', () => {
  it('random JSON and random bytes end in a result or one line', async () => {
    const input = fc.oneof(
      fc.json({ maxDepth: 6 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) =>
        JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'AnnotationCollection',
          first: { items: [v] },
        }),
      ),
      fc.uint8Array({ maxLength: 2048 }),
      fc.constant(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      fc.constant(`{"items":${'['.repeat(50_000)}`),
    );
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom('md', 'csv', 'jsonld'), async (content, to) => {
        const run = await cli(['convert', file(content, `notes-${files}.json`), '--to', to]);
        // convert writes notes about what the import left out on stderr, one line each, even on success.
        if (run.code === 0) {
          expect(run.stdout.length).toBeGreaterThan(0);
          for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^sourcelight: note: /);
        } else expectOutcome(run);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
