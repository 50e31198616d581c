/**
 * The engine's one entry point: article in, claims + entities + scorecard out.
 * Pure and synchronous; the content script, the background, the CLI and the tests all call it.
 */
import type { Article } from './model/article.ts';
import type { Analysis, Claim } from './model/analysis.ts';
import { buildScorecard } from './sources/scorecard.ts';
import { readArticle, type Reading } from './incremental.ts';

/** A step between detection and the scorecard, e.g. applying the reader's corrections. */
export type ClaimAdjustment = (text: string, claims: Claim[]) => Claim[];

export function analyze(article: Article, adjust?: ClaimAdjustment): Analysis {
  return analyzeReading(readArticle(article), adjust);
}

/** The analysis of what the detectors read (see incremental.ts for reading only what changed). */
export function analyzeReading(reading: Reading, adjust?: ClaimAdjustment): Analysis {
  const { text, sentences, entities } = reading;
  const claims = adjust ? adjust(text, reading.claims) : reading.claims;
  const summary = buildScorecard(text, sentences, claims, entities, reading.statements);
  return { text, claims, entities, summary };
}
