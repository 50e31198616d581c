/**
 * Finds the cues of anonymous or unnamed sourcing in an article's text. One compiled regular
 * expression finds candidate words in a single pass over the whole text; each candidate is then
 * checked against a bounded window of words around it (tokens.ts), so the cost stays linear.
 */
import type { ClaimKind } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import {
  ADJ_CONTEXT, BE_FORMS, CALENDAR, DEMONSTRATIVE, DOC_NOUNS, DOC_SECRECY, FILLERS, FINDING_VERBS,
  GROUP_HEADS, HEADS_NEEDING_MODIFIER, SINGULAR_NEEDS_INDEFINITE, INDEFINITE, INFO_NOUNS, NAMING, NOT_PERSON_AFTER_SOURCE,
  NOT_PERSON_BEFORE_SOURCE, NP_MODIFIERS, OFFICIAL_HEADS, ON_RECORD_AFTER, PARTICLE_VERBS, POSSESSIVE, PRONOUNS,
  RESEARCH_HEADS, SAY_VERBS, SOURCE_HEADS, SPEAK_VERBS, VAGUE_DETERMINERS, VERB_STOPS,
} from './lexicon.ts';
import { isCapitalized, isWord, tokensAfter, tokensBefore, type Token } from './tokens.ts';

export interface Cue {
  start: number;
  end: number;
  kind: ClaimKind;
  confidence: number;
  reason: string;
  /** Who the claim rests on, as the article words it. */
  source?: string;
  /** A plural group ("officials"), which later "they" / "those officials" can refer back to. */
  plural?: boolean;
  /** Qualifies another cue's source ("speaking on condition of anonymity") rather than being one. */
  modifier?: boolean;
  /**
   * A claim only if an unnamed source was cited shortly before: "Those officials are urging …"
   * needs unnamed officials ('official'), "the person said" any unnamed source ('any').
   */
  needsAntecedent?: 'official' | 'any';
  /** "the people", "those officials": refers back to a source cited before, if there is one. */
  anaphoric?: boolean;
}

const words = (s: Set<string>): string => [...s].sort((a, b) => b.length - a.length).join('|');

const FAMILIAR = String.raw`(?:has|have|had) (?:seen|read|reviewed)|familiar with|briefed on|(?:direct |first-?hand |detailed |intimate )?knowledge of|close to|aware of|involved in|privy to|knowledgeable about|acquainted with`;
const ANON = String.raw`(?:on|under) (?:the )?condition (?:of anonymity|that)|anonymity|anonymously|not (?:to )?be (?:named|identified|quoted)|not (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|discuss|comment|talk|publicly|disclose|share|release|describe|brief)|on background|not for attribution|without being (?:named|identified)|declined to be (?:named|identified)|(?:did not|didn't|didn’t|would not|wouldn't|wouldn’t|does not|doesn't|doesn’t) want (?:to be (?:named|identified)|(?:his|her|their) names? (?:used|published|disclosed))`;
// "seen by Reuters" names who saw it, not who gave it; "provided by C4ADS" would name the giver.
const DOC = String.raw`(?:seen|obtained|reviewed|viewed|examined|verified|heard) by|(?:shared|provided|leaked|given|sent) (?:with|to)|leaked|according to`;
const REPORT = String.raw`reportedly|reputedly|reputed|rumou?red|rumou?rs|(?:said|thought|understood|believed|reported|alleged|claimed) to|it (?:is|was|has been|had been) (?:widely |generally |now |also |long )?(?:understood|believed|thought|reported|rumou?red|alleged|claimed|said)|it (?:has|had) (?:now |also )?emerged|reports (?:that|say|said|suggest|suggested|indicate|indicated|claim|claimed|have said|have suggested)`;
const ALLEGED = String.raw`allegedly|purportedly|supposedly|alleged|purported|suspected|accused of|allegations?|accusations?`;
const TOLD = String.raw`(?:some|many|others) (?:say|believe|argue|fear|contend|worry|suggest|think|insist)|(?:we|i)(?:'re|’re|'m|’m| are| am| were| was|'ve been|’ve been| have been| had been) told|(?:has|have) learned|has been told|understands`;
const HEADS = words(new Set([...OFFICIAL_HEADS, ...SOURCE_HEADS, ...GROUP_HEADS, ...RESEARCH_HEADS]));

