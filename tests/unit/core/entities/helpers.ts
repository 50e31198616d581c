/** Runs entity recognition the way the engine does: blocks joined, sentences segmented. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolnear, POLNEAR } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { sentenceTokens } from '../../../../src/core/tagger/tokenize.ts';
import { joinArticle } from '../../../../src/core/model/article.ts';
import type { Entity } from '../../../../src/core/model/analysis.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { recognizeEntities } from '../../../../src/core/entities/recognize.ts';

export interface Recognized {
  text: string;
  entities: Entity[];
}

/** The first line is the title; each further line a paragraph. */
export function recognize(...lines: string[]): Recognized {
  const [title = '', ...rest] = lines;
  const { text, blocks } = joinArticle({ title, blocks: rest.map((t) => ({ kind: 'paragraph', text: t })) });
  return { text, entities: recognizeEntities(text, segmentSentences(text, blocks)) };
}

/** Entities of one paragraph (no title), as "type:text" strings in order. */
export function found(paragraph: string): string[] {
  return recognize('', paragraph).entities.map((e) => `${e.type}:${e.text}`);
}

export function entity(r: Recognized, text: string): Entity {
  const e = r.entities.find((x) => x.text === text);
  if (!e) throw new Error(`no entity "${text}" in ${JSON.stringify(r.entities.map((x) => x.text))}`);
  return e;
}

/** PolNeAR's dev split is beside the checkout (../shared/polnear, never copied into the repository). */
export const POLNEAR_DEV_PRESENT = existsSync(join(POLNEAR, 'dev'));

/**
 * The tokens of PolNeAR's dev articles as the engine's taggers read them (lines as blocks), with
 * each sentence's first token marked: real news text for comparing a fast path with its simple form.
 */
export function polnearDevTokens(): {
  words: string[];
  sentenceFirst: Uint8Array;
  /** Each token's word id in the engine's vocabulary, of its generation (tagger/vocabulary.ts). */
  ids: Int32Array;
  generation: number;
}[] {
  return loadPolnear('dev').map((doc) => {
    const tokens = sentenceTokens(doc.text, segmentSentences(doc.text, linesOf(doc.text)));
    const { words, sentenceOf, ids, generation } = tokens;
    const sentenceFirst = Uint8Array.from(sentenceOf, (s, k) => (k === 0 || sentenceOf[k - 1] !== s ? 1 : 0));
    return { words, sentenceFirst, ids, generation };
  });
}
