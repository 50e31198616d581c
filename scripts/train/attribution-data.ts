/**
 * PolNeAR articles as tagger sequences: the article split into blocks at line breaks, segmented
 * and tokenized exactly as the engine does at run time, with gold BIO tags from the annotated
 * source, cue and content spans (each token has at most one role: the corpus is univocal).
 */
import { segmentSentences } from '../../src/core/text/segment.ts';
import { articleTokens, type ArticleTokens } from '../../src/core/attribution/sequences.ts';
import { ATTRIBUTION_TAGS, ROLE_TYPES } from '../../src/core/attribution/roles.ts';
import type { BlockSpan } from '../../src/core/model/article.ts';
import type { PolnearDoc, Span } from '../lib/polnear.ts';

export interface DocTokens extends ArticleTokens {
  doc: PolnearDoc;
  /** Gold tag per token. */
  gold: Int32Array;
}

/** Blocks at line breaks, with offsets into the original text. */
export function linesOf(text: string): BlockSpan[] {
  const blocks: BlockSpan[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) blocks.push({ kind: 'paragraph', start, end });
    start = end + 1;
  }
  return blocks;
}

export function docTokens(doc: PolnearDoc): DocTokens {
  const sentences = segmentSentences(doc.text, linesOf(doc.text));
  const at = articleTokens(doc.text, sentences);
  const n = at.tokens.words.length;
  const role = new Int32Array(n).fill(-1);
  const spanId = new Int32Array(n).fill(-1);
  let id = 0;
  const mark = (span: Span | null, type: number): void => {
    if (!span) return;
    id++;
    for (const [a, b] of span.fragments) {
      for (let k = 0; k < n; k++) {
        if (at.tokens.starts[k]! < b && at.tokens.ends[k]! > a && role[k] === -1) {
          role[k] = type;
          spanId[k] = id;
        }
      }
    }
  };
  for (const a of doc.attributions) {
    mark(a.cue, 1);
    mark(a.source, 0);
    for (const c of a.contents) mark(c, 2);
  }
  const firsts = new Set(at.sequences.map((s) => s.from));
  const gold = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (role[k] === -1) continue;
    const type = ROLE_TYPES[role[k]!]!;
    const begins = firsts.has(k) || spanId[k - 1] !== spanId[k];
    gold[k] = ATTRIBUTION_TAGS.names.indexOf(`${begins ? 'B' : 'I'}-${type}`);
  }
  return { ...at, doc, gold };
}
