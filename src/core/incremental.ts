/**
 * Reading an article again after it changed on the page. Live pages mostly grow at the end (lazy
 * paragraphs, infinite scroll) or do not change at all (a note was saved and the page asks again),
 * so the engine re-reads only what changed: the blocks after the unchanged beginning, with a few
 * blocks before them as context (a later "the officials said" needs the sentence that introduced
 * them). Claims and entities of the unchanged beginning are kept as they were; entities found in
 * the new part take the canonical names the article already used ("Yellen" → "Janet Yellen").
 */
import { joinArticle, type Article, type BlockSpan } from './model/article.ts';
import type { Claim, Entity } from './model/analysis.ts';
import type { Sentence } from './text/sentence.ts';
import { segmentSentences } from './text/segment.ts';
import { detectClaims } from './claims/detect.ts';
import { recognizeEntities } from './entities/recognize.ts';
import { analyseAttributions, statementsOnRecord } from './attribution/analyse.ts';
import type { Statement } from './sources/scorecard.ts';

/** What the detectors found in an article, before corrections and scorecard. */
export interface Reading {
  article: Article;
  text: string;
  blocks: BlockSpan[];
  sentences: Sentence[];
  claims: Claim[];
  entities: Entity[];
  /** Statements attributed to named sources, from the same attribution pass as the claims. */
  statements: Statement[];
  /** Blocks carried over from the previous reading without being analysed again. */
  reused: number;
}

/** Blocks before the first changed one that are analysed again as context. */
export const CONTEXT_BLOCKS = 4;

export function readArticle(article: Article, previous?: Reading): Reading {
  const { text, blocks } = joinArticle(article);
  const sentences = segmentSentences(text, blocks);
  const kept = previous ? unchangedBlocks(previous.article, article) : 0;
  if (previous && kept === article.blocks.length && kept === previous.article.blocks.length) {
    return { ...previous, article, reused: kept };
  }
  // Only growth at the end is worth a partial reading; anything else is read whole.
  if (!previous || kept !== previous.article.blocks.length || kept === 0) {
    return { article, text, blocks, sentences, ...readWhole(text, sentences), reused: 0 };
  }
  const windowStart = Math.max(0, kept - CONTEXT_BLOCKS);
  const window = joinArticle({ title: '', blocks: article.blocks.slice(windowStart) });
  const fresh = joinArticle({ title: '', blocks: article.blocks.slice(kept) });
  if (!text.endsWith(window.text) || !text.endsWith(fresh.text)) {
    return { article, text, blocks, sentences, ...readWhole(text, sentences), reused: 0 };
  }
  const shift = text.length - window.text.length;
  /** Where the new blocks begin in the whole text: everything from here on is read anew. */
  const boundary = text.length - fresh.text.length;
  const windowSentences = segmentSentences(window.text, window.blocks);
  const moved = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + shift,
    end: span.end + shift,
  });
  const found = readWhole(window.text, windowSentences);
  const claims = [
    ...previous.claims.filter((c) => c.end <= boundary),
    ...found.claims
      .map((c) => ({ ...moved(c), cue: moved(c.cue), ...(c.sourceSpan ? { sourceSpan: moved(c.sourceSpan) } : {}) }))
      .filter((c) => c.start >= boundary),
  ];
  const earlier = previous.entities.filter((e) => e.end <= boundary);
  const later = found.entities.map(moved).filter((e) => e.start >= boundary);
  // Sentence numbers of the window's statements follow the window; only their order is used.
  const firstSentence = sentences.findIndex((s) => s.start >= shift);
  const statements = [
    ...previous.statements.filter((a) => a.end <= boundary),
    ...found.statements
      .map((a) => ({ ...moved(a), sentence: a.sentence + Math.max(0, firstSentence) }))
      .filter((a) => a.start >= boundary),
  ];
  return {
    article,
    text,
    blocks,
    sentences,
    claims,
    entities: [...earlier, ...relink(later, earlier)],
    statements,
    reused: kept,
  };
}

/** Entities, then attributions, then claims and statements on the record: each read once. */
function readWhole(text: string, sentences: Sentence[]): Pick<Reading, 'claims' | 'entities' | 'statements'> {
  const entities = recognizeEntities(text, sentences);
  const attributions = analyseAttributions(text, sentences, entities);
  const claims = detectClaims(text, sentences, { entities, attributions });
  return { claims, entities, statements: statementsOnRecord(attributions) };
}

/** Number of leading blocks (and the title) two versions of an article share. */
function unchangedBlocks(before: Article, after: Article): number {
  if (before.title !== after.title) return 0;
  const n = Math.min(before.blocks.length, after.blocks.length);
  let i = 0;
  while (i < n && before.blocks[i]!.text === after.blocks[i]!.text && before.blocks[i]!.kind === after.blocks[i]!.kind)
    i++;
  return i;
}

/** New mentions take the canonical name the article already gave the same entity. */
function relink(later: Entity[], earlier: Entity[]): Entity[] {
  const byMention = new Map<string, string>();
  const people = new Set<string>();
  for (const e of earlier) {
    byMention.set(`${e.type}\u0000${e.text}`, e.canonical);
    byMention.set(`${e.type}\u0000${e.canonical}`, e.canonical);
    if (e.type === 'person' && e.canonical.includes(' ')) people.add(e.canonical);
  }
  return later.map((e) => {
    const known = byMention.get(`${e.type}\u0000${e.canonical}`) ?? byMention.get(`${e.type}\u0000${e.text}`);
    if (known) return { ...e, canonical: known };
    if (e.type === 'person' && !e.canonical.includes(' ')) {
      const full = [...people].filter((p) => p.endsWith(` ${e.canonical}`));
      if (full.length === 1) return { ...e, canonical: full[0]! };
    }
    return e;
  });
}
