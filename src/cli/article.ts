/**
 * From a file's text to the Article the engine reads: saved HTML pages go through the same
 * extraction the content script uses (on linkedom), plain text is split into title and paragraphs.
 */
import { parseHTML } from 'linkedom';
import type { Article, Block } from '../core/model/article.ts';
import { extractArticle, type ArticleMeta } from '../dom/article/index.ts';
import { InputError } from './errors.ts';
import { MAX_ELEMENTS, MAX_NESTING, measureMarkup } from './markup.ts';

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
  for (const paragraph of lines
    .slice(first + 1)
    .join('\n')
    .split(/\n[ \t]*\n/)) {
    const body = collapse(paragraph);
    if (body) blocks.push({ kind: 'paragraph', text: body });
  }
  return { title, blocks };
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Far above any article (long reads run to 100,000 characters); analysis time and memory grow with it. */
export const MAX_ARTICLE_CHARS = 5_000_000;

const count = (n: number) => n.toLocaleString('en');

function checkLength(length: number): void {
  if (length > MAX_ARTICLE_CHARS)
    throw new InputError(
      `article too long to analyse (${count(length)} characters; the limit is ${count(MAX_ARTICLE_CHARS)})`,
    );
}

export function articleFromHtml(html: string): ArticleInput {
  const size = measureMarkup(html, { depth: MAX_NESTING, elements: MAX_ELEMENTS });
  if (size.depth > MAX_NESTING)
    throw new InputError(`elements nested too deeply to read (more than ${count(MAX_NESTING)} levels)`);
  if (size.elements > MAX_ELEMENTS)
    throw new InputError(`too many elements to read (more than ${count(MAX_ELEMENTS)})`);
  let extraction: ReturnType<typeof extractArticle>;
  try {
    const { document } = parseHTML(html);
    // linkedom's document is a DOM Document for all the extractor uses; its types are its own.
    extraction = extractArticle(document as unknown as Document);
  } catch (error) {
    throw new InputError(`cannot be read as an HTML page (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!extraction.root || !extraction.article.blocks.length)
    throw new InputError('no article text found in this HTML page');
  checkLength(extraction.map.text.length);
  return { article: extraction.article, format: 'html', meta: extraction.meta };
}

export function articleFrom(text: string): ArticleInput {
  if (looksLikeHtml(text)) return articleFromHtml(text);
  // Plain text is its own article: measured before it is split up.
  checkLength(text.length);
  return { article: articleFromText(text), format: 'text' };
}
