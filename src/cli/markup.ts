/**
 * What an HTML file will cost to parse, measured in one pass over its text before it is parsed: how
 * deep its elements nest and how many there are. The parser's work grows with the square of the
 * depth (a few MB of `<div>` would keep it busy for hours) and its memory with the element count
 * (a 10 MB page of small elements takes over a gigabyte), while text and attributes are cheap (a
 * 40 MB page whose bulk is inline images parses in two seconds). Real pages: under 40 levels and a
 * few thousand elements.
 */
export const MAX_NESTING = 2_000;
export const MAX_ELEMENTS = 250_000;

// What the parser (htmlparser2, under linkedom) does with tags, in the parts that decide nesting.
const VOID_TAGS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is read as text, not markup, and the search for their end. */
const RAW_TEXT_END = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((tag) => [tag, new RegExp(`</${tag}`, 'ig')]),
);
/** Opening one of these closes the element on top when it is one of the listed (`<p>a<p>b`). */
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ...'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
    .split(' ')
    .map((tag): [string, Set<string>] => [tag, new Set(['p'])]),
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['th'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
]);
/** `<x/>` closes itself inside SVG and MathML, but not in the HTML islands within them. */
const FOREIGN = new Set(['svg', 'math']);
const HTML_ISLANDS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/y;

export interface MarkupSize {
  /** Levels of elements, never fewer than the parser will build (implied closes may be missed). */
  depth: number;
  /** Start tags, void elements included. */
  elements: number;
}

/** Measures `html`, stopping as soon as it is past either limit. */
export function measureMarkup(
  html: string,
  limits = { depth: Number.POSITIVE_INFINITY, elements: Number.POSITIVE_INFINITY },
): MarkupSize {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const foreign: boolean[] = [];
  const size: MarkupSize = { depth: 0, elements: 0 };
  const pop = () => {
    const name = stack.pop() as string;
    open.set(name, (open.get(name) ?? 1) - 1);
  };
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    if (size.depth > limits.depth || size.elements > limits.elements) break;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      at = end + 2;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) continue;
    at = TAG.lastIndex - 1;
    const name = (tag[2] as string).toLowerCase();
    if (tag[1]) {
      if (FOREIGN.has(name) || HTML_ISLANDS.has(name)) foreign.pop();
      // A closing tag closes everything down to the last such element; without one open, nothing.
      if (!open.get(name)) continue;
      while (stack.length && stack[stack.length - 1] !== name) pop();
      pop();
      continue;
    }
    size.elements++;
    const closes = IMPLIED_CLOSE.get(name);
    while (closes && stack.length && closes.has(stack[stack.length - 1] as string)) pop();
    if (VOID_TAGS.has(name)) continue;
    const close = RAW_TEXT_END.get(name);
    if (close) {
      close.lastIndex = TAG.lastIndex;
      const end = close.exec(html);
      if (!end) break;
      at = end.index + 1; // its closing tag closes nothing that was counted
      continue;
    }
    if (FOREIGN.has(name)) foreign.push(true);
    else if (HTML_ISLANDS.has(name)) foreign.push(false);
    if (tag[3] && foreign[foreign.length - 1]) {
      if (FOREIGN.has(name) || HTML_ISLANDS.has(name)) foreign.pop();
      continue;
    }
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    size.depth = Math.max(size.depth, stack.length);
  }
  return size;
}
