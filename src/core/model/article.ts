/**
 * The article the engine reads: a title and blocks of text (paragraphs, headings, list items…).
 * Blocks are kept apart so that no sentence is ever joined across a paragraph or heading boundary.
 */
import * as z from 'zod/mini';

export const BlockKind = z.enum(['title', 'heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({ kind: BlockKind, text: z.string() });
export type Block = z.infer<typeof Block>;

export const Article = z.object({
  title: z.string(),
  blocks: z.array(Block),
  /** BCP 47 language tag the page declares, when it declares one. */
  lang: z.optional(z.string()),
});
export type Article = z.infer<typeof Article>;

/** A block placed in the joined article text. */
export interface BlockSpan {
  kind: BlockKind;
  start: number;
  end: number;
}

/** Separator between blocks in the joined text; matches the corpus' `title + "\n\n" + text` convention. */
export const BLOCK_SEPARATOR = '\n\n';

export interface JoinedArticle {
  text: string;
  blocks: BlockSpan[];
}

/**
 * Joins title and blocks into one text with known block spans. Empty blocks are dropped; the title
 * comes first as a block of its own when it is not empty.
 */
export function joinArticle(article: Article): JoinedArticle {
  const parts: Block[] = [];
  if (article.title.trim()) parts.push({ kind: 'title', text: article.title.trim() });
  for (const block of article.blocks) if (block.text.trim()) parts.push(block);
  let text = '';
  const blocks: BlockSpan[] = [];
  for (const part of parts) {
    if (text) text += BLOCK_SEPARATOR;
    blocks.push({ kind: part.kind, start: text.length, end: text.length + part.text.length });
    text += part.text;
  }
  return { text, blocks };
}

/**
 * The longest article the extension analyses (characters, about a 500-page book). Longer ones are
 * cut at a block boundary: one hostile or endless page must not keep the background busy for
 * every other tab.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;

export function articleLength(article: Article): number {
  return article.blocks.reduce((n, b) => n + b.text.length + BLOCK_SEPARATOR.length, article.title.length);
}

/** The article's leading blocks that fit in `max` characters, and whether anything was left out. */
export function limitArticle(article: Article, max = MAX_ARTICLE_CHARS): { article: Article; truncated: boolean } {
  let size = article.title.length;
  const blocks: Block[] = [];
  for (const block of article.blocks) {
    size += block.text.length + BLOCK_SEPARATOR.length;
    if (size > max) return { article: { ...article, blocks }, truncated: true };
    blocks.push(block);
  }
  return { article, truncated: false };
}
