/**
 * People as sources: "two U.S. officials said", "sources told", "analysts say", "said a senior
 * official". A role counts when no name is attached and a verb of saying links it to the claim.
 */
import type { ClaimKind } from '../model/analysis.ts';
import { CALENDAR, DEMONSTRATIVE, FILLERS, HEADS_NEEDING_MODIFIER, INDEFINITE, INFO_NOUNS, NAMING, NOT_PERSON_AFTER_SOURCE, NOT_PERSON_BEFORE_SOURCE, NP_MODIFIERS, OFFICIAL_HEADS, ON_RECORD_AFTER, PARTICLE_VERBS, POSSESSIVE, SAY_VERBS, SINGULAR_NEEDS_INDEFINITE, SOURCE_HEADS, VERB_STOPS } from './lexicon.ts';
import { isCapitalized, isWord, tokensAfter, type Token } from './tokens.ts';
import { before, after, cue, insideQuotation, type Candidate, type Cue } from './candidate.ts';

/** Capitalised words that open sentences or clauses, not part of a source's name. */
const CONNECTIVE = new Set(['but', 'and', 'meanwhile', 'however', 'yet', 'so', 'then', 'although', 'though', 'because', 'while', 'as', 'since', 'when', 'after', 'before', 'still']);

export interface NounPhrase {
  start: number;
  determiner?: string;
  modifiers: string[];
  /** The token just before the phrase. */
  prev?: Token;
  /** The token before that. */
  prev2?: Token;
  rest: Token[];
}

/** Walks left from a head noun over its modifiers and determiner. */
export function nounPhrase(c: Candidate, toks: Token[]): NounPhrase {
  const np: NounPhrase = { start: c.start, modifiers: [], rest: [] };
  let i = 0;
  for (; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (INDEFINITE.has(t.lo) || DEMONSTRATIVE.has(t.lo) || POSSESSIVE.has(t.lo) || t.lo === 'our') {
      // "a number of analysts": "number of" are modifiers, "a" the determiner.
      np.determiner = t.lo;
      np.start = t.start;
      i++;
      break;
    }
    const modifier =
      NP_MODIFIERS.has(t.lo) ||
      (isCapitalized(t) && isWord(t) && !FILLERS.has(t.lo) && !VERB_STOPS.has(t.lo) && !CONNECTIVE.has(t.lo) && !SAY_VERBS.has(t.lo));
    if (!modifier) break;
    np.modifiers.push(t.lo);
    np.start = t.start;
  }
  np.prev = toks[i];
  np.prev2 = toks[i + 1];
  np.rest = toks.slice(i);
  return np;
}

export const PLURAL = /(?:s|people|men|women)$/;

