/**
 * Documents and research whose source is not named: "a memo obtained by The Washington Post",
 * "leaked emails", "according to internal documents", "other studies have said".
 *
 * Kept beside the attribution model (`npm run ablation`, leaving this layer out; dev sets = corpus DEV +
 * blind 1–7): families doc, docref: without doc, dev-set recall 0.988 → 0.943; without docref → 0.979.
 */
import {
  CALENDAR,
  DOC_NOUNS,
  DOC_SECRECY,
  FINDING_VERBS,
  GROUP_HEADS,
  NP_MODIFIERS,
  OFFICIAL_HEADS,
  PRONOUNS,
  SOURCE_HEADS,
  VAGUE_DETERMINERS,
} from './lexicon.ts';
import { isCapitalized, isWord, tokensBefore, type Token } from './tokens.ts';
import { before, after, cue, type CueCandidate, type Cue } from './candidate.ts';
import { nounPhrase, atClauseStart } from './people.ts';
import { isPersonNoun } from './speakers.ts';

const PUBLIC_REQUEST =
  /^[^.;]{0,60}?\b(?:through|under|via|using|in response to)\s+(?:a|an|the)?\s*(?:public[- ]records?|open[- ]records|freedom[- ]of[- ]information|FOIA?|access[- ]to[- ]information|records?)\s+(?:requests?|act|law|laws)\b/i;

const OWN_SOURCING = new Set(['information', 'sources', 'source', 'understanding', 'reporting']);

export function documentCue(c: CueCandidate): Cue | null {
  const lo = c.lo;
  if (lo === 'according to') return accordingTo(c);
  // "a memo, which Reuters has obtained", "a recording, which The Ledger has heard".
  if (/^(?:has|have|had|i|we) /.test(lo) || / able to /.test(lo)) return relativeDocumentCue(c);
  if (/ (?:social media|channels?|accounts?|groups?|pages?)$/.test(lo)) return socialMediaCue(c);
  const right = after(c, 4);
  if (lo === 'leaked') {
    const noun = right.slice(0, 3).find((t) => DOC_NOUNS.has(t.lo));
    if (!noun || right.slice(0, right.indexOf(noun)).some((t) => !isWord(t))) return null;
    // The leak must be what a claim rests on ("leaked emails show", "in a leaked memo, …"), not
    // a thing talked about ("seized on the leaked document") or done ("claimed to have leaked files").
    if (!citesDocument(before(c, 3), after(c, 7).slice(right.indexOf(noun) + 1))) return null;
    return cue(c, c.start, noun.end, 'unattributed-document', 0.8, 'leaked document, source not named');
  }
  let left = before(c, 14);
  // "a briefing note …, portions of which have been seen by the ABC": back over "of which".
  const which = left.findIndex((t) => t.lo === 'which');
  if (which > 0 && left[which + 1]?.lo === 'of' && left[which + 3]?.t === ',') {
    left = before({ ...c, start: (left[which + 3] as Token).start }, 12);
  }
  const noun = left.find((t) => DOC_NOUNS.has(t.lo)) ?? thingSeen(c, left);
  if (!noun) return null;
  // Only adjectives, determiners and capitalised words may sit between the document and "seen by".
  const between = left.slice(0, left.indexOf(noun));
  if (between.some((t) => !isWord(t) && t.t !== ',' && t.t !== "'" && t.t !== '’')) return null;
  const who = right[0];
  if (!who || !(isCapitalized(who) || ['us', 'the', 'this', 'our'].includes(who.lo))) return null;
  if (who.lo === 'the' && !isCapitalized(right[1])) return null;
  // "obtained by ProPublica through a public records request": records anyone may ask for.
  if (PUBLIC_REQUEST.test(c.text.slice(c.end, Math.min(c.sentence.end, c.end + 120)))) return null;
  const np = nounPhrase(
    { ...c, start: noun.start, end: noun.end, lo: noun.lo },
    tokensBefore(c.text, noun.start, c.sentence.start, 5),
  );
  let end = who.end;
  for (const t of right.slice(1, 4)) {
    if (!isCapitalized(t)) break;
    end = t.end;
  }
  return cue(c, np.start, end, 'unattributed-document', 0.85, 'document whose source is not named');
}

