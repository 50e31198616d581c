/**
 * The engine's one entry point: article in, claims + entities + scorecard out.
 * Pure and synchronous; the content script, the background, the CLI and the tests all call it.
 */
import { joinArticle, type Article } from './model/article.ts';
import type { Analysis } from './model/analysis.ts';
import { segmentSentences } from './text/segment.ts';
import { detectClaims } from './claims/detect.ts';
import { recognizeEntities } from './entities/recognize.ts';
import { buildScorecard } from './sources/scorecard.ts';

export function analyze(article: Article): Analysis {
  const { text, blocks } = joinArticle(article);
  const sentences = segmentSentences(text, blocks);
  const claims = detectClaims(text, sentences);
  const entities = recognizeEntities(text, sentences);
  const summary = buildScorecard(text, sentences, claims, entities);
  return { text, claims, entities, summary };
}
