/**
 * fast-check generators of hostile pages, as a small tree description built into any DOM (jsdom,
 * linkedom) through the DOM API, so shadow roots and iframes can be made, which HTML text cannot.
 *
 * The prose is English news sentences that the engine flags (so claims and entities exist to check),
 * cut up by inline markup at arbitrary characters and laced with what real pages carry: right-to-left
 * and CJK text, emoji and combining marks, zero-width and bidi controls, odd white space, `<br>`,
 * hidden and aria-hidden content, comments and scripts inside sentences.
 */
import fc from 'fast-check';

export type PageNode =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'comment'; text: string }
  | { kind: 'element'; tag: string; attrs: Record<string, string>; children: PageNode[] }
  /** An element with an open shadow root; `slotted` children are light DOM shown through a `<slot>`. */
  | { kind: 'shadow'; children: PageNode[]; slotted: PageNode[]; slotAt: number }
  /** A same-origin iframe whose document body holds `children`. */
  | { kind: 'frame'; children: PageNode[] }
  /** `depth` nested wrappers (built without recursion) around `children`. */
  | { kind: 'deep'; depth: number; tags: string[]; children: PageNode[] };

export interface PageSpec {
  lang: string | null;
  ogArticle: boolean;
  title: string;
  body: PageNode[];
}

export const SENTENCES = [
  'Officials said the talks had stalled.',
  'Two U.S. officials told the Associated Press, speaking on the condition of anonymity, that Janet Yellen would travel to Beijing.',
  'People familiar with the matter said the deal was off.',
  'The minister reportedly signed the memo in Washington.',
  'The company allegedly hid the losses from regulators, according to a document seen by Reuters.',
  'A senior administration official said Russia had been warned.',
  'Sources close to the negotiations said Microsoft would walk away.',
  'Antony Blinken met Wang Yi in Munich on Friday, a diplomat said.',
  'The committee met for four hours on Tuesday and heard from eleven witnesses.',
  'Reuters reported that the shipments continued, citing an internal memo it had obtained.',
] as const;

/** Pieces of text that break naive code: scripts, marks, controls, surrogates, white space. */
export const ODDITIES = [
  'قال مسؤولون إن المحادثات توقفت.',
  'אמרו גורמים כי השיחות נתקעו.',
  '官员表示会谈陷入僵局。',
  '関係者によると交渉は決裂した。',
  '한 관계자는 협상이 결렬됐다고 말했다.',
  '👍🏽',
  '👨‍👩‍👧',
  '🇺🇸',
  'e\u0301',
  'Z\u0351\u0359a\u0363\u036clgo',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u00a0',
  '\u00ad',
  ' ',
  '\n',
  '\t',
  '  \n\t ',
  '\r\n',
  '\ud83d',
  '\u2028',
  '&amp;',
  '<b>',
] as const;

const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'a', 'span', 'small', 'mark', 'q', 'abbr', 'sup'] as const;
const HIDING: Record<string, string>[] = [
  { hidden: '' },
  { 'aria-hidden': 'true' },
  { style: 'display:none' },
  { style: 'visibility: hidden' },
  { class: 'sr-only' },
];

/** A sentence or two with oddities inserted at arbitrary places. */
export const noisyText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODDITIES)), { maxLength: 4 }),
  )
  .map(([sentences, inserts]) => {
    let text = sentences.join(' ');
    for (const [at, odd] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + odd + text.slice(i);
    }
    return text;
  });

/** What goes between two cut pieces of a sentence. */
const nodes = (...list: PageNode[]) => fc.constant<PageNode[]>(list);
const joint: fc.Arbitrary<PageNode[]> = fc.oneof(
  { weight: 6, arbitrary: nodes() },
  { weight: 2, arbitrary: nodes({ kind: 'br' }) },
  { weight: 1, arbitrary: nodes({ kind: 'br' }, { kind: 'br' }) },
  { weight: 1, arbitrary: nodes({ kind: 'comment', text: ' ad slot ' }) },
  { weight: 1, arbitrary: nodes({ kind: 'text', text: '' }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...HIDING), fc.constantFrom(...SENTENCES))
      .map(([attrs, text]): PageNode[] => [
        { kind: 'element', tag: 'span', attrs, children: [{ kind: 'text', text }] },
      ]),
  },
  {
    weight: 1,
    arbitrary: nodes({
      kind: 'element',
      tag: 'script',
      attrs: {},
      children: [{ kind: 'text', text: 'officials.said = 1;' }],
    }),
  },
  {
    weight: 1,
    arbitrary: nodes({
      kind: 'element',
      tag: 'style',
      attrs: {},
      children: [{ kind: 'text', text: 'p { color: black }' }],
    }),
  },
);

/** A piece of text, bare or inside up to three nested inline elements. */
function wrapped(text: string, tags: string[]): PageNode {
  let node: PageNode = { kind: 'text', text };
  for (const tag of tags) node = { kind: 'element', tag, attrs: tag === 'a' ? { href: '#' } : {}, children: [node] };
  return node;
}

/** Inline content: noisy text cut at arbitrary characters, pieces wrapped in inline markup. */
export const inline: fc.Arbitrary<PageNode[]> = fc
  .tuple(
    noisyText,
    fc.array(fc.tuple(fc.nat(), fc.array(fc.constantFrom(...INLINE_TAGS), { maxLength: 3 }), joint), { maxLength: 6 }),
  )
  .map(([text, cuts]) => {
    const sorted = cuts
      .map(([at, tags, j]) => ({ at: at % (text.length + 1), tags, joint: j }))
      .sort((a, b) => a.at - b.at);
    const nodes: PageNode[] = [];
    let from = 0;
    for (const cut of sorted) {
      nodes.push(wrapped(text.slice(from, cut.at), cut.tags), ...cut.joint);
      from = cut.at;
    }
    nodes.push({ kind: 'text', text: text.slice(from) });
    return nodes;
  });