/** Words that say an outlet had a document in hand: "… that this newspaper consulted". */
const HAD_IN_HAND = new Set(['seen', 'obtained', 'consulted', 'reviewed', 'viewed', 'leaked', 'accessed']);
/** Verbs by which an outlet has something in hand: "a UN security update seen by AFP". */
const IN_HAND = /^(?:seen|obtained|reviewed|viewed|examined|verified|accessed) by$/;
const THING_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'several']);
/** Words before "seen by" that are no thing seen: "He was seen by …", "first seen by". */
const NOT_THINGS = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'first',
  'last',
  'also',
  'not',
]);

/**
 * What an outlet has seen or obtained when the lexicon does not know the word ("an internal party
 * tally obtained by the Asahi Shimbun"): the noun right before the verb, not a person, in a phrase
 * a determiner opens.
 */
function thingSeen(c: CueCandidate, left: Token[]): Token | undefined {
  const noun = left[0];
  if (!IN_HAND.test(c.lo) || !noun || !/^\p{Ll}+$/u.test(noun.t) || NOT_THINGS.has(noun.lo)) return undefined;
  if (isPersonNoun(noun.lo, /s$/.test(noun.lo))) return undefined;
  // Or an owner opening the clause: "Treasury modelling seen by the Herald estimates …".
  let owner = false;
  for (const t of left.slice(1, 5)) {
    if (!isWord(t)) return owner ? noun : undefined;
    if (NOT_THINGS.has(t.lo)) return undefined;
    if (THING_DETERMINERS.has(t.lo)) return noun;
    if (isCapitalized(t) && !PRONOUNS.has(t.lo) && t.lo !== 'this' && t.lo !== 'that') owner = true;
  }
  return owner && left.length < 5 ? noun : undefined;
}

/** Unnamed press: "according to local media", "according to the Spanish press". */
const MEDIA_NOUNS = new Set(['media', 'press', 'outlets', 'newspapers', 'tabloids']);
const REPORT_MODIFIERS = new Set([
  'unconfirmed',
  'local',
  'news',
  'initial',
  'early',
  'earlier',
  'some',
  'several',
  'multiple',
  'unverified',
  'government',
  'state',
  'social',
  'online',
  'other',
  'recent',
  'conflicting',
  'official',
  'media',
  'press',
]);
/** Adjectives of nations and regions, capitalised but naming no one: "Italian media", "U.S. intelligence". */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)|u\.s\.|u\.k\.|us|uk|eu|western|eastern|arab|gulf)$/iu;
const isDemonym = (t: Token): boolean => DEMONYM.test(t.t) && !/^(?:Vatican|Taliban|Guardian)$/.test(t.t);

const OWNERS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'the', 'these', 'those', 'this', 'that']);
const PUBLIC_RECORDS = new Set(['court', 'public', 'census', 'land', 'property', 'regulatory', 'stock-exchange']);
const ROLE_HEADS = new Set([...OFFICIAL_HEADS, ...SOURCE_HEADS, ...GROUP_HEADS]);
const UNNAMED_BODIES = new Set(['agencies', 'groups', 'organisations', 'organizations', 'charities', 'ngos', 'unions']);
/** Counts that open a group of people: "according to five current and former developers". */
const COUNTS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'some',
  'many',
  'multiple',
  'numerous',
  'dozens',
  'more',
  'at',
]);

/**
 * "according to five current and former developers who spoke to Kotaku", "according to nurses on
 * the ward": people the role lists do not know, in the plural, and not named.
 */
function unnamedPeople(right: Token[], anyRole = false): Token | null {
  let i = 0;
  const counted = COUNTS.has(right[0]?.lo ?? '');
  if (counted) i++;
  // "more than a dozen", "at least three": the rest of the count.
  while (right[i] && i < 4 && ['than', 'least', 'dozen', 'a'].includes((right[i] as Token).lo)) i++;
  for (let mods = 0; right[i] && mods < 4; i++, mods++) {
    const t = right[i] as Token;
    // "according to its developers": someone's own people, who speak for it.
    if (!isWord(t) || isCapitalized(t) || DOC_NOUNS.has(t.lo) || OWNERS.has(t.lo)) return null;
    if (NP_MODIFIERS.has(t.lo) || t.lo === 'and' || t.lo === 'or') continue; // "current and former"
    const plural = /s$/.test(t.lo);
    // "according to aid agencies", "according to rights groups": bodies no one names.
    if (UNNAMED_BODIES.has(t.lo)) return t;
    // The roles people.ts knows are found there, unless "interviews with" stands between.
    if (isPersonNoun(t.lo, plural) || (anyRole && plural && ROLE_HEADS.has(t.lo))) {
      const next = right[i + 1];
      if (next && isCapitalized(next) && isWord(next)) return null; // "a lawyer, Jane Roe" is comma-led; "analyst Jane Roe" is named
      // Plural only: "according to a computer programmer" is often named in the next sentence.
      return plural ? t : null;
    }
  }
  return null;
}