/** Order matters where alternatives start at the same place: "alleged to" is a hedge, not "alleged X". */
const CANDIDATES = new RegExp(
  String.raw`\b(?:(${REPORT})|(${ANON})|(${FAMILIAR})|(${DOC})|(${ALLEGED})|(${TOLD})|(${HEADS}))\b`,
  // No "u" flag: the pattern is ASCII apart from "’", and the flag halves the scan's speed.
  'gi',
);
type Family = 'report' | 'anon' | 'familiar' | 'doc' | 'alleged' | 'told' | 'person';
const FAMILIES: Family[] = ['report', 'anon', 'familiar', 'doc', 'alleged', 'told', 'person'];

interface Candidate {
  text: string;
  sentence: Sentence;
  start: number;
  end: number;
  word: string;
  lo: string;
}

/** All cues in the text, in order of position. */
export function findCues(text: string, sentences: Sentence[]): Cue[] {
  const cues: Cue[] = [];
  let s = 0;
  CANDIDATES.lastIndex = 0;
  for (let m = CANDIDATES.exec(text); m; m = CANDIDATES.exec(text)) {
    const start = m.index;
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    const sentence = sentences[s];
    if (!sentence) break;
    if (sentence.start > start) continue; // between blocks
    let g = 1;
    while (m[g] === undefined) g++;
    const family = FAMILIES[g - 1] as Family;
    const word = m[0];
    const c: Candidate = { text, sentence, start, end: start + word.length, word, lo: word.toLowerCase().replace(/’/g, "'") };
    const cue = VALIDATORS[family](c);
    if (cue) cues.push(cue);
  }
  return cues;
}

const VALIDATORS: Record<Family, (c: Candidate) => Cue | null> = {
  person: personCue,
  familiar: familiarCue,
  anon: anonymityCue,
  doc: documentCue,
  report: reportCue,
  alleged: allegedCue,
  told: toldCue,
};

const before = (c: Candidate, n = 8): Token[] => tokensBefore(c.text, c.start, c.sentence.start, n);
const after = (c: Candidate, n = 10): Token[] => tokensAfter(c.text, c.end, c.sentence.end, n);

function cue(c: Candidate, start: number, end: number, kind: ClaimKind, confidence: number, reason: string, extra: Partial<Cue> = {}): Cue {
  return { start, end, kind, confidence, reason, ...extra };
}

// ---------------------------------------------------------------------------------------------
// People: "two U.S. officials said", "sources told", "analysts say", "said a senior official"

/** Capitalised words that open sentences or clauses, not part of a source's name. */
const CONNECTIVE = new Set(['but', 'and', 'meanwhile', 'however', 'yet', 'so', 'then', 'although', 'though', 'because', 'while', 'as', 'since', 'when', 'after', 'before', 'still']);