export function personCue(c: Candidate): Cue | null {
  const left = before(c, 10);
  const right = after(c, 12);
  const a0 = right[0];
  const isOfficial = OFFICIAL_HEADS.has(c.lo);
  const isSource = SOURCE_HEADS.has(c.lo);
  const plural = PLURAL.test(c.lo);

  if ((c.lo === 'source' || c.lo === 'sources') &&
      (NOT_PERSON_AFTER_SOURCE.has(a0?.lo ?? '') || NOT_PERSON_BEFORE_SOURCE.has(left[0]?.lo ?? ''))) return null;
  // "official figures", "expert advice", "witness accounts": the head word used as an adjective.
  if (!plural && a0 && isWord(a0) && !isCapitalized(a0) && !SAY_VERBS.has(a0.lo) && !FILLERS.has(a0.lo) &&
      !['close', 'familiar', 'briefed', 'knowledgeable'].includes(a0.lo)) return null;

  const np = nounPhrase(c, left);
  const det = np.determiner;
  // A name attached: "spokesperson Vedant Patel said", "officials including Secretary X".
  if (a0 && isCapitalized(a0) && isWord(a0) && !CALENDAR.has(a0.lo) && !SAY_VERBS.has(a0.lo) &&
      !FILLERS.has(a0.lo) && !VERB_STOPS.has(a0.lo) && !['say', 'deny'].includes(a0.lo)) return null;
  if (a0 && NAMING.has(a0.lo)) return null;
  if (a0?.t === ',' && namedAppositive(right.slice(1))) return null;
  // An appositive to a name: "Dmitry Peskov, a spokesperson for the Kremlin, suggested".
  if (np.prev?.t === ',' && (isCapitalized(np.prev2) || np.prev2?.t === ')') && (det === 'a' || det === 'an' || det === 'the') &&
      !np.prev2?.lo.match(/^(?:in|on|at)$/)) {
    if (right.some((t) => t.t === ',') && !BEFORE_NAME_SAFE.has(np.prev2?.lo ?? '')) return null;
  }
  if (np.prev && ['if', 'whether', 'unless'].includes(np.prev.lo)) return null;
  if (det && POSSESSIVE.has(det) && !isOfficial) return null;
  // "“Some people actually think …,” Emery wrote": a quoted speaker's own generalisation.
  if (!isOfficial && !isSource && insideQuotation(c.text, c.sentence.start, c.start)) return null;
  // A singular person needs "a", "one", "another": "the analyst" is someone already named;
  // "the person said" rests on whoever was cited before.
  const indefinite = det !== undefined && INDEFINITE.has(det);
  const follows = !plural && c.lo === 'person' && det === 'the';
  if (!plural && !indefinite && !follows && ((!isOfficial && !isSource) || SINGULAR_NEEDS_INDEFINITE.has(c.lo))) return null;
  if (HEADS_NEEDING_MODIFIER.has(c.lo) && !det && np.modifiers.length === 0) return null;

  const kind: ClaimKind = isOfficial ? 'unnamed-official' : 'unnamed-source';
  const source = c.text.slice(np.start, c.end);
  const conf = confidenceFor(c, np, isOfficial, isSource);
  const anonymous = np.modifiers.some((m) => m === 'anonymous' || m === 'unnamed' || m === 'unidentified');
  const reason = isOfficial && anonymous ? (plural ? 'anonymous officials' : 'an anonymous official')
    : isOfficial ? (plural ? 'unnamed officials' : 'an unnamed official')
    : isSource ? (plural ? 'unnamed sources' : 'an unnamed source')
    : `unnamed ${plural ? c.lo : 'person'} cited`;

  const verb = verbAfter(right) ?? verbAfterAside(c, right);
  if (verb) {
    if (onRecord(c.text, verb.end, c.sentence.end) || instruction(c.text, verb, c.sentence.end)) return null;
    if (!isOfficial && !isSource && ownStance(c.text, verb, c.sentence.end)) return null;
    // "pushed back", "pointed out": the particle belongs to the verb.
    const particle = tokensAfter(c.text, verb.end, c.sentence.end, 1)[0];
    const end = particle && (particle.lo === 'back' || particle.lo === 'out') ? particle.end : verb.end;
    if (follows) return cue(c, np.start, end, kind, 0.7, 'the same unnamed source as before', { source, needsAntecedent: 'any' });
    return cue(c, np.start, end, kind, conf, reason, { source, plural, anaphoric: det !== undefined && DEMONSTRATIVE.has(det) });
  }
  const lead = verbBefore(np, a0);
  if (lead) return cue(c, Math.min(lead.start, np.start), c.end, kind, conf, reason, { source, plural });
  // "Those officials are also urging …": rests on officials introduced earlier.
  if (isOfficial && plural && det && DEMONSTRATIVE.has(det) && det !== 'such' && atClauseStart(np)) {
    return cue(c, np.start, c.end, kind, conf - 0.15, 'the same unnamed officials', { source, plural, needsAntecedent: 'official' });
  }
  return null;
}

/** Words that may stand before ", a spokesperson" without being a person's name. */
const BEFORE_NAME_SAFE = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** ", John Smith," — a capitalised name closed by a comma. */
function namedAppositive(toks: Token[]): boolean {
  let n = 0;
  for (const t of toks) {
    if (t.t === ',' || t.t === '.') return n > 0 && t.t === ',';
    if (!isCapitalized(t) || CALENDAR.has(t.lo) || CONNECTIVE.has(t.lo)) return false;
    if (++n > 4) return false;
  }
  return false;
}

export function atClauseStart(np: NounPhrase): boolean {
  const p = np.prev;
  return !p || [',', ';', '—', '–', '“', '"', ':'].includes(p.t) || ['and', 'but', 'while', 'though', 'although', 'yet', 'meanwhile'].includes(p.lo);
}

/** The verb of saying that follows a source, over at most five filler words. */
function verbAfter(toks: Token[]): Token | null {
  let gap = 0;
  // Words left in a prepositional phrase ("allies of the prime minister say"), which may be any.
  let phrase = 0;
  let prev = '';
  for (const t of toks) {
    // "in its report", "the claims": after a determiner the word is a noun, not a verb of saying.
    if (SAY_VERBS.has(t.lo) && !NOUN_MARKERS.has(prev)) return t;
    if (PARTICLE_VERBS.has(t.lo) && toks[toks.indexOf(t) + 1]?.lo === PARTICLE_VERBS.get(t.lo)) return t;
    prev = t.lo;
    if (VERB_STOPS.has(t.lo) || !isWord(t)) return null;
    if (PREPOSITIONS.has(t.lo)) phrase = 4;
    else if (phrase > 0) phrase--;
    const filler = phrase > 0 || FILLERS.has(t.lo) || isCapitalized(t) || /ly$/.test(t.lo) || /^\d/.test(t.t);
    if (!filler || ++gap > 6) return null;
  }
  return null;
}

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'these', 'those', 'our', 'my']);
/** "A senior official, who briefed reporters on condition of anonymity, said …": skip the aside. */
function verbAfterAside(c: Candidate, right: Token[]): Token | null {
  if (right[0]?.t !== ',' || !['who', 'speaking', 'citing', 'according', 'like', 'whose'].includes(right[1]?.lo ?? '')) return null;
  const close = c.text.indexOf(',', (right[1] as Token).end);
  if (close < 0 || close >= c.sentence.end || close - c.end > 240) return null;
  return verbAfter(tokensAfter(c.text, close + 1, c.sentence.end, 6));
}