function accordingTo(c: CueCandidate): Cue | null {
  let right = after(c, 8);
  // "according to posts on Blind", "according to comments on Reddit": people no one names.
  if (/^(?:posts|comments|messages)$/.test(right[0]?.lo ?? '') && right[1]?.lo === 'on' && isCapitalized(right[2]))
    return cue(c, c.start, (right[2] as Token).end, 'unnamed-source', 0.6, 'posts by people not named');
  // "according to our information", "according to our sources": the outlet's own sourcing.
  if (right[0]?.lo === 'our' && OWN_SOURCING.has(right[1]?.lo ?? ''))
    return cue(c, c.start, (right[1] as Token).end, 'unnamed-source', 0.7, "the outlet's own unnamed sources");
  // "according to interviews with more than a dozen current and former employees": the people.
  const interviews = right[0]?.lo === 'interviews' && right[1]?.lo === 'with';
  if (interviews) right = after({ ...c, end: (right[1] as Token).end }, 8);
  const people = unnamedPeople(right, interviews);
  if (people)
    return cue(
      c,
      c.start,
      people.end,
      'unnamed-source',
      0.6,
      UNNAMED_BODIES.has(people.lo) ? 'unnamed organisations cited' : 'unnamed people cited',
      {
        source: c.text.slice((right[0] as Token).start, people.end),
        plural: /s$/.test(people.lo),
      },
    );
  let i = 0;
  const mods: Token[] = [];
  if (right[i] && ['a', 'an', 'the', 'some', 'several', 'multiple', 'two', 'three'].includes((right[i] as Token).lo))
    i++;
  // "a classified American intelligence assessment": adjectives up to the noun.
  while (
    right[i] &&
    mods.length < 4 &&
    isWord(right[i]) &&
    !DOC_NOUNS.has((right[i] as Token).lo) &&
    !MEDIA_NOUNS.has((right[i] as Token).lo) &&
    (DOC_SECRECY.has((right[i] as Token).lo) ||
      REPORT_MODIFIERS.has((right[i] as Token).lo) ||
      NP_MODIFIERS.has((right[i] as Token).lo) ||
      isCapitalized(right[i]))
  ) {
    mods.push(right[i] as Token);
    i++;
  }
  const noun = right[i];
  if (!noun) return null;
  const next = right[i + 1];
  const lows = mods.map((m) => m.lo);
  // "according to a Pentagon report", "according to Bloomberg reports": a named author.
  const named = mods.some((m) => isCapitalized(m) && !isDemonym(m) && !REPORT_MODIFIERS.has(m.lo));
  if (MEDIA_NOUNS.has(noun.lo))
    return named || !mods.length ? null : cue(c, c.start, noun.end, 'reportedly', 0.7, 'unnamed media reports cited');
  // "according to a report by the CBO" names its author; "reports in Portugal" names a place.
  // "according to a new report from the security firm Tollgate Security": its author, a little on;
  // unless the outlet had it in hand ("a document from the IMSS that this newspaper consulted").
  const further = after(c, 16);
  if (
    next &&
    ['by', 'from', 'of', 'released', 'published', 'issued'].includes(next.lo) &&
    further.slice(i + 2, i + 7).some((t) => isCapitalized(t) && isWord(t)) &&
    !further.slice(i + 2).some((t) => HAD_IN_HAND.has(t.lo))
  )
    return null;
  // "according to a staff report presented to the board": a public paper.
  if (next?.lo === 'presented' || next?.lo === 'tabled' || next?.lo === 'submitted') return null;
  if (next?.lo === 'in' && namesOutlet(right.slice(i + 2))) return null;
  if (next && isCapitalized(next) && !CALENDAR.has(next.lo)) return null;
  if (
    (noun.lo === 'reports' && !named) ||
    (noun.lo === 'report' && lows.some((m) => m === 'media' || m === 'news' || m === 'press' || m === 'unconfirmed'))
  ) {
    return cue(c, c.start, noun.end, 'reportedly', 0.7, 'unnamed reports cited');
  }
  const secret = lows.some((m) => DOC_SECRECY.has(m) || m === 'intelligence');
  if (named && !secret) return null;
  // "according to court records", "according to public filings": records anyone may read.
  if (lows.some((m) => PUBLIC_RECORDS.has(m)) && !secret) return null;
  // "according to a study published last year": research that is not named.
  // Not "a study published in the New England Journal", "research firm Counterpoint".
  if (
    ['study', 'studies', 'survey', 'research'].includes(noun.lo) &&
    !named &&
    !after(c, 14)
      .slice(i + 1)
      .some((t) => isCapitalized(t))
  ) {
    return cue(c, c.start, noun.end, 'unattributed-document', 0.55, 'a study cited without saying which');
  }
  if (
    DOC_NOUNS.has(noun.lo) &&
    (secret ||
      [
        'documents',
        'document',
        'memo',
        'memos',
        'emails',
        'email',
        'records',
        'transcript',
        'transcripts',
        'copy',
        'messages',
        'recordings',
        'files',
      ].includes(noun.lo))
  ) {
    return cue(
      c,
      c.start,
      noun.end,
      'unattributed-document',
      secret ? 0.8 : 0.65,
      'document whose source is not named',
    );
  }
  // "According to the assessment, an attack was likely": the document cited before, cited again.
  const published = right.slice(i + 1).some((t) => ['published', 'released', 'issued', 'tabled'].includes(t.lo));
  if (right[0]?.lo === 'the' && !mods.length && DOC_NOUNS.has(noun.lo) && !published)
    return cue(c, c.start, noun.end, 'unattributed-document', 0.6, 'the same document as before', {
      needsAntecedent: 'document',
    });
  return null;
}

