/**
 * Named entities in an article: people, organisations, places and news outlets, with clean spans
 * (no titles, "The", trailing punctuation or possessive 's) and one canonical name per entity.
 *
 * Rules and compact gazetteers, no model: tokens → capitalised runs → candidates (gazetteer names,
 * roles split off, lists split) → typed from heads, context and word shape → linked across the
 * article, where confident mentions settle the weak guesses. Linear in the length of the text.
 */
import type { Entity } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { lexicon } from '../lexicon/index.ts';
import { Chunker, titleCase } from './chunk.ts';
import { Classifier } from './classify.ts';
import { tokenContext } from './context.ts';
import { linkMentions, type Mention } from './coref.ts';
import { nameTokens, tokenize, type Token } from './tokens.ts';

export function recognizeEntities(text: string, sentences: Sentence[]): Entity[] {
  const lex = lexicon(nameTokens);
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const ctx = tokenContext(text, tokens, sentences);
  const chunker = new Chunker(lex, tokens, ctx);
  const classifier = new Classifier(lex, tokens, ctx, chunker);

  const mentions: Mention[] = [];
  const fragile = new Set<Mention>();
  for (const c of chunker.candidates()) {
    const typed = classifier.classify(c);
    const words: string[] = [];
    for (let i = c.first; i <= c.last; i++) words.push(chunker.key(i));
    const first = tokens[c.first] as Token;
    const last = tokens[c.last] as Token;
    const surface = text.slice(first.start, last.end);
    const mention: Mention = {
      start: first.start,
      end: last.end,
      words,
      type: typed.type,
      evidence: typed.evidence,
      canonical: c.known ? c.known.canonical : canonicalForm(surface, words, first.upper && ctx.mode[c.first] === 'caps'),
    };
    const famous = words.length === 1 ? lex.famous.get(words[0] as string) : undefined;
    if (famous && typed.type === 'person') mention.canonical = famous;
    if (c.fragile && typed.evidence === 'weak') fragile.add(mention);
    if (c.role) mention.role = text.slice(c.role.start, c.role.end).replace(/\s+/g, ' ');
    mentions.push(mention);
  }
  linkMentions(mentions);

  // A weak guess the rest of the article does not back is more often a capitalised ordinary word.
  return mentions.filter((m) => !fragile.has(m) || m.linked).map((m) => {
    const entity: Entity = { start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, canonical: m.canonical };
    if (m.role) entity.role = m.role;
    return entity;
  });
}

/** A readable canonical name: whitespace collapsed, ALL-CAPS names title-cased. */
function canonicalForm(surface: string, words: string[], caps: boolean): string {
  if (caps) return words.map((w) => (w.length > 4 || /[a-z]/.test(w) ? titleCase(w) : w)).join(' ');
  return surface.replace(/\s+/g, ' ');
}