interface NounPhrase {
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
function nounPhrase(c: Candidate, toks: Token[]): NounPhrase {
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

const PLURAL = /(?:s|people|men|women)$/;

function personCue(c: Candidate): Cue | null {
  if (RESEARCH_HEADS.has(c.lo)) return researchCue(c);
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

/** Whether `pos` lies inside a double-quoted passage that opened in the same sentence. */
function insideQuotation(text: string, from: number, pos: number): boolean {
  let open = false;
  for (let i = Math.max(from, pos - 400); i < pos; i++) {
    const ch = text[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
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

function atClauseStart(np: NounPhrase): boolean {
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
function verbBefore(np: NounPhrase, next: Token | undefined): Token | null {
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

// ---------------------------------------------------------------------------------------------
// "studies have shown", "other studies have said"

function researchCue(c: Candidate): Cue | null {
  const np = nounPhrase(c, before(c, 4));
  const det = np.determiner;
  if (det && !VAGUE_DETERMINERS.has(det)) return null;
  if (np.modifiers.some((m) => !VAGUE_DETERMINERS.has(m) && !NP_MODIFIERS.has(m))) return null;
  if (!det && np.prev && !atClauseStart(np) && np.prev.lo !== 'that') return null;
  const right = after(c, 4);
  // "studies by Harvard researchers" name their authors.
  if (right[0] && ['by', 'from', 'at', 'of', 'in'].includes(right[0].lo) && isCapitalized(right[1])) return null;
  let i = 0;
  while (right[i] && ['have', 'has', 'had', 'also', 'long', 'consistently', 'repeatedly'].includes((right[i] as Token).lo)) i++;
  const verb = right[i];
  if (!verb || !FINDING_VERBS.has(verb.lo)) return null;
  return cue(c, np.start, verb.end, 'unattributed-document', 0.6, 'studies cited without saying which');
}

// ---------------------------------------------------------------------------------------------
// "people familiar with the matter", "a source close to the talks", "officials briefed on"

const FAMILIAR_PEOPLE = new Set([
  ...OFFICIAL_HEADS, ...SOURCE_HEADS, 'people', 'person', 'someone', 'those', 'individuals', 'others', 'anyone', 'one',
  'two', 'three', 'four', 'several', 'insiders', 'figures', 'members', 'allies', 'executives', 'lawyers', 'investigators',
]);
const LINKING = new Set(['who', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'been', 'directly', 'personally', 'closely', 'intimately', 'with']);

function familiarCue(c: Candidate): Cue | null {
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

// ---------------------------------------------------------------------------------------------
// "speaking on condition of anonymity", "not authorized to speak publicly", "asked not to be named"

function anonymityCue(c: Candidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 5);
  const right = after(c, 8);
  const p0 = left[0]?.lo ?? '';
  let start = c.start;
  let end = c.end;
  let reason = 'anonymity granted';
  if (lo === 'anonymity') {
    const granted = ['of', 'granted', 'grant', 'requested', 'request', 'given', 'on', 'under', 'insisted', 'sought', 'demanded', 'asked', 'for', 'promised'].includes(p0);
    if (!granted && !['to', 'because', 'in'].includes(right[0]?.lo ?? '')) return null;
    if (left[0]) start = left[0].start;
  } else if (lo === 'anonymously') {
    if (!left.slice(0, 4).some((t) => SPEAK_VERBS.has(t.lo))) return null;
    start = (left.find((t) => SPEAK_VERBS.has(t.lo)) as Token).start;
  } else if (lo === 'on background') {
    if (!SPEAK_VERBS.has(p0)) return null;
    reason = 'spoke on background';
  } else if (/condition that$/.test(lo)) {
    const next = right.map((t) => t.lo);
    if (!next.includes('not') || !next.some((w) => /^(?:named|identified|quoted|name|names)$/.test(w))) return null;
    end = (right.find((t) => /^(?:named|identified|quoted|name|names)$/.test(t.lo)) as Token).end;
  } else if (/^not (?:to )?be /.test(lo)) {
    const asked = left.some((t) => ['asked', 'requested', 'wished', 'wanted', 'agreed', 'preferred', 'condition', 'insisted'].includes(t.lo));
    if (!asked) return null;
    start = (left.find((t) => ['asked', 'requested', 'wished', 'wanted', 'agreed', 'preferred', 'condition', 'insisted'].includes(t.lo)) as Token).start;
  } else if (/authori[sz]ed|permitted|allowed|cleared/.test(lo)) {
    reason = 'not authorized to speak publicly';
  }
  return cue(c, start, end, 'condition-of-anonymity', 0.95, reason, { modifier: true });
}

// ---------------------------------------------------------------------------------------------
// "a memo obtained by The Washington Post", "leaked documents", "according to internal emails"

function documentCue(c: Candidate): Cue | null {
  const lo = c.lo;
  if (lo === 'according to') return accordingTo(c);
  const right = after(c, 4);
  if (lo === 'leaked') {
    const noun = right.slice(0, 3).find((t) => DOC_NOUNS.has(t.lo));
    if (!noun || right.slice(0, right.indexOf(noun)).some((t) => !isWord(t))) return null;
    return cue(c, c.start, noun.end, 'unattributed-document', 0.8, 'leaked document, source not named');
  }
  const left = before(c, 6);
  const noun = left.find((t) => DOC_NOUNS.has(t.lo));
  if (!noun) return null;
  // Only adjectives, determiners and capitalised words may sit between the document and "seen by".
  const between = left.slice(0, left.indexOf(noun));
  if (between.some((t) => !isWord(t) && t.t !== ',')) return null;
  const who = right[0];
  if (!who || !(isCapitalized(who) || ['us', 'the', 'this', 'our'].includes(who.lo))) return null;
  if (who.lo === 'the' && !isCapitalized(right[1])) return null;
  const np = nounPhrase({ ...c, start: noun.start, end: noun.end, lo: noun.lo }, tokensBefore(c.text, noun.start, c.sentence.start, 5));
  let end = who.end;
  for (const t of right.slice(1, 4)) {
    if (!isCapitalized(t)) break;
    end = t.end;
  }
  return cue(c, np.start, end, 'unattributed-document', 0.85, 'document whose source is not named');
}

function accordingTo(c: Candidate): Cue | null {
  const right = after(c, 6);
  let i = 0;
  const mods: string[] = [];
  if (right[i] && ['a', 'an', 'the', 'some', 'several', 'multiple', 'two', 'three'].includes((right[i] as Token).lo)) i++;
  while (right[i] && (DOC_SECRECY.has((right[i] as Token).lo) || ['unconfirmed', 'local', 'media', 'news', 'press', 'initial', 'early', 'earlier', 'some', 'several', 'multiple', 'unverified', 'government'].includes((right[i] as Token).lo))) {
    mods.push((right[i] as Token).lo);
    i++;
  }
  const noun = right[i];
  if (!noun) return null;
  const next = right[i + 1];
  // "according to a report by the CBO" names its author.
  if (next && ['by', 'from', 'in', 'of', 'released', 'published', 'issued'].includes(next.lo) && isCapitalized(right[i + 2] ?? right[i + 3])) return null;
  if (next && isCapitalized(next) && !CALENDAR.has(next.lo)) return null;
  if (noun.lo === 'reports' || (noun.lo === 'report' && mods.some((m) => m === 'media' || m === 'news' || m === 'press' || m === 'unconfirmed'))) {
    return cue(c, c.start, noun.end, 'reportedly', 0.7, 'unnamed reports cited');
  }
  const secret = mods.some((m) => DOC_SECRECY.has(m));
  if (DOC_NOUNS.has(noun.lo) && (secret || ['documents', 'document', 'memo', 'memos', 'emails', 'email', 'records', 'transcript', 'transcripts', 'copy', 'messages', 'recordings', 'files'].includes(noun.lo))) {
    return cue(c, c.start, noun.end, 'unattributed-document', secret ? 0.8 : 0.65, 'document whose source is not named');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// "reportedly", "is said to", "it is understood", "were believed to", "according to reports"

const ADVERB_GAP = new Set(['widely', 'also', 'generally', 'now', 'long', 'previously', 'once', 'still', 'largely', 'further', 'commonly']);

function hedge(c: Candidate, kind: ClaimKind, conf: number, reason: string, start = c.start): Cue {
  return cue(c, start, c.end, kind, conf, reason);
}

function reportCue(c: Candidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 3);
  const right = after(c, 3);
  if (lo === 'reportedly' || lo === 'reputedly') return hedge(c, 'reportedly', 0.8, `hedged: "${lo}", source not given`);
  if (lo === 'reputed') return ADJ_CONTEXT.has(left[0]?.lo ?? '') ? hedge(c, 'reportedly', 0.6, 'hedged: "reputed"') : null;
  if (lo.startsWith('rumo')) {
    if (/rs$/.test(lo)) return ['that', 'of'].includes(right[0]?.lo ?? '') || left[0]?.lo === 'amid' ? hedge(c, 'reportedly', 0.6, 'rumours cited') : null;
    return BE_FORMS.has(left[0]?.lo ?? '') || right[0]?.lo === 'to' || right[0]?.lo === 'that' ? hedge(c, 'reportedly', 0.7, 'hedged: rumoured') : null;
  }
  if (lo.startsWith('it ')) {
    // "it was reported by the BBC" names the reporter.
    if (right[0]?.lo === 'by' && isCapitalized(right[1] ?? right[2])) return null;
    if (/alleged$/.test(lo)) return hedge(c, 'allegedly', 0.7, 'hedged: "it is alleged"');
    return hedge(c, 'reportedly', 0.75, `hedged: "${c.word}", source not given`);
  }
  if (lo.startsWith('reports ')) {
    // "Reports say", "media reports suggest"; not "his reports said" or "the CBO's reports say".
    const p0 = left[0];
    const unnamed = !p0 || !isWord(p0) || ['news', 'media', 'press', 'local', 'unconfirmed', 'earlier', 'initial', 'some', 'several',
      'multiple', 'other', 'conflicting', 'recent', 'and', 'but', 'as', 'state', 'online', 'social', 'western', 'foreign', 'on', 'amid',
      'denied', 'dismissed', 'rejected', 'about', 'over'].includes(p0.lo);
    return unnamed ? hedge(c, 'reportedly', 0.7, 'unnamed reports cited') : null;
  }
  // "<be> (widely) said/believed/thought to": the passive hides who says so.
  let i = 0;
  while (left[i] && ADVERB_GAP.has((left[i] as Token).lo)) i++;
  const be = left[i];
  if (!be || !BE_FORMS.has(be.lo)) return null;
  const verb = lo.split(' ')[0] as string;
  if (verb === 'alleged') return hedge(c, 'allegedly', 0.75, 'hedged: "alleged to"', be.start);
  return hedge(c, 'reportedly', verb === 'believed' || verb === 'thought' ? 0.65 : 0.75, `hedged: "${be.t} ${c.word}", source not given`, be.start);
}

// ---------------------------------------------------------------------------------------------
// "allegedly", "a suspected spy balloon", "was suspected of", "accusations that"

function allegedCue(c: Candidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 3);
  const right = after(c, 2);
  const p0 = left[0];
  const reason = `hedged: "${c.word}", not established`;
  if (lo === 'allegedly' || lo === 'purportedly' || lo === 'supposedly') return cue(c, c.start, c.end, 'allegedly', 0.8, reason);
  const adjective = (!p0 || ADJ_CONTEXT.has(p0.lo) || p0.t === ',' || p0.t === '(' || /'s$/.test(p0.lo)) && isWord(right[0]) && !['that', 'to', 'by', 'in', 'of'].includes(right[0]?.lo ?? '');
  let i = 0;
  while (left[i] && (ADVERB_GAP.has((left[i] as Token).lo) || /ly$/.test((left[i] as Token).lo))) i++;
  const passive = left[i] !== undefined && (BE_FORMS.has((left[i] as Token).lo) || ['stands', 'stand', 'remains'].includes((left[i] as Token).lo));
  if (lo === 'alleged' || lo === 'purported') {
    return adjective ? cue(c, c.start, c.end, 'allegedly', 0.7, reason) : null;
  }
  if (lo === 'suspected') {
    if (adjective) return cue(c, c.start, c.end, 'allegedly', 0.6, reason);
    if (passive && ['of', 'to', 'in'].includes(right[0]?.lo ?? '')) return cue(c, (left[i] as Token).start, (right[0] as Token).end, 'allegedly', 0.65, reason);
    return null;
  }
  if (lo === 'accused of') return passive ? cue(c, (left[i] as Token).start, c.end, 'allegedly', 0.55, reason) : null;
  // "accusations that …", "allegations of …": the claim is someone's, not established.
  if (['that', 'of'].includes(right[0]?.lo ?? '')) return cue(c, c.start, (right[0] as Token).end, 'allegedly', 0.5, reason);
  return null;
}

// ---------------------------------------------------------------------------------------------
// "we're told", "TMZ has learned", "the BBC understands"

const OUTLET_WORDS = /^(?:news|times|post|journal|guardian|telegraph|mail|sun|mirror|express|herald|standard|independent|observer|politico|axios|reuters|bloomberg|tribune|chronicle|globe|insider|variety|deadline)$/;

function toldCue(c: Candidate): Cue | null {
  const lo = c.lo;
  if (/^(?:some|many|others) /.test(lo)) {
    // "Some say …" opening a clause; not "some people say" (a group, found as such) or a quote.
    const p0 = before(c, 1)[0];
    const opens = !p0 || [',', ';', '—', '–', ':'].includes(p0.t) || ['but', 'and', 'while', 'though', 'although', 'yet'].includes(p0.lo);
    if (!opens || insideQuotation(c.text, c.sentence.start, c.start)) return null;
    return cue(c, c.start, c.end, 'unnamed-source', 0.5, 'vague attribution ("some say")');
  }
  if (/told$/.test(lo) && !/has been told$/.test(lo)) {
    // "I was told by the minister" names the teller.
    const right = after(c, 2);
    if (right[0]?.lo === 'by' && isCapitalized(right[1])) return null;
    return cue(c, c.start, c.end, 'unnamed-source', 0.8, 'the outlet\'s own unnamed sources');
  }
  const left = before(c, 4);
  const subject: Token[] = [];
  for (const t of left) {
    if (!isCapitalized(t) || !isWord(t)) break;
    subject.push(t);
  }
  if (lo === 'have learned' && left[0]?.lo === 'we') {
    return cue(c, (left[0] as Token).start, c.end, 'unnamed-source', 0.75, 'the outlet\'s own unnamed sources');
  }
  if (subject.length === 0 || PRONOUNS.has((subject[0] as Token).lo)) return null;
  // "Smith has learned that …" is a person's news; "TMZ has learned" is the outlet's sources.
  const outletLike = subject.some((t) => t.lo === 'the' || OUTLET_WORDS.test(t.lo) || /^\p{Lu}{2,6}$/u.test(t.t));
  if (!outletLike) return null;
  const first = subject[subject.length - 1] as Token;
  return cue(c, first.start, c.end, 'unnamed-source', 0.75, 'the outlet\'s own unnamed sources');
}
