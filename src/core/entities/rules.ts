/**
 * The rule recogniser that preceded the learned tagger (recognize.ts), kept for comparison in the
 * evaluations (`npm run eval`); the engine does not use it.
 *
 * Rules and compact gazetteers, no model: tokens → capitalised runs → candidates (gazetteer names,
 * roles split off, lists split) → typed from heads, context and word shape → linked across the
 * article, where confident mentions settle the weak guesses. Linear in the length of the text.
 */
import type { Entity } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { lexicon } from '../lexicon/index.ts';
import { Chunker, HYPHENATED_GIVEN_NAME, titleCase } from './chunk.ts';
import { Classifier } from './classify.ts';
import { CAPS as CAPS_MODE, PROSE as PROSE_MODE, tokenContext, type TokenContext } from './context.ts';
import { linkMentions, type Mention } from './coref.ts';
import { sharedScratch } from './scratch.ts';
import { nameTokens, tokenize, type Tokens } from './tokens.ts';

// Module-local copies of the modes, compared per candidate and per token (see the note in tokens.ts).
const CAPS = CAPS_MODE;
const PROSE = PROSE_MODE;

export function recognizeEntitiesByRules(text: string, sentences: Sentence[]): Entity[] {
  const lex = lexicon(nameTokens);
  // Tokens and context live in the shared scratch buffers: nothing returned refers to them.
  const scratch = sharedScratch();
  const tokens = tokenize(text, scratch);
  if (tokens.length === 0) return [];
  const ctx = tokenContext(tokens, sentences, scratch);
  const chunker = new Chunker(lex, tokens, ctx);
  const classifier = new Classifier(lex, tokens, ctx, chunker);

  const mentions: Mention[] = [];
  let prevMention: Mention | null = null;
  chunker.eachCandidate((c) => {
    const typed = classifier.classify(c);
    // "the provinces of Khuzestan and Ilam": a one-word guess listed with a name of known kind is of that kind.
    let type = typed.type;
    if (
      typed.evidence === 'weak' &&
      c.first === c.last &&
      prevMention &&
      prevMention.evidence !== 'weak' &&
      coordinated(tokens, prevMention.last, c.first)
    ) {
      type = prevMention.type;
    }
    if (type !== 'person' && chunker.miscNounAfter(c.last)) return;
    const words = c.first === c.last ? null : chunker.words(c.first, c.last);
    const key = words ? words.join(' ') : chunker.key(c.first);
    const famous = !words && type === 'person' ? lex.famous.get(key) : undefined;
    const caps = tokens.upper(c.first) && (ctx.mode[c.first] === CAPS || c.dateline);
    const mention: Mention = {
      start: tokens.start[c.first] as number,
      end: tokens.end[c.last] as number,
      first: c.first,
      last: c.last,
      key,
      type,
      evidence: typed.evidence,
      canonical: famous ?? (c.known ? c.known.canonical : canonicalForm(tokens, c.first, c.last, words ?? [key], caps)),
      role: c.role ? text.slice(c.role.start, c.role.end).replace(/\s+/g, ' ') : null,
      linked: false,
      team: typed.team,
      dateline: c.dateline,
      fragile: c.fragile && typed.evidence === 'weak',
    };
    mentions.push(mention);
    prevMention = mention;
  });
  linkMentions(mentions, (m) => chunker.words(m.first, m.last));
  // A weak guess the rest of the article does not back is more often a capitalised ordinary word.
  const kept = mentions.filter((m) => !m.fragile || m.linked);
  const recovered = recoveredMentions(tokens, ctx, chunker, kept);
  // Both lists are in text order: merge them.
  const entities: Entity[] = [];
  let r = 0;
  for (let k = 0; k <= kept.length; k++) {
    const m = kept[k];
    while (r < recovered.length && (!m || (recovered[r] as Mention).start < m.start))
      entities.push(toEntity(tokens, recovered[r++] as Mention));
    if (m) entities.push(toEntity(tokens, m));
  }
  return entities;
}