/** After "reports in": an outlet ("the Times", "Le Monde") rather than a place ("Portugal", "the Spanish press"). */
function namesOutlet(toks: Token[]): boolean {
  let i = 0;
  const the = toks[0]?.lo === 'the';
  if (the) i++;
  let run = 0;
  while (toks[i + run] && isCapitalized(toks[i + run]) && isWord(toks[i + run])) run++;
  if (run === 0) return false;
  const after = toks[i + run];
  if (after && MEDIA_NOUNS.has(after.lo)) return false;
  return the || run > 1;
}

const CITING_BEFORE = new Set(['according', 'in', 'citing', 'cited', 'per']);
/** What a plan's text would do, cited by its provisions. */
const PROVISIONS = new Set(
  `create require allow give set impose ban cut raise introduce establish extend limit force oblige let
  scrap abolish replace cap allocate fund expand reduce increase`.split(/\s+/),
);

/** The same, as a draft's text says them now: "The draft also directs agencies to …". */
const PROVISIONS_NOW = new Set(
  `directs orders requires instructs bars bans allows gives creates sets proposes recommends establishes
  imposes extends limits caps`.split(/\s+/),
);

const CITING_VERBS = new Set([
  'show',
  'shows',
  'showed',
  'shown',
  'reveal',
  'reveals',
  'revealed',
  'suggest',
  'suggests',
  'suggested',
  'indicate',
  'indicates',
  'indicated',
  'concludes',
  'concluded',
  'finds',
  'record',
  'records',
  'say',
  'says',
  'said',
  'state',
  'states',
  'stated',
  'describe',
  'describes',
  'described',
  'detail',
  'details',
  'detailed',
  'confirm',
  'confirms',
  'confirmed',
  'found',
  'list',
  'lists',
  'listed',
  'outline',
  'outlines',
  'outlined',
  'warn',
  'warns',
  'warned',
  'note',
  'notes',
  'noted',
  'include',
  'includes',
  'included',
  'put',
  'puts',
  'estimate',
  'estimates',
  'estimated',
  'obtained',
  'seen',
  'reviewed',
  'viewed',
  'calls',
  'called',
  'argues',
  'argued',
  'urges',
  'urged',
  'proposes',
  'proposed',
  'recommends',
  'recommended',
  'claims',
  'claimed',
]);

