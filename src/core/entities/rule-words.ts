/**
 * What the entity rules (recognize.ts) ask of a token's word, kept with the word's tagger facts
 * (WordInfo) so that it is worked out once per distinct word rather than per token or span: its lookup
 * key, its gazetteer entries, and string tests and word-list lookups as bits. A token whose facts are
 * another form's (a soft hyphen removed, a Title Case headline read in capitals) is asked afresh.
 */
import type { GazetteerEntry, Lexicon } from '../lexicon/index.ts';
import { titleCase } from './chunk.ts';
import type { WordInfo } from './learned/features.ts';
import type { TaggedArticle } from './learned/tagger.ts';

const WORDLIKE = /[\p{L}\p{N}]/u;
const LOWER_LETTER = /\p{Ll}/u;
const DIGIT = /\d/;

/** Has a letter or a digit: most words start with an ASCII one, told without the Unicode expression. */
export function wordlike(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return WORDLIKE.test(w);
}

/** Token k's word as names are keyed: no soft hyphen, title case for a word in capitals in a sentence in capitals. */
export function keyWord(t: TaggedArticle, k: number): string {
  const info = ownInfo(t, k);
  if (!info) {
    let w = t.tokens.words[k]!;
    if (w.includes('\u00ad')) w = w.replace(/\u00ad/g, '');
    return t.facts.capsSentence[k] ? capsKey(w) : w;
  }
  if (!t.facts.capsSentence[k]) return info.written;
  info.capsKey ??= capsKey(info.written);
  return info.capsKey;
}

/** A word's key in a sentence in capitals: words in capitals are title-cased. */
export function capsKey(w: string): string {
  return w.length > 1 && !LOWER_LETTER.test(w) ? titleCase(w) : w;
}

/**
 * The tagger's facts of token k's word as written, or null where they are another form's (a word with
 * a soft hyphen, a Title Case headline read in capitals): the rules keep what they ask of a word there.
 */
export function ownInfo(t: TaggedArticle, k: number): WordInfo | null {
  // A column nerFacts fills as it reads the words: comparing the strings costs a cache miss per token
  // on a long article.
  return t.facts.asWritten[k] ? t.facts.infos[k]! : null;
}

/** `lex.names.get(keyWord(t, k))`, asked once per word and kept with its facts. */
export function keyEntry(t: TaggedArticle, lex: Lexicon, k: number): GazetteerEntry | undefined {
  const info = ownInfo(t, k);
  if (!info) return lex.names.get(keyWord(t, k));
  if (t.facts.capsSentence[k]) {
    if (info.capsEntry === undefined) info.capsEntry = lex.names.get(keyWord(t, k)) ?? null;
    return info.capsEntry ?? undefined;
  }
  if (info.entry === undefined) info.entry = lex.names.get(info.written) ?? null;
  return info.entry ?? undefined;
}

// What the rules ask of a word as written, as bits worked out once per word (see `wordBits`): asked
// per token and per span as string tests and set lookups, they cost about 5% of recognizeEntities.
export const ASKED = 1;
/** Its first character is unchanged in lower case (a lower-case word, punctuation, a figure). */
export const INITIAL_LOWER = 2;
export const HAS_LOWER = 4;
export const HAS_DIGIT = 8;
export const FUNCTION_WORD = 16;
/** Lower-cased, an everyday word (`lex.common`). */
export const COMMON_WORD = 32;
/** As written, a first name the lists know. */
export const FIRST_NAME = 64;
export const WORD_LIKE = 128;
/** "the" in any case. */
export const THE = 256;
/** Lower-cased, a title or title qualifier (isRoleWord), a title, a title qualifier. */
export const ROLE_WORD = 512;
export const TITLE = 1024;
export const QUALIFIER = 2048;
/** Lower-cased, a month or day (`lex.calendar`). */
export const CALENDAR = 4096;
/** Lower-cased, an event's last word ("Marathon", "Cup") or first ("Storm", "Operation"), or "of". */
export const MISC_HEAD = 8192;
export const MISC_OPENER = 16384;
export const OF = 32768;

export function bitsOf(lex: Lexicon, w: string): number {
  const lower = w.toLowerCase();
  const initial = w.charAt(0);
  let bits = ASKED;
  if (initial === initial.toLowerCase()) bits |= INITIAL_LOWER;
  if (LOWER_LETTER.test(w)) bits |= HAS_LOWER;
  if (DIGIT.test(w)) bits |= HAS_DIGIT;
  if (lex.functionWords.has(w)) bits |= FUNCTION_WORD;
  if (lex.common.has(lower)) bits |= COMMON_WORD;
  if (lex.firstNames.has(w)) bits |= FIRST_NAME;
  if (wordlike(w)) bits |= WORD_LIKE;
  if (lower === 'the') bits |= THE;
  if (lex.titles.has(lower)) bits |= TITLE | ROLE_WORD;
  if (lex.titleQualifiers.has(lower)) bits |= QUALIFIER | ROLE_WORD;
  if (lex.calendar.has(lower)) bits |= CALENDAR;
  if (lex.miscHeads.has(lower)) bits |= MISC_HEAD;
  if (lex.miscOpeners.has(lower)) bits |= MISC_OPENER;
  if (lower === 'of') bits |= OF;
  return bits;
}

/**
 * The bits above of token k's word as written: kept with the word's facts, or worked out where those
 * are another form's.
 */
export function wordBits(t: TaggedArticle, lex: Lexicon, k: number): number {
  const info = ownInfo(t, k);
  if (!info) return bitsOf(lex, t.tokens.words[k]!);
  if (info.rules === 0) info.rules = bitsOf(lex, info.written);
  return info.rules;
}

/** `lex.names.get(words[k])` (the word as written), kept likewise. */
export function writtenEntry(t: TaggedArticle, lex: Lexicon, k: number): GazetteerEntry | undefined {
  const info = ownInfo(t, k);
  if (!info) return lex.names.get(t.tokens.words[k]!);
  if (info.entry === undefined) info.entry = lex.names.get(info.written) ?? null;
  return info.entry ?? undefined;
}
