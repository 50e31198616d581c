/**
 * "people familiar with the matter", "a source close to the talks", "officials briefed on".
 *
 * Kept beside the attribution model (`npm run ablation`, leaving this layer out; dev sets = corpus DEV +
 * blind 1–7): family familiar: without it, dev-set recall 0.988 → 0.960.
 */
import { BE_FORMS, GROUP_HEADS, OFFICIAL_HEADS, SAY_VERBS, SOURCE_HEADS, VERB_STOPS } from './lexicon.ts';
import { isWord, tokensAfter, tokensBefore, type Token } from './tokens.ts';
import { before, after, cue, type CueCandidate, type Cue } from './candidate.ts';
import { appositiveToName, nounPhrase, sayingAt, verbBefore, PLURAL } from './people.ts';
import { isPersonNoun } from './speakers.ts';
import { relativeDocumentCue } from './documents.ts';

const FAMILIAR_PEOPLE = new Set([
  ...OFFICIAL_HEADS,
  ...SOURCE_HEADS,
  ...GROUP_HEADS,
  'people',
  'person',
  'someone',
  'those',
  'individuals',
  'others',
  'anyone',
  'one',
  'two',
  'three',
  'four',
  'several',
  'insiders',
  'figures',
  'members',
  'allies',
  'executives',
  'lawyers',
  'investigators',
  'leader',
  'leaders',
]);
const LINKING = new Set([
  'who',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'been',
  'directly',
  'personally',
  'closely',
  'intimately',
  'with',
]);

/** Cues that need nothing after them: "people who attended", "those in the know". */
const NO_OBJECT = /^(?:who |in the know|familiar$)/;

export function familiarCue(c: CueCandidate): Cue | null {
  if (/ around$/.test(c.lo)) return aroundCue(c);
  if (c.lo === 'entourage' || c.lo === 'inner circle') return entourageCue(c);
  // "Those present said the chairman lost his temper": the people who were there.
  if (c.lo.startsWith('those ')) {
    const p0 = before(c, 1)[0];
    if (p0 && isWord(p0) && !['and', 'but', 'while', 'though', 'yet'].includes(p0.lo)) return null;
    if (!saysAfter(c.text, c.end, c.sentence.end)) return null;
    return cue(c, c.start, c.end, 'familiar-with', 0.8, 'people who were there, not named', {
      source: c.word,
      plural: true,
    });
  }
  const left = before(c, 6);
  let i = 0;
  // "with (direct) knowledge of": the person comes before "with".
  if (c.lo.endsWith('knowledge of') && left[0]?.lo !== 'with') return null;
  // "people who have seen the plan": only with "who", or it is someone's own experience;
  // "a memo, which Reuters has seen," is a document.
  if (/^ha(?:s|ve|d) /.test(c.lo) && left[0]?.lo !== 'who') return relativeDocumentCue(c);
  while (left[i] && LINKING.has((left[i] as Token).lo)) i++;
  const head = left[i];
  // Any noun for people: "physicists familiar with the efforts", "two employees who attended".
  if (!head || !(FAMILIAR_PEOPLE.has(head.lo) || isPersonNoun(head.lo, /s$|men$/.test(head.lo)))) return null;
  // Without "who", only a direct link counts: "officials were aware of the risks" is not sourcing.
  const linkers = left.slice(0, i).map((t) => t.lo);
  if (linkers.some((w) => BE_FORMS.has(w) || w === 'have' || w === 'has' || w === 'had') && !linkers.includes('who'))
    return null;
  const right = after(c, 6);
  const obj = right[0];
  const bare = NO_OBJECT.test(c.lo);
  if (!bare && (!obj || !isWord(obj))) return null;
  // "close to 50 people": a number, not a matter someone is close to.
  if (obj && (/^\d/.test(obj.t) || ['half', 'a', 'an'].includes(obj.lo)) && !bare) return null;
  let end = c.end;
  for (const t of bare ? [] : right.slice(0, 5)) {
    // "people close to the negotiations that a deal was near": the clause after is what they said.
    if (!isWord(t) || VERB_STOPS.has(t.lo) || SAY_VERBS.has(t.lo) || t.lo === 'that') break;
    end = t.end;
  }
  const headCand: CueCandidate = { ...c, start: head.start, end: head.end, lo: head.lo };
  const np = nounPhrase(headCand, tokensBefore(c.text, head.start, c.sentence.start, 6));
  // "Douglas Brinkley, a historian who attended the session, recalled": the named person was there.
  if (appositiveToName(np, after(c, 14))) return null;
  // "close to", "aware of", "involved in" describe people as often as they source them
  // ("officials involved in the scandal were fired"): they need someone to say something.
  // Sources are sources: "sources close to the team played down …" needs no verb.
  if (
    !/^(?:familiar|briefed|knowledge|direct|first|detailed|intimate|knowledgeable|acquainted|consulted)/.test(c.lo) &&
    !SOURCE_HEADS.has(head.lo)
  ) {
    const said = verbOfSaying(c.text, end, c.sentence.end);
    if (!said && !verbBefore(np, undefined)) return null;
    // The cue runs on over an aside to its verb, so the claim takes in the whole sentence.
    if (said?.aside) {
      const source = c.text.slice(np.start, end);
      return cue(c, np.start, said.verb.end, 'familiar-with', 0.9, 'people said to know the matter, not named', {
        source,
        plural: PLURAL.test(head.lo),
      });
    }
  }
  const source = c.text.slice(np.start, end);
  return cue(c, np.start, end, 'familiar-with', 0.9, 'people said to know the matter, not named', {
    source,
    plural: PLURAL.test(head.lo),
  });
}

