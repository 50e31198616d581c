/** Finding the article on a page and extracting its text with a map back to the DOM. */
export { detectArticle, type ArticleDetection } from './detect.ts';
export { extractArticle, extractArticleAsync, type Extraction, type ExtractOptions, type AsyncExtractOptions } from './extract.ts';
export type { ArticleMeta, SourcingPolicy } from './metadata.ts';
export { TextMap, type TextPosition, type BoundaryPoints, type NodeSegment, type MappedBlock } from './text-map.ts';