/** A document is cited when a claim rests on it: "leaked emails show", "in a leaked memo", "according to". */
function citesDocument(left: Token[], afterNoun: Token[]): boolean {
  let i = 0;
  while (left[i] && ['a', 'an', 'the', 'these', 'those', 'newly', 'recently'].includes((left[i] as Token).lo)) i++;
  const p = left[i];
  if (p && (CITING_BEFORE.has(p.lo) || (p.lo === 'to' && left[i + 1]?.lo === 'according'))) return true;
  let k = 0;
  while (
    afterNoun[k] &&
    ['also', 'have', 'has', 'had', 'which', 'that', 'were', 'was', 'by'].includes((afterNoun[k] as Token).lo)
  )
    k++;
  return afterNoun[k] !== undefined && CITING_VERBS.has((afterNoun[k] as Token).lo);
}

/**
 * "the emails show", "the memo, sent on Tuesday, said", "included in the documents": a document
 * cited earlier is cited again (the detector keeps it only then), and the bare headline form
 * "emails show", "internal memo shows". The candidate is the document noun.
 */
export function documentRefCue(c: CueCandidate): Cue | null {
  const left = before(c, 4);
  const right = after(c, 14);
  // "A confidential departmental brief prepared for the minister warns": a secret document cited
  // for the first time, by what it says.
  // Also "A security assessment circulated to shipowners by a maritime intelligence firm warns":
  // no name anywhere in the phrase.
  const secretAt = left.findIndex((t, k) => k < 2 && DOC_SECRECY.has(t.lo));
  const openerAt = secretAt >= 0 ? secretAt + 1 : left.findIndex((t, k) => k < 2 && (t.lo === 'a' || t.lo === 'an'));
  const opener = left[openerAt];
  // Not secret: only with its author described, not named ("by a London broking firm").
  const verbAt = right.findIndex((t) => CITING_VERBS.has(t.lo));
  const phrase = right.slice(0, verbAt);
  const unnamed =
    secretAt >= 0 ||
    (verbAt > 0 &&
      phrase.every(isWord) &&
      phrase.some((t, k) => t.lo === 'by' && ['a', 'an', 'one'].includes(phrase[k + 1]?.lo ?? '')));
  if (
    opener &&
    (opener.lo === 'a' || opener.lo === 'an') &&
    left.slice(0, openerAt).every((t) => isWord(t) && !isCapitalized(t)) &&
    unnamed &&
    verbAfterDocument(c, right, true)
  )
    return cue(c, opener.start, c.end, 'unattributed-document', 0.75, 'document whose source is not named');
  let i = 0;
  if (left[i] && DOC_SECRECY.has((left[i] as Token).lo)) i++;
  // "The same documents show": the same documents as before.
  if (left[i]?.lo === 'same') i++;
  const det = left[i];
  if (det && DEMONSTRATIVE_DOC.has(det.lo)) {
    const p = left[i + 1];
    if (p && (p.lo === 'in' || p.lo === 'from')) {
      // "In the memo, Patel wrote", "a plan included in the documents"; not "the cuts in the draft".
      const q = left[i + 2];
      if (q && isWord(q) && !INCLUDED.has(q.lo)) return null;
      return cue(c, p.start, c.end, 'unattributed-document', 0.6, 'the same document as before', {
        needsAntecedent: 'document',
      });
    }
    if (!verbAfterDocument(c, right)) return null;
    return cue(c, det.start, c.end, 'unattributed-document', 0.6, 'the same document as before', {
      needsAntecedent: 'document',
    });
  }
  // Bare: "DHS weighed bases, emails show"; not "Court records show" (public) or "the records show".
  if (!BARE_DOCS.has(c.lo) || (det && isWord(det) && !['and', 'but', 'as'].includes(det.lo))) return null;
  if (!BARE_VERBS.has(right[0]?.lo ?? '')) return null;
  const start = i > 0 ? (left[i - 1] as Token).start : c.start;
  return cue(c, start, (right[0] as Token).end, 'unattributed-document', 0.7, 'document whose source is not named');
}

const BARE_DOCS = new Set([
  'emails',
  'e-mails',
  'documents',
  'memo',
  'memos',
  'messages',
  'texts',
  'files',
  'recordings',
  'transcripts',
  'cables',
  'draft',
]);
const BARE_VERBS = new Set(['show', 'shows', 'showed', 'reveal', 'reveals', 'revealed', 'suggest', 'suggests']);
const DEMONSTRATIVE_DOC = new Set(['the', 'these', 'those', 'that', 'this']);
const INCLUDED = new Set([
  'included',
  'contained',
  'listed',
  'cited',
  'described',
  'mentioned',
  'detailed',
  'outlined',
  'found',
  'seen',
  'quoted',
  'shown',
  'named',
  'identified',
  'and',
  'but',
]);