/** A verb of saying within a few words: "… said", "… played down suggestions". */
function saysAfter(text: string, from: number, limit: number): boolean {
  return verbOfSaying(text, from, limit) !== null;
}

/** The verb of saying after `from`, and whether an aside stands before it. */
function verbOfSaying(text: string, from: number, limit: number): { verb: Token; aside: boolean } | null {
  let toks = tokensAfter(text, from, limit, 8);
  // "People close to the consortium, which is led by Kyle Brandt, insist": past the aside.
  let aside = false;
  if (toks[0]?.t === ',' && ['which', 'who', 'whose'].includes(toks[1]?.lo ?? '')) {
    const close = text.indexOf(',', (toks[1] as Token).end);
    if (close > 0 && close < limit && close - from < 200) {
      toks = tokensAfter(text, close + 1, limit, 4);
      aside = true;
    }
  }
  let prev = '';
  for (let k = 0; k < toks.length; k++) {
    const verb = sayingAt(toks, k, prev);
    if (verb) return { verb, aside };
    prev = (toks[k] as Token).lo;
  }
  return null;
}

/**
 * "Those around the actor say", "people around the president insist": the people around someone,
 * with a verb of saying after the person they are around.
 */
function aroundCue(c: CueCandidate): Cue | null {
  const p0 = before(c, 1)[0];
  // "… and those around him said" is fine; "sat with those around him" describes, not sources.
  if (
    p0 &&
    isWord(p0) &&
    !['and', 'but', 'while', 'though', 'yet'].includes(p0.lo) &&
    !verbBefore(nounPhrase(c, before(c, 3)), undefined)
  )
    return null;
  const right = after(c, 4);
  const obj = right[0];
  if (!obj || !(['him', 'her', 'them', 'the', 'his', 'their'].includes(obj.lo) || /^\p{Lu}/u.test(obj.t))) return null;
  let end = obj.end;
  for (const t of right.slice(1, 4)) {
    if (!isWord(t) || VERB_STOPS.has(t.lo) || SAY_VERBS.has(t.lo)) break;
    end = t.end;
  }
  if (!saysAfter(c.text, end, c.sentence.end) && !verbBefore(nounPhrase(c, before(c, 3)), undefined)) return null;
  const head = c.lo.split(' ')[0] as string;
  return cue(c, c.start, end, 'familiar-with', 0.8, 'people close to someone, not named', {
    source: c.text.slice(c.start, end),
    plural: head !== 'someone' && head !== 'source',
  });
}

/** "someone in the president's entourage told Le Monde", "members of his inner circle say". */
function entourageCue(c: CueCandidate): Cue | null {
  const left = before(c, 6);
  // Back over the owner ("the president's", "his") to "in", "of" or "from", then the person.
  const at = left.findIndex((t) => t.lo === 'in' || t.lo === 'of' || t.lo === 'from');
  if (at < 0 || at > 3) return null;
  const head = left[at + 1];
  if (!head || !FAMILIAR_PEOPLE.has(head.lo)) return null;
  const np = nounPhrase(
    { ...c, start: head.start, end: head.end, lo: head.lo },
    tokensBefore(c.text, head.start, c.sentence.start, 6),
  );
  if (!saysAfter(c.text, c.end, c.sentence.end) && !verbBefore(np, undefined)) return null;
  return cue(c, np.start, c.end, 'familiar-with', 0.85, 'people close to someone, not named', {
    source: c.text.slice(np.start, c.end),
    plural: PLURAL.test(head.lo),
  });
}
