/**
 * Unnamed speakers the role lists do not know: "Detainees say …", "one man said", "a caseworker
 * told the BBC", "rights groups said". Found from the verb of saying: the words before it must be
 * a common noun for people (an agent noun such as "cardiologists", "caseworker", "detainees"), in
 * the plural or after "a", "one" or "another", and name no one.
 *
 * Kept beside the attribution model (`npm run ablation`, leaving this layer out; dev sets = corpus DEV +
 * blind 1–7): family speech: without it, dev-set recall 0.988 → 0.965 (PolNeAR dev named flagged 0.38% → 0.45% with it).
 */
import { FILLERS, GROUP_HEADS, INDEFINITE, OFFICIAL_HEADS, RESEARCH_HEADS, SOURCE_HEADS } from './lexicon.ts';
import { isCapitalized, isWord, type Token } from './tokens.ts';
import { before, after, cue, insideQuotation, type CueCandidate, type Cue } from './candidate.ts';
import {
  notReporting,
  ownStance,
  POLL_SHARE,
  speechWithObject,
  strandedRelative,
  toReporter,
  verbBlocked,
} from './people.ts';

/** Endings of nouns for people: "detainees", "cardiologists", "caseworker", "villagers", "civilians". */
const PERSON_ENDING = /(?:ers?|ors?|ists?|ians?|ants?|ents?|ees|men|women|man|woman)$/;
/** People nouns without such an ending. */
const PERSON_WORDS = new Set([
  'functionary',
  'functionaries',
  'victims',
  'victim',
  'kids',
  'children',
  'child',
  'youths',
  'teens',
  'couples',
  'couple',
  'mothers',
  'fathers',
  'sisters',
  'brothers',
  'daughters',
  'sons',
  'wives',
  'husbands',
  'widows',
  'widow',
  'refugees',
  'refugee',
  'clergy',
  'monks',
  'nuns',
  'priests',
  'priest',
  'imams',
  'imam',
  'cops',
  'crew',
  'crews',
  'guards',
  'guard',
  'staff',
  'students',
  'student',
  'pupils',
  'graduates',
  'veterans',
  'veteran',
  'athletes',
  'athlete',
  'coaches',
  'coach',
  'scouts',
  'owners',
  'owner',
  'drivers',
  'driver',
  'chefs',
  'chef',
  'artists',
  'artist',
  'captain',
  'captains',
  'skipper',
  'skippers',
  'sergeant',
  'sergeants',
  'lieutenant',
  'lieutenants',
  'colonel',
  'colonels',
]);
/** Words with those endings that are not people, or people who speak on the record for someone. */
const NOT_SPEAKERS = new Set(
  `
  number numbers paper papers order orders letter letters center centers centre centres border borders water waters matter matters
  power powers layer layers filter filters chamber chambers corner corners tower towers quarter quarters headquarters marker markers
  barrier barriers offer offers answer answers other others computer computers server servers container containers cancer chapter
  chapters character characters register registers shelter shelters disaster disasters newspaper newspapers broadcaster
  broadcasters carrier carriers retailer retailers lender lenders manufacturer manufacturers supplier suppliers provider
  providers operator operators insurer insurers producer producers exporter exporters importer importers distributor
  distributors publisher publishers poster posters parameter parameters meter meters summer winter weather river rivers finger
  fingers dinner dinners later after under over never ever either rather whether together however another neither further former
  latter outer inner upper lower sooner longer bigger higher greater better earlier sector sectors factor factors motor motors
  color colors colour colours error errors floor floors door doors mirror mirrors major minor labor labour favor favour humor
  humour rumor rumors rumour rumours vapor tractor tractors reactor reactors corridor corridors calculator indicator indicators
  generator generators elevator behavior behaviour behaviors behaviours honor honour harbor harbour flavor flavour terror horror
  liquor manor sensor sensors processor processors list lists wrist wrists twist mist fist gist document documents event events
  comment comments statement statements payment payments government governments element elements agreement agreements
  investment investments department departments incident incidents moment moments argument arguments requirement requirements
  settlement settlements treatment treatments improvement improvements development developments measurement measurements
  announcement announcements assessment assessments instrument instruments parliament parliaments percent cents tents talent
  talents content intent patent patents segment segments restaurant restaurants plant plants giant giants grant grants warrant
  warrants variant variants pollutant pollutants median fee fees tree trees degree degrees committee committees guarantee
  spokesman spokeswoman spokesmen spokeswomen spokesperson spokespeople lawyer lawyers attorney attorneys representative
  representatives publicist publicists chairman chairwoman president presidents member members manner banner banners cover
  covers leader leaders premier partner partners owner customer
`
    .trim()
    .split(/\s+/),
);
/** Organisations not named: "rights groups said", "aid agencies say". */
const ORG_HEADS = new Set(['groups', 'agencies', 'organisations', 'organizations', 'charities', 'ngos', 'campaigners']);
const KNOWN = (lo: string): boolean =>
  OFFICIAL_HEADS.has(lo) ||
  SOURCE_HEADS.has(lo) ||
  GROUP_HEADS.has(lo) ||
  RESEARCH_HEADS.has(lo) ||
  lo === 'people' ||
  lo === 'person';

