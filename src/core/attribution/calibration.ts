/**
 * Confidence of a claim found through an attribution: a logistic curve over the tagger's score
 * margin (how clearly it saw the source and the cue), times the certainty of the source decision.
 * The curve's two numbers are fitted on PolNeAR's development split by `npm run train`.
 */
import { CALIBRATION } from './calibration-fit.ts';

export interface Calibration {
  slope: number;
  intercept: number;
}

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Probability that a found attribution is real, from its margin. */
export function attributionProbability(margin: number, c: Calibration = CALIBRATION): number {
  return logistic(c.slope * margin + c.intercept);
}

export function calibrated(margin: number, certainty: number): number {
  const p = attributionProbability(margin) * certainty;
  return Math.round(Math.min(0.99, Math.max(0.05, p)) * 100) / 100;
}
