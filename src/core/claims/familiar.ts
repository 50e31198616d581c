/** "people familiar with the matter", "a source close to the talks", "officials briefed on". */
import { BE_FORMS, GROUP_HEADS, OFFICIAL_HEADS, SAY_VERBS, SOURCE_HEADS, VERB_STOPS } from './lexicon.ts';
import { isWord, tokensAfter, tokensBefore, type Token } from './tokens.ts';
import { before, after, cue, type Candidate, type Cue } from './candidate.ts';
import { nounPhrase, verbBefore, PLURAL } from './people.ts';

const FAMILIAR_PEOPLE = new Set([
  ...OFFICIAL_HEADS, ...SOURCE_HEADS, ...GROUP_HEADS, 'people', 'person', 'someone', 'those', 'individuals', 'others', 'anyone', 'one',
  'two', 'three', 'four', 'several', 'insiders', 'figures', 'members', 'allies', 'executives', 'lawyers', 'investigators',
]);
const LINKING = new Set(['who', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'been', 'directly', 'personally', 'closely', 'intimately', 'with']);

export function familiarCue(c: Candidate): Cue | null {
  const left = before(c, 6);
  let i = 0;
  // "with (direct) knowledge of": the person comes before "with".
  if (c.lo.endsWith('knowledge of') && left[0]?.lo !== 'with') return null;
  // "people who have seen the plan": only with "who", or it is someone's own experience.
  if (/^ha(?:s|ve|d) /.test(c.lo) && left[0]?.lo !== 'who') return null;
  while (left[i] && LINKING.has((left[i] as Token).lo)) i++;
  const head = left[i];
  if (!head || !FAMILIAR_PEOPLE.has(head.lo)) return null;
  // Without "who", only a direct link counts: "officials were aware of the risks" is not sourcing.
  const linkers = left.slice(0, i).map((t) => t.lo);
  if (linkers.some((w) => BE_FORMS.has(w) || w === 'have' || w === 'has' || w === 'had') && !linkers.includes('who')) return null;
  const right = after(c, 6);
  const obj = right[0];
  if (!obj || !isWord(obj)) return null;
  // "close to 50 people": a number, not a matter someone is close to.
  if (/^\d/.test(obj.t) || ['half', 'a', 'an'].includes(obj.lo)) return null;
  let end = c.end;
  for (const t of right.slice(0, 5)) {
    if (!isWord(t) || VERB_STOPS.has(t.lo) || SAY_VERBS.has(t.lo)) break;
    end = t.end;
  }
  const headCand: Candidate = { ...c, start: head.start, end: head.end, lo: head.lo };
  const np = nounPhrase(headCand, tokensBefore(c.text, head.start, c.sentence.start, 6));
  // "close to", "aware of", "involved in" describe people as often as they source them
  // ("officials involved in the scandal were fired"): they need someone to say something.
  if (!/^(?:familiar|briefed|knowledge|direct|first|detailed|intimate|knowledgeable|acquainted)/.test(c.lo)) {
    const says = tokensAfter(c.text, end, c.sentence.end, 6).some((t) => SAY_VERBS.has(t.lo));
    if (!says && !verbBefore(np, undefined)) return null;
  }
  const source = c.text.slice(np.start, end);
  return cue(c, np.start, end, 'familiar-with', 0.9, 'people said to know the matter, not named', { source, plural: PLURAL.test(head.lo) });
}