const PREPOSITIONS = new Set(['of', 'to', 'in', 'at', 'with', 'from', 'for', 'on', 'by', 'inside', 'within', 'across', 'around']);

const LEAD_VERBS = new Set(['said', 'say', 'says', 'according', 'citing', 'cited', 'quoted', 'quoting', 'quotes']);

/** Words that may follow the speaker in "…, said a senior official in Kyiv." */
const AFTER_INVERTED = new Set(['who', 'in', 'at', 'with', 'from', 'for', 'of', 'on', 'familiar', 'close', 'briefed', 'involved',
  'speaking', 'citing', 'told', 'knowledgeable', 'aware', 'and']);

/**
 * "said two officials", "according to officials", "concerns from U.S. officials".
 * In "Police said two people were killed" the people are what was said, not who said it: after
 * "said", the phrase must end the clause or go on with a place, a role or an aside.
 */
export function verbBefore(np: NounPhrase, next: Token | undefined): Token | null {
  const [p0, p1, p2] = np.rest;
  if (!p0) return null;
  if (p0.lo === 'said' || p0.lo === 'say' || p0.lo === 'says') {
    const endsClause = !next || (!isWord(next) && next.t !== '“' && next.t !== '"') || AFTER_INVERTED.has(next.lo);
    return endsClause ? p0 : null;
  }
  if (LEAD_VERBS.has(p0.lo)) return p0;
  if (p0.lo === 'to' && p1?.lo === 'according') return p1;
  if (p0.lo === 'by' && p1 && ['told', 'quoted', 'cited', 'confirmed', 'described'].includes(p1.lo)) return p1;
  if ((p0.lo === 'from' || p0.lo === 'by' || p0.lo === 'of' || p0.lo === 'among') && p1 && INFO_NOUNS.has(p1.lo)) return p1;
  if (p0.lo === 'quoted' || (p1?.lo === 'quoted' && p2)) return p1 ?? p0;
  return null;
}

const STANCE = /^\s*(?:that\s+)?(?:they|we)\s+(?:would|will|wanted|want|hope|hoped|plan|planned|intend|intended|feel|felt|fear|feared|are worried|were worried|are angry|were angry|are concerned|were concerned|support|supported|oppose|opposed)\b/i;

/** "Workers said they were worried": a group's own stance is the news, not a source's claim. */
function ownStance(text: string, verb: Token, limit: number): boolean {
  return STANCE.test(text.slice(verb.end, Math.min(limit, verb.end + 40)));
}

const INSTRUCTING = new Set(['told', 'tell', 'tells', 'warned', 'warn', 'warns', 'advised', 'asked', 'urged']);

/** "Officials told residents to leave": an order, not information. */
function instruction(text: string, verb: Token, limit: number): boolean {
  if (!INSTRUCTING.has(verb.lo)) return false;
  const next = tokensAfter(text, verb.end, limit, 5);
  const to = next.findIndex((t) => t.lo === 'to');
  return (to === 1 || to === 2) && next.slice(0, to).every((t) => isWord(t) && t.lo !== 'that');
}

function onRecord(text: string, from: number, limit: number): boolean {
  return ON_RECORD_AFTER.test(text.slice(from, Math.min(limit, from + 70)));
}

function confidenceFor(c: Candidate, np: NounPhrase, isOfficial: boolean, isSource: boolean): number {
  const mods = np.modifiers;
  if (mods.some((m) => m === 'anonymous' || m === 'unnamed' || m === 'unidentified')) return 0.95;
  if (isSource) return 0.9;
  if (isOfficial) {
    if (mods.includes('senior')) return 0.9;
    if (!PLURAL.test(c.lo) && np.determiner === 'the') return 0.65;
    return 0.8;
  }
  return EXPERTISE.has(c.lo) ? 0.6 : 0.5;
}

/** Groups presented for their expertise ("analysts say"), a little surer than bystanders or users. */
const EXPERTISE = new Set(['experts', 'expert', 'analysts', 'analyst', 'economists', 'economist', 'critics', 'critic', 'observers',
  'commentators', 'scientists', 'researchers', 'scholars', 'historians', 'strategists', 'insiders', 'allies', 'associates', 'confidants']);