/** Verbs in the plural present, which a capitalised first word ("Detainees say") must agree with. */
const PLURAL_VERBS = new Set(['say', 'tell', 'warn', 'claim', 'describe', 'report', 'recall']);
/** Words between the speaker and the verb: "have long said", "also told". */
const BETWEEN = new Set([
  'have',
  'has',
  'had',
  'also',
  'privately',
  'publicly',
  'repeatedly',
  'previously',
  'long',
  'now',
  'still',
  'later',
  'earlier',
  'recently',
  'often',
  'all',
  'both',
  'themselves',
  'too',
  'separately',
  'initially',
  'first',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'what', 'which', 'that']);
const PLACE = new Set(['in', 'on', 'at', 'from', 'near', 'inside', 'across', 'around', 'outside', 'along']);
const ADJECTIVE_LIKE = /^[\p{Ll}][\p{Ll}'’-]*$/u;

export function isPersonNoun(lo: string, plural: boolean): boolean {
  if (NOT_SPEAKERS.has(lo) || KNOWN(lo)) return false;
  if (plural && !/s$|men$|children$|staff$|crew$|clergy$/.test(lo)) return false;
  if (!plural && /s$/.test(lo)) return false;
  return PERSON_ENDING.test(lo) || PERSON_WORDS.has(lo);
}

export function speakerCue(c: CueCandidate): Cue | null {
  // Most verbs of saying follow a name, a pronoun or a role the lists know: a cheap look first.
  const near = before(c, 4);
  let i = 0;
  while (near[i] && BETWEEN.has((near[i] as Token).lo)) i++;
  const prev = near[i];
  if (prev && (SUBJECT_PRONOUNS.has(prev.lo) || KNOWN(prev.lo))) return null;
  // "… Smith said": a name, unless a "who" clause or a place phrase may hide a speaker before it.
  if (
    prev &&
    isCapitalized(prev) &&
    !PLURAL_VERBS.has(c.lo) &&
    !near.some((t) => t.lo === 'who' || PLACE.has(t.lo) || PARTICIPLE_WORD.test(t.t)) &&
    !TRADES.has(prev.lo) &&
    !(GROUP_NAME.test(prev.t) && near.some((t) => QUANTIFIERS.has(t.lo))) &&
    !(near[i + 1] === undefined || !isWord(near[i + 1]) ? commonPlural(c.text, prev) : false)
  )
    return null;
  const subject = (prev && isWord(prev) ? subjectBefore(before(c, 12), c) : null) ?? subjectAfter(c);
  if (!subject) return null;
  // "68% of French people say": a poll's share of respondents, the poll's finding, not a source.
  if (POLL_SHARE.test(c.text.slice(c.sentence.start, c.start))) return null;
  // "“… the kids say we are mad,” she said": a speaker's own words are not a source.
  if (insideQuotation(c.text, c.sentence.start, c.start, c.sentence.end)) return null;
  const verb: Token = { t: c.word, lo: c.lo, start: c.start, end: c.end };
  if (c.lo === 'reported' && notReporting(after(c, 1)[0])) return null;
  if (c.lo === 'texted' || c.lo === 'emailed' || c.lo === 'messaged') {
    const [to, next] = after(c, 2);
    if (!toReporter(to, next)) return null;
  }
  // "identified the ship as …", "point to a rift": these are speech only with their object.
  if (OBJECT_VERBS.has(c.lo) && !speechWithObject(verb, after(c, 3))) return null;

  if (verbBlocked(c.text, verb, c.sentence.start, c.sentence.end) || ownStance(c.text, verb, c.sentence.end))
    return null;
  if (strandedRelative(c.text, c.sentence.start, subject.start, verb, c.sentence.end)) return null;
  const start = Math.min(subject.start, c.start);
  const end = Math.max(subject.end, c.end);
  return cue(
    c,
    start,
    end,
    'unnamed-source',
    0.45,
    subject.plural ? 'unnamed people cited' : 'an unnamed person cited',
    { source: c.text.slice(subject.start, subject.end), plural: subject.plural },
  );
}

interface Subject {
  start: number;
  end: number;
  plural: boolean;
}

/** "Detainees on Nauru report", "one former caseworker said", "a woman who lives nearby said". */
function subjectBefore(left: Token[], c: CueCandidate): Subject | null {
  let i = 0;
  while (left[i] && BETWEEN.has((left[i] as Token).lo) && i < 3) i++;
  // The head is the word before the verb, before a "who …" clause, before a short place phrase
  // ("Developers at Nightjar Studios told"), or before a participle's ("specialists contacted by Nature").
  const heads: [number, HeadPlace][] = [[i, 'direct']];
  for (let k = i; k < Math.min(left.length, i + 10); k++) {
    const t = left[k] as Token;
    if (t.t === "'" || t.t === '’' || t.t === '-') continue; // "at Reuters' request", "Franco-Algerian"
    // "A leaker who … shared what he said": the verb has a subject of its own.
    if (!isWord(t) || SUBJECT_PRONOUNS.has(t.lo)) break;
    if (t.lo === 'who') {
      heads.push([k + 1, 'relative']);
      break;
    }
    // "A hacking group calling itself NullSec claimed": the group goes by a name.
    if (NAMING_WORDS.has(t.lo)) return null;
    if ((PLACE.has(t.lo) && k - i < 4) || (PARTICIPLE_WORD.test(t.t) && k > i && k - i < 6)) {
      // "geologists not involved in the survey say": past the "not" of a negated participle.
      heads.push([left[k + 1]?.lo === 'not' ? k + 2 : k + 1, 'phrase']);
    }
  }
  for (const [h, place] of heads) {
    const subject = subjectAt(left, h, c, place);
    if (subject) return subject;
  }
  return null;
}

/** Where the head stands: right before the verb, before a "who" clause, or before a phrase. */
type HeadPlace = 'direct' | 'relative' | 'phrase';

function subjectAt(left: Token[], h: number, c: CueCandidate, place: HeadPlace): Subject | null {
  const head = left[h];
  if (!head || !isWord(head)) return null;
  const lo = head.lo;
  const plural = /s$|men$/.test(lo) || ['children', 'staff', 'crew', 'clergy'].includes(lo);
  // "aid agencies", "a local rescue group", "maritime security firms": organisations not named.
  const org = plural ? ORG_HEADS.has(lo) || TRADES.has(lo) : ORG_SINGULAR.has(lo);
  // "Several rank-and-file Republicans": members of a named group, counted but not named.
  const members = plural && GROUP_NAME.test(head.t) && !NOT_SPEAKERS.has(lo);
  // "Some lawyers who work with asylum seekers": not someone's lawyers.
  const counsel = plural && COUNSEL.has(lo);
  if (!org && !members && !counsel && !isPersonNoun(lo, plural)) return null;
  // Walk over adjectives to the determiner: "one former caseworker", "some local farmers".
  let k = h + 1;
  let adjectives = 0;
  for (; left[k] && adjectives < 3; k++, adjectives++) {
    const t = left[k] as Token;
    if (INDEFINITE.has(t.lo) || FILLERS.has(t.lo) || STOP_BEFORE.has(t.lo) || !isWord(t)) break;
    // Lower-case words, or a capitalised one opening the sentence ("Former caseworkers said").
    const sentenceFirst = isCapitalized(t) && (!left[k + 1] || !isWord(left[k + 1]));
    // "one Bordeaux négociant", "a Fresno caseworker": one capitalised word (a place, a party)
    // right after "a" or "one" describes the person; it is not their name.
    const placeWord =
      !sentenceFirst && /^\p{Lu}\p{Ll}+$/u.test(t.t) && ['a', 'an', 'one', 'another'].includes(left[k + 1]?.lo ?? '');
    if (!ADJECTIVE_LIKE.test(t.t) && !sentenceFirst && !placeWord) break;
  }
  let det = left[k] && INDEFINITE.has((left[k] as Token).lo) ? (left[k] as Token) : undefined;
  // "one of her longtime collaborators": a quantity taken out of someone's circle.
  let partitive = false;
  if (
    !det &&
    left[k] &&
    PARTITIVE_OWNERS.has((left[k] as Token).lo) &&
    left[k + 1]?.lo === 'of' &&
    INDEFINITE.has(left[k + 2]?.lo ?? '')
  ) {
    det = left[k + 2] as Token;
    k += 2;
    partitive = true;
  }
  const opener = det ? left[k + 1] : left[k];
  // "The two lenders said": people counted before, named earlier, not new unnamed ones.
  if (det && ['the', 'these', 'those', 'both'].includes(opener?.lo ?? '')) return null;
  const atStart =
    !opener || !isWord(opener) || ['and', 'but', 'while', 'though', 'although', 'yet', 'as'].includes(opener.lo);
  if (!plural && !det) return null;
  // "a change supporters said would …": "a" cannot go with a plural.
  if (plural && det && !partitive && ['a', 'an', 'one', 'another'].includes(det.lo)) return null;
  if (!det && !atStart) return null;
  if (org && adjectives === 0 && !TRADES.has(lo)) return null;
  if ((counsel || (members && !isPersonNoun(lo, plural))) && !(det && QUANTIFIERS.has(det.lo))) return null;
  if (isCapitalized(head) && !(members && det) && !TRADES.has(lo)) {
    // A capitalised word may be a name ("Sanders said"); first in its sentence with a plural verb
    // ("Detainees say"), a "who" clause ("Cardiologists who reviewed it said") or a phrase
    // ("Developers at Nightjar Studios told") it is a common noun.
    if (
      det ||
      adjectives > 0 ||
      !atStart ||
      !plural ||
      !(PLURAL_VERBS.has(c.lo) || place !== 'direct' || commonPlural(c.text, head))
    )
      return null;
  }
  const first = det ?? (adjectives > 0 ? (left[k - 1] as Token) : head);
  return { start: first.start, end: head.end, plural };
}

/** Words that give a speaker a name: "a group calling itself NullSec", "a leaker known as". */
const NAMING_WORDS = new Set([
  'calling',
  'called',
  'named',
  'known',
  'dubbed',
  'self-styled',
  'self-described',
  'nicknamed',
]);
/** Verbs of saying only with the right object (people.ts' speechWithObject). */
const OBJECT_VERBS = new Set(['identified', 'point', 'points', 'questioned']);
/** A participle opening a phrase after the speaker: "contacted by Nature", "serving near the town". */
const PARTICIPLE_WORD = /^\p{Ll}{3,}(?:ed|ing)$/u;
const ORG_SINGULAR = new Set(['group', 'agency', 'organisation', 'organization', 'charity', 'firm', 'ngo']);
/** Businesses of a trade, unnamed in the plural: "Insurers said premiums had risen". */
const TRADES = new Set([
  'firms',
  'insurers',
  'lenders',
  'retailers',
  'carriers',
  'operators',
  'producers',
  'exporters',
  'importers',
  'suppliers',
  'manufacturers',
  'distributors',
  'publishers',
  'broadcasters',
  'providers',
  'shipowners',
]);
/** A capitalised plural for members of a party, a nation or a faith: "Republicans", "Syrians". */
const GROUP_NAME = /^\p{Lu}\p{Ll}{3,}s$/u;
const COUNSEL = new Set(['lawyers', 'attorneys']);
const QUANTIFIERS = new Set([
  'some',
  'several',
  'many',
  'most',
  'other',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'multiple',
  'numerous',
  'various',
]);
const PARTITIVE_OWNERS = new Set(['her', 'his', 'their', 'its', 'the', 'our', 'your']);

/** Words that cannot stand between a determiner and its noun in this walk. */
const STOP_BEFORE = new Set([
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'and',
  'or',
  'but',
  'of',
  'to',
  'for',
  'with',
  'by',
  'not',
  'no',
]);

/** How far back a capitalised word is looked for as part of a name ("Bernie Sanders" … "Sanders said"). */
const NAME_LOOKBACK = 20_000;
/** Length from which a capitalised word in "-ers" may be a trade rather than a surname. */
const SHORTEST_TRADE = 9;

/**
 * "Shipbrokers said", "Négociants said": a plural noun for people opening its sentence, with a
 * verb that does not show the plural, is a trade or a crowd unless the same word stood in a name
 * earlier in the article, as a surname does ("Bernie Sanders" … "Sanders said", "Mr Peters").
 * Short words in "-ers" are read as surnames even so ("Sanders", "Rogers", "Walters"): the
 * trades so spelt are longer compounds ("Shipbrokers", "Winemakers", "Developers").
 * One bounded backward search per such word.
 */
function commonPlural(text: string, word: Token): boolean {
  if (!isPersonNoun(word.lo, true) || (/ers$/.test(word.lo) && word.lo.length < SHORTEST_TRADE)) return false;
  const floor = Math.max(0, word.start - NAME_LOOKBACK);
  for (let at = text.lastIndexOf(word.t, word.start - 1); at >= floor; at = text.lastIndexOf(word.t, at - 1)) {
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) return false;
    if (at === 0) break;
  }
  return true;
}

/** "…,” said one man who lives nearby." */
function subjectAfter(c: CueCandidate): Subject | null {
  if (c.lo !== 'said' && c.lo !== 'says') return null;
  const right = after(c, 6);
  const det = right[0];
  if (!det || !['a', 'an', 'one', 'another'].includes(det.lo)) return null;
  let k = 1;
  while (
    right[k] &&
    k < 3 &&
    ADJECTIVE_LIKE.test((right[k] as Token).t) &&
    !isPersonNoun((right[k] as Token).lo, false)
  )
    k++;
  const head = right[k];
  if (!head || !isPersonNoun(head.lo, false)) return null;
  const next = right[k + 1];
  if (next && isWord(next) && !['who', 'in', 'at', 'from', 'near', 'outside', 'inside', 'with'].includes(next.lo))
    return null;
  return { start: det.start, end: head.end, plural: false };
}
