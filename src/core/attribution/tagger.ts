/**
 * The attribution tagger: tags every token of an article as part of a source ("two officials"),
 * a cue ("said", "according to") or a content, or none, with the model trained on PolNeAR
 * (scripts/train, `npm run train`). The weights load lazily on first use.
 */
import type { Sentence } from '../text/sentence.ts';
import { decode, type LinearModel } from '../tagger/model.ts';
import { unpackModel } from '../tagger/pack.ts';
import { decodeAttributions } from './decode.ts';
import { attributionFeatures } from './features.ts';
import { ATTRIBUTION_TAGS } from './roles.ts';
import { articleTokens, type ArticleTokens } from './sequences.ts';
import { ATTRIBUTION_WEIGHTS } from './weights.ts';

let model: LinearModel | null = null;

export function attributionModel(): LinearModel {
  model ??= unpackModel(ATTRIBUTION_WEIGHTS, ATTRIBUTION_TAGS);
  return model;
}

export interface TaggedArticle extends ArticleTokens {
  tags: Int32Array;
  /** Per token, how far its tag's score led the next best (perceptron score units). */
  margins: Float64Array;
}

export function tagAttributions(
  text: string,
  sentences: Sentence[],
  using: LinearModel = attributionModel(),
): TaggedArticle {
  const at = articleTokens(text, sentences);
  const n = at.tokens.words.length;
  const tags = new Int32Array(n);
  const margins = new Float64Array(n);
  for (const seq of at.sequences) {
    // The cached scores when the model allows them exactly (8-bit weights), the reference otherwise.
    if (decodeAttributions(using, seq.facts, tags, margins, seq.from)) continue;
    const decoded = decode(using, seq.to - seq.from, attributionFeatures(seq.facts));
    tags.set(decoded.tags, seq.from);
    margins.set(decoded.margins, seq.from);
  }
  return { tokens: at.tokens, sentenceOf: at.sentenceOf, sequences: at.sequences, tags, margins };
}
