/**
 * From a file's text to the Article the engine reads: saved HTML pages go through the same
 * extraction the content script uses (on linkedom), plain text is split into title and paragraphs.
 */
import { parseHTML } from 'linkedom';
import type { Article, Block } from '../core/model/article.ts';
import { extractArticle, type ArticleMeta } from '../dom/article/index.ts';
import { InputError } from './errors.ts';

export interface ArticleInput {
  article: Article;
  format: 'html' | 'text';
  /** What the page says about itself (HTML only). */
  meta?: ArticleMeta;
}

/** HTML when it starts like a page or carries closing tags of the usual page elements early on. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml|!--)/i.test(head)) return true;
  return /^<[a-z]/i.test(head) && /<\/(?:p|div|html|body|article|h1|span|a)>/i.test(text.slice(0, 65536));
}

/** Plain text: the first non-empty line is the title, blank lines separate paragraphs. */
export function articleFromText(text: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim());
  const title = collapse(lines[first] ?? '');
  const blocks: Block[] = [];
  for (const paragraph of lines.slice(first + 1).join('\n').split(/\n[ \t]*\n/)) {
    const body = collapse(paragraph);
    if (body) blocks.push({ kind: 'paragraph', text: body });
  }
  return { title, blocks };
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * Markup nested deeper than this is refused: the HTML parser's work grows with the square of the
 * depth, so a small hostile file would keep it busy for hours. Real pages nest a few dozen levels.
 */
export const MAX_NESTING = 2_000;

// What the parser does with tags, in the parts that decide how deep elements nest.
const VOID_TAGS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is read as text, not markup, and the search for their end. */
const RAW_TEXT_END = new Map(['script', 'style', 'title', 'textarea', 'xmp'].map((tag) => [tag, new RegExp(`</${tag}`, 'ig')]));
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

/**
 * How deep the elements of `html` nest, following the parser's rules closely enough never to count
 * fewer levels than it makes; counting stops once past `limit`. One pass over the text.
 */
export function nestingDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const foreign: boolean[] = [];
  let deepest = 0;
  const pop = () => {
    const name = stack.pop() as string;
    open.set(name, (open.get(name) ?? 1) - 1);
  };
  for (let at = html.indexOf('<'); at !== -1 && deepest <= limit; at = html.indexOf('<', at + 1)) {
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
    deepest = Math.max(deepest, stack.length);
  }
  return deepest;
}

export function articleFromHtml(html: string): ArticleInput {
  if (nestingDepth(html, MAX_NESTING) > MAX_NESTING) {
    throw new InputError(`elements nested too deeply to read (more than ${MAX_NESTING.toLocaleString('en')} levels)`);
  }
  let extraction;
  try {
    const { document } = parseHTML(html);
    // linkedom's document is a DOM Document for all the extractor uses; its types are its own.
    extraction = extractArticle(document as unknown as Document);
  } catch (error) {
    throw new InputError(`cannot be read as an HTML page (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!extraction.root || !extraction.article.blocks.length) throw new InputError('no article text found in this HTML page');
  return { article: extraction.article, format: 'html', meta: extraction.meta };
}

export function articleFrom(text: string): ArticleInput {
  return looksLikeHtml(text) ? articleFromHtml(text) : { article: articleFromText(text), format: 'text' };
}
