/**
 * The engine's one entry point: article in, claims + entities + scorecard out.
 * Pure and synchronous; the content script, the background, the CLI and the tests all call it.
 */
import { joinArticle, type Article } from './model/article.ts';
import type { Analysis, Claim } from './model/analysis.ts';
import { segmentSentences } from './text/segment.ts';
import { detectClaims } from './claims/detect.ts';
import { recognizeEntities } from './entities/recognize.ts';
import { buildScorecard } from './sources/scorecard.ts';

/** A step between detection and the scorecard, e.g. applying the reader's corrections. */
export type ClaimAdjustment = (text: string, claims: Claim[]) => Claim[];

export function analyze(article: Article, adjust?: ClaimAdjustment): Analysis {
  const { text, blocks } = joinArticle(article);
  const sentences = segmentSentences(text, blocks);
  const detected = detectClaims(text, sentences);
  const claims = adjust ? adjust(text, detected) : detected;
  const entities = recognizeEntities(text, sentences);
  const summary = buildScorecard(text, sentences, claims, entities);
  return { text, claims, entities, summary };
}
