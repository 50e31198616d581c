import { describe, expect, it } from 'vitest';
import type { MdBlock, MdInline } from '../../../../src/core/text/markdown.ts';
import { inlineText, isSafeHref, parseInline, parseMarkdown } from '../../../../src/core/text/markdown.ts';

const text = (t: string): MdInline => ({ type: 'text', text: t });

/** Every link in a tree, however deep. */
function links(blocks: MdBlock[]): string[] {
  const out: string[] = [];
  const inl = (ns: MdInline[]) => {
    for (const n of ns) {
      if (n.type === 'link') out.push(n.href);
      if (n.type === 'link' || n.type === 'em' || n.type === 'strong') inl(n.children);
    }
  };
  const blk = (bs: MdBlock[]) => {
    for (const b of bs) {
      if (b.type === 'paragraph' || b.type === 'heading') inl(b.children);
      else if (b.type === 'quote') blk(b.children);
      else if (b.type === 'list') b.items.forEach(blk);
    }
  };
  blk(blocks);
  return out;
}

function depth(nodes: MdInline[]): number {
  let d = 0;
  for (const n of nodes) if ('children' in n) d = Math.max(d, 1 + depth(n.children));
  return d;
}

describe('parseInline', () => {
  it('reads strong, emphasis and code', () => {
    expect(parseInline('a **b** _c_ `d*e*`')).toEqual([
      text('a '),
      { type: 'strong', children: [text('b')] },
      text(' '),
      { type: 'em', children: [text('c')] },
      text(' '),
      { type: 'code', text: 'd*e*' },
    ]);
  });

  it('nests emphasis inside strong and both in ***', () => {
    expect(parseInline('**bold _and italic_**')).toEqual([
      { type: 'strong', children: [text('bold '), { type: 'em', children: [text('and italic')] }] },
    ]);
    expect(parseInline('***x***')).toEqual([{ type: 'em', children: [{ type: 'strong', children: [text('x')] }] }]);
  });

  it('leaves unmatched and intraword underscores as typed', () => {
    expect(parseInline('snake_case_name and 2 * 3')).toEqual([text('snake_case_name and 2 * 3')]);
    expect(parseInline('**open but never closed')).toEqual([text('**open but never closed')]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*not em\\* \\[x](y)')).toEqual([text('*not em* [x](y)')]);
  });

  it('makes a single newline a line break', () => {
    expect(parseInline('one  \ntwo')).toEqual([text('one'), { type: 'break' }, text('two')]);
  });

  it('reads links, autolinks and bare URLs, trimming the sentence punctuation', () => {
    expect(parseInline('[the *AP*](https://apnews.com/x "title")')).toEqual([
      { type: 'link', href: 'https://apnews.com/x', children: [text('the '), { type: 'em', children: [text('AP')] }] },
    ]);
    expect(parseInline('<mailto:desk@example.org>')).toEqual([
      { type: 'link', href: 'mailto:desk@example.org', children: [text('desk@example.org')] },
    ]);
    expect(parseInline('See https://en.wikipedia.org/wiki/Foo_(bar). Then')).toEqual([
      text('See '),
      {
        type: 'link',
        href: 'https://en.wikipedia.org/wiki/Foo_(bar)',
        children: [text('https://en.wikipedia.org/wiki/Foo_(bar)')],
      },
      text('. Then'),
    ]);
    expect(parseInline('(see https://example.com/a)')).toEqual([
      text('(see '),
      { type: 'link', href: 'https://example.com/a', children: [text('https://example.com/a')] },
      text(')'),
    ]);
  });

  it('never links other schemes: the label stays as text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '/relative/path',
      '//evil.example',
    ]) {
      const nodes = parseInline(`[click](${href})`);
      expect(
        nodes.some((n) => n.type === 'link'),
        href,
      ).toBe(false);
      expect(inlineText(nodes)).toContain('click');
    }
    expect(parseInline('<javascript:alert(1)>')).toEqual([text('<javascript:alert(1)>')]);
  });

  it('keeps raw HTML as text', () => {
    const src = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    expect(parseInline(src)).toEqual([text(src)]);
  });
});

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines', () => {
    expect(parseMarkdown('one\ntwo\n\nthree')).toEqual([
      { type: 'paragraph', children: [text('one'), { type: 'break' }, text('two')] },
      { type: 'paragraph', children: [text('three')] },
    ]);
  });

  it('reads headings, rules, quotes and fenced code', () => {
    expect(parseMarkdown('## Sources ##\n---\n> quoted *x*\n\n```\n<b>raw</b>\n```')).toEqual([
      { type: 'heading', level: 2, children: [text('Sources')] },
      { type: 'rule' },
      {
        type: 'quote',
        children: [{ type: 'paragraph', children: [text('quoted '), { type: 'em', children: [text('x')] }] }],
      },
      { type: 'codeblock', text: '<b>raw</b>' },
    ]);
  });

  it('reads bulleted and numbered lists, with nesting and the start number', () => {
    expect(parseMarkdown('- a\n- b\n  - c\n\n3. x\n4. y')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          [{ type: 'paragraph', children: [text('a')] }],
          [
            { type: 'paragraph', children: [text('b')] },
            { type: 'list', ordered: false, start: 1, items: [[{ type: 'paragraph', children: [text('c')] }]] },
          ],
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [[{ type: 'paragraph', children: [text('x')] }], [{ type: 'paragraph', children: [text('y')] }]],
      },
    ]);
  });

  it('is empty for empty or blank input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
  });

  it('bounds nesting of quotes and lists: deeper markers are text', () => {
    const blocks = parseMarkdown(`${'>'.repeat(500)} deep`);
    let d = 0;
    let b: MdBlock | undefined = blocks[0];
    while (b?.type === 'quote') {
      d++;
      b = b.children[0];
    }
    expect(d).toBeLessThanOrEqual(6);
    expect(b?.type).toBe('paragraph');
  });

  it('bounds nesting of emphasis', () => {
    const nested = `${'*a '.repeat(2000)}x${' a*'.repeat(2000)}`;
    const [p] = parseMarkdown(nested);
    expect(p?.type).toBe('paragraph');
    if (p?.type !== 'paragraph') return;
    expect(depth(p.children)).toBeLessThanOrEqual(12);
    const expected = `${'a'.repeat(2000)}x${'a'.repeat(2000)}`;
    expect(inlineText(p.children).replace(/[*\s]/g, '') === expected, 'no text is lost').toBe(true);
  });

  it('stays fast and links nothing unsafe on long hostile input', () => {
    const pieces = [
      '[',
      '](',
      '`',
      '**',
      '_',
      '<',
      'http://\u0001',
      '[x](javascript:alert(1))',
      '<script>',
      '\\',
      '> ',
      '- ',
      '# ',
      '    ',
      '\n',
    ];
    let s = '';
    let seed = 7;
    while (s.length < 100_000) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      s += pieces[seed % pieces.length];
    }
    const started = performance.now();
    const blocks = parseMarkdown(s);
    const ms = performance.now() - started;
    expect(links(blocks).every(isSafeHref)).toBe(true);
    expect(links(blocks).some((h) => h.startsWith('javascript'))).toBe(false);
    // Generous bound against quadratic blow-ups (seconds), not a speed target.
    expect(ms).toBeLessThan(3000);
  });

  it('stays linear on many unclosed brackets, backticks and spaces', () => {
    for (const s of [
      '['.repeat(100_000),
      `${'`'.repeat(50_000)}x`,
      `# a${' '.repeat(100_000)}b`,
      '*_'.repeat(50_000),
    ]) {
      const started = performance.now();
      parseMarkdown(s);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});

describe('isSafeHref', () => {
  it('allows http, https and mailto only', () => {
    expect(isSafeHref('https://example.com/a?b=c#d')).toBe(true);
    expect(isSafeHref('HTTP://EXAMPLE.COM')).toBe(true);
    expect(isSafeHref('mailto:a@b.org')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('https://exa mple.com')).toBe(false);
    expect(isSafeHref('https://a.com/\u0000')).toBe(false);
    expect(isSafeHref('ftp://a.com')).toBe(false);
    expect(isSafeHref('')).toBe(false);
  });
});

describe('the tree schema', () => {
  it('accepts every tree the parser makes, hostile input included', async () => {
    const { MdBlock } = await import('../../../../src/core/text/markdown-tree.ts');
    const inputs = [
      '**a** _b_ `c` [d](https://e.org) <mailto:x@y.z>\n\n- 1\n  - 2\n\n> q\n\n```\ncode\n```\n---\n# H',
      '<script>alert(1)</script>[x](javascript:alert(1))',
      '*a '.repeat(300) + ' a*'.repeat(300),
    ];
    for (const input of inputs) {
      for (const block of parseMarkdown(input)) expect(MdBlock.safeParse(block).success).toBe(true);
    }
  });

  it('refuses a tree with an unsafe link, however it was built', async () => {
    const { MdBlock } = await import('../../../../src/core/text/markdown-tree.ts');
    const bad = { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [] }] };
    expect(MdBlock.safeParse(bad).success).toBe(false);
    expect(MdBlock.safeParse({ type: 'html', html: '<b>x</b>' }).success).toBe(false);
  });
});
