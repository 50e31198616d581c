/**
 * A pull quote credited to someone not named: "“Nobody wants to hold the pen” — EU diplomat",
 * "“Nobody on my team saw this coming” — an engineer on the payments team". Pages set a quote apart
 * and credit it after a dash on its own; the credit is the source. Part of the person family.
 */
import type { Sentence } from '../text/sentence.ts';
import type { Cue } from './candidate.ts';
import { GROUP_HEADS, INDEFINITE, OFFICIAL_HEADS, SOURCE_HEADS } from './lexicon.ts';
import { isPersonNoun } from './speakers.ts';

/** A closing quotation mark (double or single), a dash, then the credit to the end of its paragraph. */
const CREDIT = /[”"’'][.!?]?[ \t]*[—–][ \t]*([^\n“”"]{2,80})(?=\n|$)/g;
/** Adjectives that open a credit: "— former adviser", "— senior Army source". */
const CREDIT_ADJECTIVES = new Set(['former', 'senior', 'junior', 'retired', 'veteran', 'longtime', 'top', 'local']);
/** Words that make the line after a dash a sentence going on, not a credit: "— and they did." */
const FUNCTION_WORDS = new Set([
  'and',
  'but',
  'or',
  'so',
  'then',
  'they',
  'he',
  'she',
  'it',
  'we',
  'i',
  'you',
  'did',
  'was',
  'were',
  'is',
  'are',
  'not',
  'that',
  'this',
]);
const isPeople = (lo: string): boolean =>
  OFFICIAL_HEADS.has(lo) || SOURCE_HEADS.has(lo) || GROUP_HEADS.has(lo) || isPersonNoun(lo, /[^s]s$/.test(lo));
/** Nouns for people by their ending: "producer", "strategist", "employee", "spokeswoman". */
const AGENT = /(?:er|or|ist|ian|ant|ent|ee|man|woman)s?$/;
/** Words that open a phrase after the credit's head: "an engineer on the payments team". */
const PHRASE_OPENERS = new Set(['on', 'at', 'in', 'with', 'for', 'from', 'of', 'close', 'to', 'who', 'inside']);
/**
 * What may follow the credit's head: nothing, or one phrase a preposition opens ("on the payments
 * team", "at Brightwater Animation"); a capitalised word right after the head is a name.
 */
const AFTER_HEAD = /^(?:\s+(?:on|at|in|with|for|from|of|close to|inside)\s+[^,]{1,60})?\s*\.?$/;

export function creditCues(text: string, sentences: readonly Sentence[]): Cue[] {
  const cues: Cue[] = [];
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    const credit = m[1] as string;
    const start = m.index + m[0].length - credit.length;
    const found = unnamedCredit(credit);
    if (!found || !sentences.some((s) => s.start <= start && start < s.end)) continue;
    const end = start + found.end;
    cues.push({
      start,
      end,
      kind: found.kind,
      confidence: 0.6,
      reason: `a pull quote credited to ${found.plural ? 'people' : 'someone'} not named`,
      source: credit.slice(0, found.end),
      plural: found.plural,
    });
  }
  return cues;
}

/**
 * The credit's head, when it names a kind of person and no one in particular: an optional
 * determiner, up to four modifiers, the head in lower case, then at most a phrase a preposition
 * opens. A comma or a capitalised word right after the head means a name ("— Jane Doe, a nurse",
 * "— spokesman John Lee").
 */
function unnamedCredit(credit: string): { end: number; kind: Cue['kind']; plural: boolean } | null {
  if (credit.includes(',')) return null;
  const words = [...credit.matchAll(/[\p{L}'’-]+/gu)];
  let k = 0;
  if (words[0] && INDEFINITE.has(words[0][0].toLowerCase())) k++;
  // The head is the last word before any phrase after it; the words before it are its modifiers
  // ("Bengals team source", "senior Army source", "a former line cook"). After a pull quote's dash
  // only a person is credited, so the head need only be a noun: the phrase must open with a
  // determiner, a capitalised word, a word for people or an adjective for them, and no function word.
  let head: { end: number; lo: string } | null = null;
  let person = false;
  const first = words[k]?.[0] ?? '';
  const opensRight =
    k > 0 || /^\p{Lu}/u.test(first) || CREDIT_ADJECTIVES.has(first) || AGENT.test(first) || isPeople(first);
  for (let h = k; h < Math.min(words.length, k + 5); h++) {
    const w = words[h] as RegExpMatchArray;
    const lo = w[0];
    if (lo !== lo.toLowerCase()) continue;
    if (PHRASE_OPENERS.has(lo)) break;
    if (FUNCTION_WORDS.has(lo)) return null;
    head = { end: (w.index as number) + lo.length, lo };
    person ||= isPeople(lo) || AGENT.test(lo);
  }
  if (!head || !(opensRight || person) || !AFTER_HEAD.test(credit.slice(head.end))) return null;
  const plural = /[^s]s$/.test(head.lo); // "diplomats", not "eyewitness"
  return { end: head.end, kind: OFFICIAL_HEADS.has(head.lo) ? 'unnamed-official' : 'unnamed-source', plural };
}