const paragraph = (tag: string) =>
  fc.tuple(inline, fc.boolean()).map(
    ([children, editable]): PageNode => ({
      kind: 'element',
      tag,
      attrs: editable ? { contenteditable: 'true' } : {},
      children,
    }),
  );

const leafBlock: fc.Arbitrary<PageNode> = fc.oneof(
  { weight: 6, arbitrary: paragraph('p') },
  { weight: 1, arbitrary: paragraph('h2') },
  { weight: 1, arbitrary: paragraph('blockquote') },
  {
    weight: 1,
    arbitrary: fc
      .array(paragraph('li'), { minLength: 1, maxLength: 3 })
      .map((items): PageNode => ({ kind: 'element', tag: 'ul', attrs: {}, children: items })),
  },
  // Text straight in a div, no <p>: old pages.
  { weight: 1, arbitrary: inline.map((children): PageNode => ({ kind: 'element', tag: 'div', attrs: {}, children })) },
);

/** Blocks nested up to `depth` containers deep, with every kind of container the brief names. */
export const block = fc.memo((depth: number): fc.Arbitrary<PageNode> => {
  if (depth <= 1) return leafBlock;
  const kids = fc.array(block(depth - 1), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 4, arbitrary: leafBlock },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('div', 'section', 'article', 'main'), kids)
        .map(([tag, children]): PageNode => ({ kind: 'element', tag, attrs: {}, children })),
    },
    {
      weight: 1,
      arbitrary: kids.map(
        (children): PageNode => ({ kind: 'element', tag: 'div', attrs: { contenteditable: 'true' }, children }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...HIDING), kids)
        .map(([attrs, children]): PageNode => ({ kind: 'element', tag: 'div', attrs, children })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(kids, fc.array(block(depth - 1), { maxLength: 2 }), fc.nat())
        .map(([children, slotted, slotAt]): PageNode => ({ kind: 'shadow', children, slotted, slotAt })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 50, max: 300 }),
          fc.array(fc.constantFrom('div', 'span', 'section', 'b'), { minLength: 1, maxLength: 3 }),
          kids,
        )
        .map(([n, tags, children]): PageNode => ({ kind: 'deep', depth: n, tags, children })),
    },
  );
});

/** A same-origin frame (a new window each: costly in jsdom, so they are kept few). */
const frame: fc.Arbitrary<PageNode> = fc
  .array(block(3), { minLength: 1, maxLength: 4 })
  .map((children) => ({ kind: 'frame', children }));

const body: fc.Arbitrary<PageNode[]> = fc.oneof(
  { weight: 8, arbitrary: fc.array(block(4), { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.tuple(fc.array(block(4), { maxLength: 3 }), frame).map(([blocks, f]) => [...blocks, f]) },
  // A page that is only a frame around the story: the article is read from the frame.
  {
    weight: 1,
    arbitrary: frame.map((f): PageNode[] => [
      { kind: 'element', tag: 'div', attrs: { class: 'toolbar' }, children: [{ kind: 'text', text: 'Reader view' }] },
      f,
    ]),
  },
);

export const page: fc.Arbitrary<PageSpec> = fc.record({
  lang: fc.constantFrom(null, 'en', 'en-GB', 'ar', 'zh-Hans'),
  ogArticle: fc.boolean(),
  title: noisyText,
  body,
});

/** Appends `node` to `parent`, in `doc`. */
export function build(doc: Document, parent: Node, node: PageNode): void {
  switch (node.kind) {
    case 'text':
      parent.appendChild(doc.createTextNode(node.text));
      return;
    case 'br':
      parent.appendChild(doc.createElement('br'));
      return;
    case 'comment':
      parent.appendChild(doc.createComment(node.text));
      return;
    case 'element': {
      const el = doc.createElement(node.tag);
      for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
      parent.appendChild(el);
      for (const child of node.children) build(doc, el, child);
      return;
    }
    case 'shadow': {
      const host = doc.createElement('x-story');
      parent.appendChild(host);
      for (const child of node.slotted) build(doc, host, child);
      const shadow = host.attachShadow({ mode: 'open' });
      node.children.forEach((child, i) => {
        if (node.slotted.length && i === node.slotAt % node.children.length)
          shadow.appendChild(doc.createElement('slot'));
        build(doc, shadow, child);
      });
      return;
    }
    case 'frame': {
      const frame = doc.createElement('iframe');
      parent.appendChild(frame);
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (!inner?.body) return; // a DOM without frames (linkedom)
      for (const child of node.children) build(inner, inner.body, child);
      return;
    }
    case 'deep': {
      // Built from the inside out: appending under a deep, connected element costs its depth.
      const inner = doc.createElement(node.tags[0] as string);
      let top = inner;
      for (let i = 1; i < node.depth; i++) {
        const el = doc.createElement(node.tags[i % node.tags.length] as string);
        el.appendChild(top);
        top = el;
      }
      parent.appendChild(top);
      for (const child of node.children) build(doc, inner, child);
      return;
    }
  }
}

/** Fills an empty document with the page. */
export function buildPage(doc: Document, spec: PageSpec): void {
  if (spec.lang) doc.documentElement.setAttribute('lang', spec.lang);
  const title = doc.createElement('title');
  title.textContent = spec.title;
  doc.head.appendChild(title);
  if (spec.ogArticle) {
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:type');
    meta.setAttribute('content', 'article');
    doc.head.appendChild(meta);
  }
  const h1 = doc.createElement('h1');
  h1.textContent = spec.title;
  doc.body.appendChild(h1);
  for (const node of spec.body) build(doc, doc.body, node);
}
