/**
 * Is this page an article? Decided cheaply from what the page declares (schema.org JSON-LD,
 * Open Graph, microdata, `<article>`) and, failing that, from a cluster of long paragraphs.
 * It runs on every page a reader opens, so it reads a few selectors and never walks the whole tree.
 */
import { articleNode, documentTags, jsonLdNodes, metaContent } from './metadata.ts';

export interface ArticleDetection {
  isArticle: boolean;
  /** What decided: 'og:type', 'json-ld', 'articleBody', 'microdata', 'article', 'text-density', 'frame', or 'none'. */
  signal: string;
}

/** An `<article>` with this much paragraph text is a story, not a teaser card. */
const ARTICLE_TEXT = 1000;
/** A story without markup: this many long paragraphs side by side, with this much text. */
const DENSE_PARAGRAPHS = 4;
const DENSE_TEXT = 1000;
const LONG_PARAGRAPH = 100;
/** Paragraphs looked at, at most: enough for any story, bounded on endless pages. */
const MAX_PARAGRAPHS = 3000;

function paragraphText(root: ParentNode): number {
  let total = 0;
  for (const p of Array.from(root.querySelectorAll('p')).slice(0, MAX_PARAGRAPHS)) total += p.textContent?.length ?? 0;
  return total;
}

function hasDenseCluster(doc: Document): boolean {
  const byParent = new Map<Node, { count: number; text: number }>();
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, MAX_PARAGRAPHS)) {
    const length = p.textContent?.trim().length ?? 0;
    if (length < LONG_PARAGRAPH || !p.parentNode) continue;
    const entry = byParent.get(p.parentNode) ?? { count: 0, text: 0 };
    entry.count++;
    entry.text += length;
    if (entry.count >= DENSE_PARAGRAPHS && entry.text >= DENSE_TEXT) return true;
    byParent.set(p.parentNode, entry);
  }
  return false;
}

export function detectArticle(doc: Document, depth = 0): ArticleDetection {
  const tags = documentTags(doc);
  if (/^article$/i.test(metaContent(tags, 'og:type') ?? '')) return { isArticle: true, signal: 'og:type' };
  if (articleNode(jsonLdNodes(tags))) return { isArticle: true, signal: 'json-ld' };
  if (doc.querySelector('[itemprop~="articleBody" i]')) return { isArticle: true, signal: 'articleBody' };
  // Teaser cards on home pages carry article microdata too: a story page has one such item.
  const items = doc.querySelectorAll(
    '[itemtype*="schema.org/NewsArticle" i], [itemtype$="schema.org/Article" i], [itemtype*="schema.org/BlogPosting" i]',
  );
  if (items.length === 1) return { isArticle: true, signal: 'microdata' };
  const articles = Array.from(doc.querySelectorAll('article'));
  // Home pages show many <article> cards; a story page has one that holds the text.
  if (articles.length && articles.length <= 3 && articles.some((a) => paragraphText(a) >= ARTICLE_TEXT)) {
    return { isArticle: true, signal: 'article' };
  }
  if (hasDenseCluster(doc)) return { isArticle: true, signal: 'text-density' };
  if (depth === 0) {
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        // Cross-origin: not readable, so not ours.
      }
      if (inner?.body && detectArticle(inner, 1).isArticle) return { isArticle: true, signal: 'frame' };
    }
  }
  return { isArticle: false, signal: 'none' };
}
