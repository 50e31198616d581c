/**
 * Attributions from the tagger's spans: each cue is tied to its source (the nearest source span
 * before it in the sentence, or right after it: "“…,” said one host") and its contents (the content
 * span after the cue, or the quotation before it).
 */
import { SAYING } from './lexicon.ts';
import { ATTRIBUTION_TAGS } from './roles.ts';
import type { TaggedArticle } from './tagger.ts';
import { spansOf, type TypedSpan } from '../tagger/tags.ts';

/** A span of tokens [from, to) and of characters [start, end). */
export interface TokenSpan {
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface FoundAttribution {
  cue: TokenSpan;
  source: TokenSpan | null;
  contents: TokenSpan[];
  /** Sentence index of the cue. */
  sentence: number;
  /** Mean margin of the model's decisions over the cue's and the source's tokens. */
  margin: number;
}

/** How far (tokens) a source may stand after its cue: "said one senior official". */
const SOURCE_AFTER = 2;

export function findAttributions(tagged: TaggedArticle): FoundAttribution[] {
  const { tokens, sentenceOf, margins } = tagged;
  const span = (s: TypedSpan, offset: number): TokenSpan => ({
    from: offset + s.start,
    to: offset + s.end,
    start: tokens.starts[offset + s.start]!,
    end: tokens.ends[offset + s.end - 1]!,
  });
  const meanMargin = (s: TokenSpan): number => {
    let sum = 0;
    for (let k = s.from; k < s.to; k++) sum += margins[k]!;
    return sum / (s.to - s.from);
  };
  const found: FoundAttribution[] = [];
  for (const seq of tagged.sequences) {
    const spans = spansOf(tagged.tags.subarray(seq.from, seq.to), ATTRIBUTION_TAGS).map((s) => ({
      type: s.type,
      at: span(s, seq.from),
    }));
    const used = new Set<number>();
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      if (s.type !== 'CUE') continue;
      const cue = s.at;
      const sentence = sentenceOf[cue.from]!;
      const sameSentence = (k: number): boolean => sentenceOf[spans[k]!.at.from] === sentence;
      let source: TokenSpan | null = null;
      const next = spans[i + 1];
      // Not a span that is the subject of a cue of its own: "…, said satellite data showed …".
      const ownCue =
        spans[i + 2]?.type === 'CUE' &&
        spans[i + 2]!.at.from - (next?.at.to ?? 0) <= 1 &&
        !/^according$/i.test(tokens.words[cue.from]!);
      // "…, telling a Senate committee that …": who is told hears it, the speaker is before.
      const hearer = /^(?:telling|told|tells|briefing)$/i.test(tokens.words[cue.to - 1]!);
      const sourceAfter =
        next?.type === 'SRC' && next.at.from - cue.to <= SOURCE_AFTER && sameSentence(i + 1) && !ownCue && !hearer;
      // "…, say economists" / "“…,” said one host": after a comma or a quote, the source follows.
      const before = tokens.words[cue.from - 1] ?? '';
      if (sourceAfter && /^[,”"’]$/.test(before)) {
        source = next.at;
        used.add(i + 1);
      }
      // The nearest source before the cue in its sentence, not already taken by another cue…
      for (let k = i - 1; !source && k >= 0 && sameSentence(k); k--) {
        if (spans[k]!.type === 'SRC' && !used.has(k)) {
          source = spans[k]!.at;
          used.add(k);
          break;
        }
        if (spans[k]!.type === 'CUE') break;
      }
      // …else one right after it.
      if (!source && sourceAfter && next) {
        source = next.at;
        used.add(i + 1);
      }
      const contents: TokenSpan[] = [];
      for (let k = i + 1; k < spans.length && spans[k]!.type !== 'CUE'; k++) {
        if (spans[k]!.type === 'CNT') {
          contents.push(spans[k]!.at);
          break;
        }
      }
      if (!contents.length) {
        for (let k = i - 1; k >= 0 && spans[k]!.type !== 'CUE'; k--) {
          if (spans[k]!.type === 'CNT') {
            contents.push(spans[k]!.at);
            break;
          }
        }
      }
      const margin = source ? Math.min(meanMargin(cue), meanMargin(source)) : meanMargin(cue);
      if (source) source = withPossessed(tagged, completeSource(tagged, source), cue);
      // '“…,” predicted one Eastern Conference scout.': the tagger left the source after the
      // quote untagged; a phrase opened by a determiner there is it.
      if (!source && !hearer && /^[,”"’]$/.test(before)) source = phraseAfter(tagged, cue);
      // "Asked one veteran MP: “…”": a question put to someone named after the verb.
      if (
        !source &&
        sentenceOf[cue.from - 1] !== sentenceOf[cue.from] &&
        /^asked$/i.test(tokens.words[cue.from]!) &&
        !/^the$/i.test(tokens.words[cue.to] ?? '')
      ) {
        source = phraseAfter(tagged, cue);
      }
      // "An officer, who spoke on condition …, said": a cue with no source of its own shares the
      // one cited earlier in its sentence.
      // Not a participle on a noun: "learned of it from a list posted online".
      const onNoun =
        cue.to - cue.from === 1 &&
        /^\p{Ll}+ed$/u.test(tokens.words[cue.from]!) &&
        /^\p{Ll}+$/u.test(before) &&
        !AUXILIARY.test(before);
      if (!source && !onNoun) {
        const prior = found[found.length - 1];
        if (prior?.source && prior.sentence === sentence && prior.source.end <= cue.start) source = prior.source;
      }
      found.push({ cue, source, contents, sentence, margin });
    }
  }
  return found;
}

const RELATIVE = /^(?:who|which|that|whom)$/i;
/** Words that make a following participle a verb: "had posted", "was reported", "also said". */
const AUXILIARY = /^(?:has|have|had|is|are|was|were|be|been|being|also|then|later|since|and|who|which|that)$/;
/** Words that open a noun phrase naming a source: "a", "one", "two", "the". */
const DETERMINER = /^(?:a|an|one|another|two|three|four|five|several|some|many|few|most|other|the)$/i;
/** Quantities that open a group's phrase: "several family doctors", "two campaign aides". */
const QUANTIFIER = /^(?:two|three|four|five|six|several|some|many|few|most|multiple|numerous|dozens|hundreds)$/i;
/** Words that are never a noun modifying a source's head. */
const FUNCTION_WORD =
  /^(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|who|which|is|are|was|were|be|been|has|have|had|not|as|than)$/;
/** Lower-case words that may stand between a determiner and a source's head: "a former aide". */
const MODIFIER =
  /^(?:former|senior|retired|veteran|longtime|top|local|young|junior|new|current|\p{Ll}+(?:al|ive|ior|ic|an|ese|ish))$/u;
/** Most words a source phrase after its cue may have. */
const PHRASE_AFTER = 8;

/** The phrase after a cue, from a determiner to the next punctuation: "one Eastern Conference scout". */
function phraseAfter(tagged: TaggedArticle, cue: TokenSpan): TokenSpan | null {
  const { tokens, sentenceOf } = tagged;
  const words = tokens.words;
  const from = cue.to;
  if (!DETERMINER.test(words[from] ?? '') || sentenceOf[from] !== sentenceOf[cue.from]) return null;
  let to = from + 1;
  while (
    to < words.length &&
    to - from < PHRASE_AFTER &&
    sentenceOf[to] === sentenceOf[from] &&
    /^[\p{L}\p{N}'’-]+$/u.test(words[to]!)
  ) {
    if (RELATIVE.test(words[to]!) || SAYING.has(words[to]!.toLowerCase())) break;
    to++;
  }
  if (to - from < 2) return null;
  return { from, to, start: tokens.starts[from]!, end: tokens.ends[to - 1]! };
}
/** Words a noun phrase's tail may be joined to its head by: "soldiers serving near the town". */
const LINKS =
  /^(?:near|at|in|of|on|from|by|inside|within|with|for|around|across|serving|working|based|close|familiar|involved|living|speaking|briefed|connected|stationed|employed)$/i;
/** A count: "four", "20", "dozens". */
const NUMBER = /^(?:\p{N}[\p{N},.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/iu;
/** Words that open a quantity inside a phrase: "in at least four cities", "from more than 20 firms". */
const QUANTITY_LEAD = /^(?:at|least|more|than|as|many|nearly|almost|about|around|roughly|over|some|up|to)$/i;
/** Where a clause, and so a source's noun phrase, begins. */
const CLAUSE_EDGE = /^(?:[,;:(“"‘—–]|that|and|but|while|as|because|when|if|after|before)$/i;
const REACH = 16;
/** A past participle opening an aside: "…, interviewed separately by the Star Tribune,". */
const PARTICIPLE = /^\p{Ll}+ed$/u;

/**
 * A source cut after its determiner ("a" for "a Texas Republican") runs on to the next punctuation;
 * one cut before it ("Republican" for "a Nevada Republican") takes the determiner and the
 * modifiers between them back.
 */
function withDeterminer(tagged: TaggedArticle, source: TokenSpan): TokenSpan {
  const { tokens, sentenceOf } = tagged;
  const words = tokens.words;
  const sentence = sentenceOf[source.from];
  const at = (from: number, to: number): TokenSpan => ({
    from,
    to,
    start: tokens.starts[from]!,
    end: tokens.ends[to - 1]!,
  });
  if (source.to - source.from === 1 && DETERMINER.test(words[source.from]!) && !/^the$/i.test(words[source.from]!)) {
    const longer = phraseAfter(tagged, { ...source, to: source.from } as TokenSpan);
    return longer ?? source;
  }
  if (DETERMINER.test(words[source.from]!)) return source;
  for (let k = source.from - 1; k >= 0 && k >= source.from - 4 && sentenceOf[k] === sentence; k--) {
    const w = words[k]!;
    if (DETERMINER.test(w)) return at(k, source.to);
    if (!(/^\p{Lu}/u.test(w) || MODIFIER.test(w))) break;
  }
  // "Several family doctors": nouns as modifiers, when a quantity opens the phrase right before.
  for (let k = source.from - 1; k >= 0 && k >= source.from - 2 && sentenceOf[k] === sentence; k--) {
    const w = words[k]!;
    if (QUANTIFIER.test(w)) return at(k, source.to);
    if (!/^\p{Ll}+$/u.test(w) || FUNCTION_WORD.test(w) || SAYING.has(w)) break;
  }
  return source;
}

/** Most words a possessive's noun may take: "Obama's senior campaign aides". */
const POSSESSED = 4;

/**
 * "Obama’s aides were coy": a source cut at its possessive runs on to the people it owns, when
 * lower-case words alone stand between it and its cue.
 */
function withPossessed(tagged: TaggedArticle, source: TokenSpan, cue: TokenSpan): TokenSpan {
  const words = tagged.tokens.words;
  if (!/^['’]s$/.test(words[source.to] ?? '') || cue.from <= source.to + 1) return source;
  const to = cue.from;
  if (to - source.to - 1 > POSSESSED) return source;
  for (let k = source.to + 1; k < to; k++) if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!)) return source;
  return { ...source, to, end: tagged.tokens.ends[to - 1]! };
}

/** Most words of a relative clause before a source span that sits inside it. */
const RELATIVE_REACH = 12;

/**
 * The index of "that"/"who" opening a relative clause on people ("employers that use …"), or of a
 * participle opening a phrase on them ("lawyers following the case"), which the span at `from` sits
 * in; -1 if none.
 */
function relativeBefore(words: string[], from: number, sentenceOf: ArrayLike<number>): number {
  const sentence = sentenceOf[from];
  // "Antitrust lawyers following the case said": a participle's phrase works as the clause does.
  const participle = words[from - 1] ?? '';
  if (
    /^\p{Ll}+ing$/u.test(participle) &&
    !SAYING.has(participle) &&
    /^\p{Ll}+s$/u.test(words[from - 2] ?? '') &&
    sentenceOf[from - 2] === sentence
  )
    return from - 1;
  for (let k = from - 1; k >= 1 && from - k <= RELATIVE_REACH && sentenceOf[k - 1] === sentence; k--) {
    const w = words[k]!;
    if (/^(?:who|that)$/i.test(w)) {
      const people = words[k - 1]!;
      return /^(?:\p{Ll}+s|person|someone)$/u.test(people) && !SAYING.has(people) ? k : -1;
    }
    // Words of the clause, names among them ("who attended a meeting with Arıkan in Istanbul").
    if (!/^[\p{L}-]+$/u.test(w)) return -1;
  }
  return -1;
}

/**
 * Repairs two ways the tagger cuts a source short: a relative pronoun ("…, who spoke") stands for
 * the phrase before it, and a span that starts after a linking word ("near the town") is the tail
 * of a longer phrase ("Soldiers serving near the town"). Both take the words back to the clause's
 * start, within the sentence.
 */
function completeSource(tagged: TaggedArticle, source: TokenSpan): TokenSpan {
  const { tokens, sentenceOf } = tagged;
  const words = tokens.words;
  let from = source.from;
  // Punctuation, and a verb of saying the span took from its cue ("added a Texas Republican").
  while (from < source.to - 1 && (/^[,;]$/.test(words[from]!) || SAYING.has(words[from]!.toLowerCase()))) from++;
  // "FEMA's regional administrator": a span the tagger opened at the possessive takes its owner back.
  if (/^['’]s$/.test(words[from]!)) {
    while (from > 0 && sentenceOf[from - 1] === sentenceOf[from] && /^\p{Lu}/u.test(words[from - 1]!)) from--;
  }
  source = withDeterminer(tagged, { ...source, from, start: tokens.starts[from]! });
  from = source.from;
  const sentence = sentenceOf[source.from];
  // "Two employers that use Ledgerline told", "Three hauliers that deliver to the depot told": a
  // span inside a relative clause stands for the people named before its pronoun.
  const pronoun = relativeBefore(words, from, sentenceOf);
  if (pronoun > 0) {
    let k = pronoun - 1;
    let start = pronoun;
    while (k >= 0 && sentenceOf[k] === sentence && start - k <= REACH && !CLAUSE_EDGE.test(words[k]!)) {
      start = k;
      k--;
    }
    if (start < pronoun)
      return withDeterminer(tagged, {
        from: start,
        to: pronoun,
        start: tokens.starts[start]!,
        end: tokens.ends[pronoun - 1]!,
      });
  }
  // "who reviewed the data", "interviewed separately by …": the people are named before.
  const relative = RELATIVE.test(words[from]!) || (PARTICIPLE.test(words[from]!) && words[from - 1] === ',');
  // "Pharmacists in at least four cities": the quantity's lead words stand between the span and its link.
  let lead = from - 1;
  if (NUMBER.test(words[from]!)) while (lead > 0 && from - lead < 4 && QUANTITY_LEAD.test(words[lead]!)) lead--;
  const link = LINKS.test(words[lead] ?? '') ? lead : from - 1;
  const linked = !relative && (LINKS.test(words[link] ?? '') || LINKS.test(words[from] ?? ''));
  if (!relative && !linked) return source;
  let k = from - 1;
  if (relative && words[k] === ',') k--;
  const to = relative && source.to - from === 1 ? k + 1 : source.to;
  let start = k + 1;
  while (k >= 0 && sentenceOf[k] === sentence && start - k <= REACH && !CLAUSE_EDGE.test(words[k]!)) {
    start = k;
    k--;
  }
  while (start < to - 1 && SAYING.has(words[start]!.toLowerCase())) start++;
  if (start >= to) return source;
  return { from: start, to, start: tokens.starts[start]!, end: tokens.ends[to - 1]! };
}
