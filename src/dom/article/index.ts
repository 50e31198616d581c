/**
 * Finding the article on a page and extracting its text with a map back to the DOM.
 *
 *   if (!detectArticle(document).isArticle) return;                 // cheap, on every page
 *   const { article, map, meta } = await extractArticleAsync(document, { yieldEvery: 20, signal });
 *   const analysis = analyze(article);                              // analysis.text === map.text
 *   for (const claim of analysis.claims) map.rangesFor(claim.start, claim.end);  // DOM Ranges to paint
 *   map.offsetsOf(getSelection().getRangeAt(0));                    // a selection → article offsets
 *
 * The page is never changed. A TextMap holds Text nodes: after the DOM changes (or the wrap
 * fallback splits nodes), extract again. Ranges are made in the nodes' own document, so an article
 * found in a same-origin iframe is painted through that frame's `CSS.highlights`.
 */
export { detectArticle, type ArticleDetection } from './detect.ts';
export {
  extractArticle,
  extractArticleAsync,
  type Extraction,
  type ExtractOptions,
  type AsyncExtractOptions,
} from './extract.ts';
export type { ArticleMeta, SourcingPolicy } from './metadata.ts';
export { TextMap, type TextPosition, type BoundaryPoints, type NodeSegment, type MappedBlock } from './text-map.ts';