function toEntity(tokens: Tokens, m: Mention): Entity {
  const entity: Entity = {
    start: m.start,
    end: m.end,
    text: tokens.spanText(m.first, m.last),
    type: m.type,
    canonical: m.canonical,
  };
  if (m.role) entity.role = m.role;
  return entity;
}

/** Tokens a and b are listed together: "X, Y", "X and Y", "X or Y". */
function coordinated(tokens: Tokens, a: number, b: number): boolean {
  if (b === a + 1) return tokens.comma(b) && /^\s*,\s*$/.test(tokens.gap(b));
  if (b !== a + 2) return false;
  const between = tokens.text(a + 1);
  return (between === 'and' || between === 'or') && tokens.spaced(a + 1) && tokens.spaced(b);
}

/**
 * Words the chunker set aside as ordinary that the article's prose names: in headlines ("HILL TAKES
 * POLE", "BAYERN BEAT HAMBURG") a surname of a person named in full, a one-word name or a club's first
 * word; at the start of a sentence ("Lee said …", "Brown told …") a surname of a person named in full.
 */
function recoveredMentions(tokens: Tokens, ctx: TokenContext, chunker: Chunker, mentions: Mention[]): Mention[] {
  const names = new Map<string, Mention>();
  const surnames = new Map<string, Mention>();
  const clubWords = new Map<string, Mention>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.evidence === 'weak' && !m.linked) continue;
    const words = m.last - m.first + 1;
    if (words === 1) {
      if (!names.has(m.key)) names.set(m.key, m);
    } else if (m.type === 'person') {
      surnames.set(chunker.key(m.last), m);
      // "Lee Jae-myung": the family name comes first.
      if (words === 2 && HYPHENATED_GIVEN_NAME.test(chunker.key(m.last))) surnames.set(chunker.key(m.first), m);
    } else if (
      m.type === 'organization' &&
      words === 2 &&
      !chunker.lex.common.has(chunker.key(m.first).toLowerCase())
    ) {
      // "BAYERN" for "Bayern Munich", not "TREASURY" for "Treasury Department".
      clubWords.set(chunker.key(m.first), m);
    }
  }
  if (names.size === 0 && surnames.size === 0 && clubWords.size === 0) return [];
  const out: Mention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.cap(i)) continue;
    const prose = ctx.mode[i] === PROSE;
    if (
      prose &&
      !(ctx.initial[i] && i + 1 < tokens.length && !tokens.cap(i + 1) && !tokens.num(i + 1) && tokens.spaced(i + 1))
    )
      continue;
    const start = tokens.start[i] as number;
    while (next < mentions.length && (mentions[next] as Mention).end <= start) next++;
    const covering = mentions[next];
    if (covering && covering.start <= start) continue;
    const key = chunker.key(i);
    const found = prose ? surnames.get(key) : (names.get(key) ?? surnames.get(key) ?? clubWords.get(key));
    if (!found) continue;
    out.push({
      start,
      end: tokens.end[i] as number,
      first: i,
      last: i,
      key,
      type: found.type,
      evidence: 'strong',
      canonical: found.canonical,
      role: null,
      linked: true,
      team: false,
      dateline: false,
      fragile: false,
    });
  }
  return out;
}

/** A readable canonical name for tokens first..last (their lookup keys `words`): whitespace collapsed, ALL-CAPS names title-cased. */
function canonicalForm(tokens: Tokens, first: number, last: number, words: string[], caps: boolean): string {
  if (caps) return words.map((w) => (w.length > 4 || /[a-z]/.test(w) ? titleCase(w) : w)).join(' ');
  const surface = tokens.spanText(first, last);
  return words.length > 1 && /[^\S ]| {2}/.test(surface) ? surface.replace(/\s+/g, ' ') : surface;
}
