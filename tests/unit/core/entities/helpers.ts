/** Runs entity recognition the way the engine does: blocks joined, sentences segmented. */
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
