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

export function articleFromHtml(html: string): ArticleInput {
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