const PAST_PARTICIPLE = /^(?:\p{Ll}+ed|written|drawn|given|sent|made|kept|taken|shown)$/u;

/**
 * The verb of a document reference, right after it or after an aside: "the memo, sent Tuesday,
 * said"; with `participle`, also past a participle's phrase: "a brief prepared for the minister warns".
 */
function verbAfterDocument(c: CueCandidate, right: Token[], participle = false): boolean {
  if (participle && PAST_PARTICIPLE.test(right[0]?.lo ?? '')) {
    for (const t of right.slice(1, 12)) {
      if (!isWord(t)) break;
      if (CITING_VERBS.has(t.lo) && /s$/.test(t.lo)) return true;
    }
  }
  let k = 0;
  while (right[k] && ['also', 'further', 'even'].includes((right[k] as Token).lo)) k++;
  if (
    right[k] &&
    CITING_VERBS.has((right[k] as Token).lo) &&
    !['obtained', 'seen', 'reviewed', 'viewed'].includes((right[k] as Token).lo)
  )
    return true;
  // What a draft or plan would do: "The draft would also create a register" (its provisions).
  if (PROVISIONS_NOW.has(right[k]?.lo ?? '')) return true;
  if (right[k]?.lo === 'would' || right[k]?.lo === 'will') {
    let v = k + 1;
    while (right[v] && ['also', 'further', 'even', 'not'].includes((right[v] as Token).lo)) v++;
    if (PROVISIONS.has(right[v]?.lo ?? '')) return true;
  }
  if (right[0]?.t !== ',') return false;
  // The aside may hold commas of its own: "The documents, which include vouchers and letters
  // between the ministry and the contractor, Calder-Brown Ltd, show …".
  let close = (right[0] as Token).end;
  for (let commas = 0; commas < 3; commas++) {
    close = c.text.indexOf(',', close);
    if (close < 0 || close >= c.sentence.end || close - c.end > 200) return false;
    const verb = after({ ...c, end: close + 1 }, 2).find((t) => !['also', 'further'].includes(t.lo));
    if (verb !== undefined && CITING_VERBS.has(verb.lo)) return true;
    close++;
  }
  return false;
}

// "studies have shown", "other studies have said", "U.S. intelligence finds"

/** Adjectives of a single study that still leave it unnamed: "a recent study", "one 2019 study". */
const STUDY_ADJECTIVES = new Set([
  'recent',
  'new',
  'separate',
  'earlier',
  'previous',
  'small',
  'large',
  'major',
  'landmark',
  'preliminary',
]);

/** "A recent study found …", "one study suggests …": a study, but which one is not said. */
function studyCue(c: CueCandidate): Cue | null {
  const left = before(c, 4);
  let i = 0;
  while (left[i] && (STUDY_ADJECTIVES.has((left[i] as Token).lo) || /^\d{4}$/.test((left[i] as Token).t))) i++;
  const det = left[i];
  if (!det || !['a', 'an', 'one', 'another'].includes(det.lo)) return null;
  const p = left[i + 1];
  if (p && isWord(p) && !['and', 'but', 'while', 'though', 'although', 'yet'].includes(p.lo)) return null;
  const right = after(c, 3);
  let k = 0;
  while (right[k] && ['has', 'have', 'also'].includes((right[k] as Token).lo)) k++;
  const verb = right[k];
  if (!verb || !FINDING_VERBS.has(verb.lo)) return null;
  return cue(c, det.start, verb.end, 'unattributed-document', 0.5, 'a study cited without saying which');
}

