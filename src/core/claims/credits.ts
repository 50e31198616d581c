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
 * determiner, up to three modifiers ("EU", "Bengals team"), the head in lower case, then only a
 * lower-case phrase. A comma or a capitalised word after the head means a
 * name ("— Jane Doe, a nurse", "— spokesman John Lee").
 */
function unnamedCredit(credit: string): { end: number; kind: Cue['kind']; plural: boolean } | null {
  if (credit.includes(',')) return null;
  const words = [...credit.matchAll(/[\p{L}'’-]+/gu)];
  let k = 0;
  if (words[0] && INDEFINITE.has(words[0][0].toLowerCase())) k++;
  // The head is the last word for people before any phrase after it; the words before it are its
  // modifiers ("Bengals team source", "senior Army source", "an engineer on the payments team").
  let head: { end: number; lo: string } | null = null;
  for (let h = k; h < Math.min(words.length, k + 5); h++) {
    const w = words[h] as RegExpMatchArray;
    const lo = w[0];
    if (lo !== lo.toLowerCase()) continue;
    if (PHRASE_OPENERS.has(lo)) break;
    // After a pull quote's dash only a person is credited, so any agent noun will do ("a producer").
    const person =
      OFFICIAL_HEADS.has(lo) ||
      SOURCE_HEADS.has(lo) ||
      GROUP_HEADS.has(lo) ||
      isPersonNoun(lo, /[^s]s$/.test(lo)) ||
      AGENT.test(lo);
    if (person) head = { end: (w.index as number) + lo.length, lo };
  }
  if (!head || !AFTER_HEAD.test(credit.slice(head.end))) return null;
  const plural = /[^s]s$/.test(head.lo); // "diplomats", not "eyewitness"
  return { end: head.end, kind: OFFICIAL_HEADS.has(head.lo) ? 'unnamed-official' : 'unnamed-source', plural };
}