export function researchCue(c: CueCandidate): Cue | null {
  if (c.lo === 'study') return studyCue(c);
  const np = nounPhrase(c, before(c, 4));
  // "Earlier studies": a capitalised vague word is read as a filler by the noun phrase.
  const det = np.determiner ?? (np.prev && VAGUE_DETERMINERS.has(np.prev.lo) ? np.prev.lo : undefined);
  const vagueFirst = det !== undefined && np.determiner === undefined;
  if (det && !VAGUE_DETERMINERS.has(det)) return null;
  const intelligence = c.lo === 'intelligence';
  if (
    intelligence &&
    (np.modifiers.includes('artificial') || np.modifiers.includes('business') || !np.modifiers.length)
  )
    return null;
  if (np.modifiers.some((m) => !VAGUE_DETERMINERS.has(m) && !NP_MODIFIERS.has(m) && !(intelligence && DEMONYM.test(m))))
    return null;
  const opener = vagueFirst ? { ...np, prev: np.prev2 } : np;
  if (!det || vagueFirst) {
    if (opener.prev && !atClauseStart(opener) && opener.prev.lo !== 'that') return null;
  }
  const right = after(c, 4);
  // "studies by Harvard researchers" name their authors.
  if (right[0] && ['by', 'from', 'at', 'of', 'in'].includes(right[0].lo) && isCapitalized(right[1])) return null;
  let i = 0;
  while (
    right[i] &&
    ['have', 'has', 'had', 'also', 'long', 'consistently', 'repeatedly'].includes((right[i] as Token).lo)
  )
    i++;
  const verb = right[i];
  if (!verb || !FINDING_VERBS.has(verb.lo)) return null;
  return cue(c, np.start, verb.end, 'unattributed-document', 0.6, 'studies cited without saying which');
}

/**
 * "A paper from the Finance Ministry, which DER SPIEGEL has obtained, lists …", "the memo, which
 * Reuters has seen": the outlet has the document, and says nothing of who gave it.
 */
export function relativeDocumentCue(c: CueCandidate): Cue | null {
  const left = before(c, 6);
  // The outlet: capitalised words or "we" (or the writer, "which I obtained"), then "which" or "that".
  let i = 0;
  const writer = /^(?:i|we) /.test(c.lo);
  if (!writer) {
    while (left[i] && isCapitalized(left[i]) && isWord(left[i]) && i < 4) i++;
    if (i === 0 && left[0]?.lo === 'we') i = 1;
    if (i === 0) return null;
  }
  if (!['which', 'that'].includes(left[i]?.lo ?? '')) return null;
  // The writer's own only as an aside: "…, which I obtained, shows"; not "the plan that we reviewed".
  if (writer && (left[i]?.lo !== 'which' || left[i + 1]?.t !== ',')) return null;
  // The document before it: "a paper from the Finance Ministry, which …".
  const back = tokensBefore(c.text, (left[i] as Token).start, c.sentence.start, 10);
  if (back[0]?.lo === 'to' && / access$/.test(c.lo)) back.shift(); // "…, to which Folha had access"
  if (back[0]?.t === ',') back.shift();
  const noun = back.find((t) => DOC_NOUNS.has(t.lo));
  if (!noun || back.slice(0, back.indexOf(noun)).some((t) => !isWord(t) && t.t !== "'" && t.t !== '’')) return null;
  const np = nounPhrase(
    { ...c, start: noun.start, end: noun.end, lo: noun.lo },
    tokensBefore(c.text, noun.start, c.sentence.start, 5),
  );
  return cue(c, np.start, c.end, 'unattributed-document', 0.8, 'document whose source is not named');
}

/** Pictures and posts on social media that show what happened: "Footage shared on social media appears to show". */
const PICTURES = new Set([
  'footage',
  'video',
  'videos',
  'images',
  'photos',
  'photographs',
  'pictures',
  'clips',
  'clip',
]);

function socialMediaCue(c: CueCandidate): Cue | null {
  const left = before(c, 4);
  const noun = left.find((t) => PICTURES.has(t.lo));
  if (!noun || left.slice(0, left.indexOf(noun)).some((t) => !isWord(t))) return null;
  // What the pictures show is the claim: "appears to show", "showed", "purportedly shows", also past
  // an aside: "A video circulating on social media, which no one could verify, appears to show".
  let right = after(c, 25);
  if (right[0]?.t === ',') {
    const close = right.findIndex((t, k) => k > 0 && k <= 20 && t.t === ',');
    if (close > 0) right = right.slice(close + 1);
  }
  if (
    !right
      .slice(0, 5)
      .some((t) => /^(?:show|shows|showed|shown|appear|appears|appeared|purport|purports|purportedly)$/.test(t.lo))
  )
    return null;
  return cue(c, noun.start, c.end, 'unattributed-document', 0.7, 'pictures whose source is not known');
}
