/**
 * Hedges: the claim is passed on without a source ("reportedly", "is said to", "it is understood",
 * "according to reports") or as unproven ("allegedly", "a suspected spy balloon", "accusations that").
 *
 * Kept beside the attribution model (`npm run ablation`, leaving this layer out; dev sets = corpus DEV +
 * blind 1–7): families report, alleged, court: without report, dev-set recall 0.988 → 0.860; without alleged → 0.943;
 * without court → 0.986.
 */
import type { ClaimKind } from '../model/analysis.ts';
import { ADJ_CONTEXT, BE_FORMS, KNOWN_OUTLETS, PRONOUNS } from './lexicon.ts';
import { isCapitalized, isWord, type Token } from './tokens.ts';
import { before, after, cue, type CueCandidate, type Cue } from './candidate.ts';

/** Emergency services sent "on reports of" something: the call, not a source. */
const CALL_OUTS = new Set(['called', 'responded', 'dispatched', 'sent', 'summoned', 'scrambled', 'rushed', 'deployed']);
const CALL_OUT_AFTER = new Set(['on', 'to', 'after', 'following']);

const ADVERB_GAP = new Set([
  'widely',
  'also',
  'generally',
  'now',
  'long',
  'previously',
  'once',
  'still',
  'largely',
  'further',
  'commonly',
]);

/**
 * A headline's bare verb after "said to": "Pharmacy sale said to draw five bidders". Headlines drop
 * "be" and end with no full stop.
 */
function headlineVerb(c: CueCandidate, next: Token | undefined): boolean {
  const headline = !/[.!?"”’]\s*$/.test(c.text.slice(c.start, c.sentence.end));
  return headline && next !== undefined && /^\p{Ll}+$/u.test(next.t);
}

function hedge(c: CueCandidate, kind: ClaimKind, conf: number, reason: string, start = c.start): Cue {
  return cue(c, start, c.end, kind, conf, reason);
}

export function reportCue(c: CueCandidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 3);
  const right = after(c, 3);
  // Headlines: "Report: Amazon to cut jobs", "Amazon to cut jobs, report says".
  if (lo === 'report')
    return c.start === c.sentence.start ? hedge(c, 'reportedly', 0.7, 'an unnamed report cited') : null;
  if (lo === 'report says')
    return left[0]?.t === ',' && headlineEnd(c) ? hedge(c, 'reportedly', 0.7, 'an unnamed report cited') : null;
  if (lo.endsWith(' with')) return linkedWith(c, left, after(c, 6));
  // "Several reported killed as security forces clash": a toll nobody is named for.
  if (
    lo === 'reported' &&
    TOLLS.test(right[0]?.lo ?? '') &&
    (COUNTS.test(left[0]?.lo ?? '') || /^\d/.test(left[0]?.t ?? ''))
  )
    return hedge(c, 'reportedly', 0.65, 'a reported toll, source not given');
  // "had a reported £30m bid turned down", "the reported $2bn price": a figure nobody is named for.
  if (
    lo === 'reported' &&
    /^(?:a|an|the)$/.test(left[0]?.lo ?? '') &&
    /^[£$€¥]?\d/.test(`${right[0]?.t ?? ''}${right[1]?.t ?? ''}`)
  )
    return hedge(c, 'reportedly', 0.65, 'a reported figure, source not given');
  // "Unconfirmed reports on social media suggest …": the hedge is in the adjective.
  if (lo.startsWith('unconfirmed ') || lo.startsWith('unverified '))
    return hedge(c, 'reportedly', 0.7, 'unconfirmed reports cited');
  // "Per multiple reports, the forward has agreed terms": sports copy's "according to reports".
  // Not "per reports filed with the SEC", "per reports by ESPN": named papers and outlets.
  if (lo.startsWith('per ')) {
    return ['filed', 'published', 'released', 'issued', 'by', 'from', 'in', 'to'].includes(right[0]?.lo ?? '')
      ? null
      : hedge(c, 'reportedly', 0.65, 'unnamed reports cited');
  }
  // "Dozens feared dead", "40 people were feared buried": a toll nobody has confirmed.
  if (lo.startsWith('feared ')) return hedge(c, 'reportedly', 0.7, 'hedged: feared, not confirmed');
  // "The phone is tipped for an October launch", "tipped to replace him": the trade's rumour.
  if (/ tipped (?:to|for|as)$/.test(lo)) return hedge(c, 'reportedly', 0.65, 'hedged: tipped, source not given');
  // A live blog's "We're getting reports of a lorry blown over on the A82".
  // Not "reports from our correspondent": the outlet's own reporter.
  if (/ reports$/.test(lo) && /^we/.test(lo))
    return right[0]?.lo === 'from' ? null : hedge(c, 'reportedly', 0.65, 'unnamed reports cited');
  // Headlines: "Betis agree fee for striker, say reports".
  if (/^(?:say|said) reports$/.test(lo))
    return left[0]?.t === ',' ? hedge(c, 'reportedly', 0.7, 'unnamed reports cited') : null;
  // "There has been talk around town that …": hearsay with no one to say it.
  if (lo.startsWith('there ')) return hedge(c, 'reportedly', 0.6, 'talk cited, source not given');
  const rumour = RUMOUR_NOUN.test(lo) ? rumourNoun(c, left) : null;
  if (rumour || /^(?:the )?(?:word|whispers?|buzz|chatter|scuttlebutt|speculation)$/.test(lo)) return rumour;
  if (/^(?:story|talk|gossip)$/.test(lo)) return storyGoingAround(c);
  // Trade press: "Two cargoes were reported fixed", "the unit was reported shut": "reported (to be)".
  if (lo === 'reported') {
    const state = right[0];
    if (
      !BE_THAT.has(left[0]?.lo ?? '') ||
      !state ||
      ['stolen', 'missing', 'lost'].includes(state.lo) ||
      right[1]?.lo === 'by'
    )
      return null;
    return hedge(c, 'reportedly', 0.6, 'hedged: reported, source not given', (left[0] as Token).start);
  }
  if (lo === 'reportedly' || lo === 'reputedly')
    return hedge(c, 'reportedly', 0.8, `hedged: "${lo}", source not given`);
  if (lo === 'reputed')
    return ADJ_CONTEXT.has(left[0]?.lo ?? '') ? hedge(c, 'reportedly', 0.6, 'hedged: "reputed"') : null;
  if (lo.startsWith('rumo')) {
    // "rumours that", "amid rumours", "Rumours are swirling that …".
    // "Rumours have swirled on fan forums for weeks that …": an auxiliary may come first.
    const spreading =
      SPREADING.has(right[0]?.lo ?? '') ||
      ((BE_THAT.has(right[0]?.lo ?? '') || AUXILIARIES.has(right[0]?.lo ?? '')) && SPREADING.has(right[1]?.lo ?? ''));
    if (/rs$/.test(lo)) {
      // "Rumours that he had signed were 'complete nonsense,' his agent said": answered on the record;
      // so are rumours someone "dismissed" or "denied" (past an opening quote mark).
      if (right[0]?.lo === 'that' && DISMISSED.test(c.text.slice(c.end, c.sentence.end))) return null;
      if (left.slice(0, 3).some((t) => DENIALS.has(t.lo))) return null;
      // "months of trade rumours that followed him": a relative clause on the rumours, saying nothing.
      if (right[0]?.lo === 'that' && RUMOURS_FOLLOW.has(right[1]?.lo ?? '')) return null;
      return ['that', 'of'].includes(right[0]?.lo ?? '') || left[0]?.lo === 'amid' || spreading || rumoursHere(c)
        ? hedge(c, 'reportedly', 0.6, 'rumours cited')
        : null;
    }
    // "The rumor at City Hall this fall was that …": over a short phrase to "was that".
    const further = after(c, 9);
    const wasThat = further.some((t, k) => BE_THAT.has(t.lo) && further[k + 1]?.lo === 'that');
    // "denied a rumour that she would resign": the rumour is answered on the record.
    if (left.slice(0, 2).some((t) => DENIALS.has(t.lo))) return null;
    // "the names rumored for the job", "rumoured as his successor".
    const forRole =
      (right[0]?.lo === 'for' || right[0]?.lo === 'as') && isWord(left[0]) && !BE_FORMS.has(left[0]?.lo ?? '');
    return BE_FORMS.has(left[0]?.lo ?? '') || right[0]?.lo === 'to' || right[0]?.lo === 'that' || wasThat || forRole
      ? hedge(c, 'reportedly', 0.7, 'hedged: rumoured')
      : null;
  }
  if (lo.startsWith('it ') || lo.startsWith("it's ")) {
    // "it was reported by the BBC" names the reporter.
    if (right[0]?.lo === 'by' && isCapitalized(right[1] ?? right[2])) return null;
    // "it had been reported to the school": told to someone, not hearsay.
    if (
      /reported$/.test(lo) &&
      right[0]?.lo === 'to' &&
      (DETERMINERS_AFTER_TO.has(right[1]?.lo ?? '') || isCapitalized(right[1]))
    )
      return null;
    if (/alleged$/.test(lo)) return hedge(c, 'allegedly', 0.7, 'hedged: "it is alleged"');
    return hedge(c, 'reportedly', 0.75, `hedged: "${c.word}", source not given`);
  }
  if (/^(?:state|local) /.test(lo)) return hedge(c, 'reportedly', 0.65, 'unnamed media reports cited');
  if (/^(?:media|outlets|newspapers|papers|tabloids|press|sites|websites|portals|channels|stations) /.test(lo)) {
    // "Local media reported", "Israeli media said"; not "Fox media said" or "social media posts".
    // "Several Romanian news sites reported": past "news", "online", "TV".
    const skip = left.findIndex((t) => !['news', 'online', 'television', 'tv', 'radio'].includes(t.lo));
    const p0 = skip < 0 ? undefined : left[skip];
    const bareNews = left.length > 0 && skip !== 0 && (p0 === undefined || !isWord(p0) || !isCapitalized(p0));
    // Without such a word, "sites" and "channels" are any sites: "the sites reported outages".
    if (/^(?:sites|websites|portals|channels|stations) /.test(lo) && skip === 0 && !isDemonymLike(p0)) return null;
    const unnamed =
      bareNews ||
      (p0 !== undefined &&
        ([
          'local',
          'state',
          'national',
          'foreign',
          'western',
          'international',
          'official',
          'several',
          'some',
          'other',
          'regional',
          'domestic',
          'independent',
          'hebrew',
          'arabic',
          'greek',
          'urdu',
          'farsi',
          'persian',
          'mainland',
          'pro-government',
          'pro-kremlin',
          'government-controlled',
          'state-run',
          'state-controlled',
          'opposition',
          'exile',
          'exiled',
          'sports',
          'tabloid',
          'business',
          'financial',
          'morning',
          'evening',
          'weekend',
        ].includes(p0.lo) ||
          isDemonymLike(p0)));
    const first = bareNews ? left[skip < 0 ? left.length - 1 : skip - 1] : p0;
    return unnamed ? hedge(c, 'reportedly', 0.65, 'unnamed media reports cited', first?.start) : null;
  }
  if (/^reports (?:have |had )?(?:now |also )?emerged$/.test(lo))
    return hedge(c, 'reportedly', 0.7, 'unnamed reports cited');
  if (lo.startsWith('reports ')) {
    // "Reports in Spain claim …"; not "Reports in the Times say" or "Reports in Marca say": an outlet.
    if (lo.startsWith('reports in ')) {
      const where = c.text.slice(c.start + 'reports in '.length, c.end).split(' ');
      if (where[0] === 'the' || where.some((w) => KNOWN_OUTLETS.has(w.toLowerCase()))) return null;
    }
    // "Reports say", "media reports suggest"; not "his reports said" or "the CBO's reports say".
    const p0 = left[0];
    // "when asked about reports that …": the question's premise; the answer is the claim.
    if (p0?.lo === 'about' && ['asked', 'questioned', 'pressed'].includes(left[1]?.lo ?? '')) return null;
    // "CBS News reports that …", "Sky News reports": the outlet's name, not news in general.
    if (p0?.lo === 'news' && isCapitalized(p0) && isCapitalized(left[1]) && isWord(left[1])) return null;
    // "officers were called to the complex on reports of shots fired": a call for help, not hearsay.
    if (
      lo === 'reports of' &&
      CALL_OUT_AFTER.has(p0?.lo ?? '') &&
      before(c, 24)
        .slice(1)
        .some((t) => CALL_OUTS.has(t.lo))
    )
      return null;
    const unnamed =
      !p0 ||
      !isWord(p0) ||
      [
        'news',
        'media',
        'press',
        'local',
        'unconfirmed',
        'earlier',
        'initial',
        'some',
        'several',
        'multiple',
        'other',
        'conflicting',
        'recent',
        'and',
        'but',
        'as',
        'state',
        'online',
        'social',
        'western',
        'foreign',
        'on',
        'amid',
        'denied',
        'dismissed',
        'rejected',
        'about',
        'over',
        'unverified',
        'widespread',
      ].includes(p0.lo) ||
      // "There were reports of looting."
      (lo === 'reports of' && ['were', 'are', 'have', 'had', 'been'].includes(p0.lo));
    return unnamed ? hedge(c, 'reportedly', 0.7, 'unnamed reports cited') : null;
  }
  if (/ internally$/.test(lo))
    return BE_FORMS.has(left[0]?.lo ?? '')
      ? hedge(c, 'reportedly', 0.6, 'a view from inside, source not given', left[0]?.start)
      : null;
  // "<be> (widely) said/believed/thought to": the passive hides who says so; so does "is not thought
  // to be capable", a belief denied by no one named.
  const verb = lo.split(' ')[0] as string;
  let i = 0;
  while (left[i] && (ADVERB_GAP.has((left[i] as Token).lo) || ((left[i] as Token).lo === 'not' && verb !== 'alleged')))
    i++;
  const be = left[i];
  // "is heard to have shut": only the hedge; "he was heard to say" is what someone heard.
  if (verb === 'heard' && !['have', 'be', 'been'].includes(right[0]?.lo ?? '')) return null;
  // "has been reported to the ministry", "was reported to police": told to someone, not hearsay.
  const next = right[0];
  if (verb === 'reported' && next && (!/^\p{Ll}/u.test(next.t) || DETERMINERS_AFTER_TO.has(next.lo))) return null;
  if (!be || !BE_FORMS.has(be.lo)) {
    // Without "is": "talks understood to be at an advanced stage", "a man believed to have fled".
    // A capitalised subject only where it cannot be a speaker: "Dravid understood to be", not "Smith said to be".
    // And set off by commas: "The man, believed to be in his 40s, …", "Two men, thought to be brothers, …".
    const reduced =
      be !== undefined &&
      i === 0 &&
      (isWord(be) || (be.t === ',' && verb !== 'said')) &&
      (!isCapitalized(be) || (verb !== 'said' && verb !== 'reported')) &&
      !REDUCED_SUBJECT_STOPS.has(be.lo) &&
      verb !== 'claimed' &&
      (['be', 'have', 'been'].includes(right[0]?.lo ?? '') || headlineVerb(c, right[0]));
    if (!reduced) return null;
    if (verb === 'alleged') return hedge(c, 'allegedly', 0.65, 'hedged: "alleged to"');
    return hedge(c, 'reportedly', 0.6, `hedged: "${c.word}", source not given`);
  }
  if (verb === 'alleged') return hedge(c, 'allegedly', 0.75, 'hedged: "alleged to"', be.start);
  return hedge(
    c,
    'reportedly',
    verb === 'believed' || verb === 'thought' ? 0.65 : 0.75,
    `hedged: "${c.text.slice(be.start, c.end)}", source not given`,
    be.start,
  );
}

/** Talk passed on with no source: "Word in the paddock is that …", "the whispers are", "speculation that". */
/** Words after "reported to" that start a recipient, not an infinitive: "reported to the police". */
const DETERMINERS_AFTER_TO = new Set([
  // "had been reported to it by a member of the public": a recipient, not an infinitive.
  'it',
  'him',
  'them',
  'us',
  'me',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'police',
  'authorities',
  'officials',
]);
/** A rumour called false in its own sentence: "… were 'complete nonsense'", "… are untrue". */
const DISMISSED =
  /\b(?:is|are|was|were)\s+(?:["“‘']\s*)?(?:(?:complete|total|utter|simply|just|entirely|completely|totally|absolutely)\s+)?(?:nonsense|untrue|false|baseless|unfounded|rubbish|fiction|incorrect|wrong|not true|fake)\b/i;

/** Verbs that answer a rumour on the record. */
const DENIALS = new Set(['denied', 'denies', 'deny', 'dismissed', 'dismisses', 'rejected', 'rejects', 'quashed']);
const RUMOUR_NOUN = /^(?:the )?(?:word|whispers?|buzz|chatter|scuttlebutt|speculation|gossip|talk)$/;
const BE_THAT = new Set(['is', 'was', 'are', 'were']);

/** "Israeli", "Romanian", "Chinese", "Slovak", "Greek": a nation's press, naming no outlet. */
function isDemonymLike(t: Token | undefined): boolean {
  return t !== undefined && isCapitalized(t) && /(?:an|ese|ish|i|ch|ak|ek|ot|ss)$/.test(t.lo);
}

/** What rumours do to a person in a relative clause: "rumours that dogged him". */
const RUMOURS_FOLLOW = new Set(['followed', 'dogged', 'plagued', 'surrounded', 'haunted', 'shadowed', 'trailed']);

/** Talk that spreads: "speculation is mounting that", "rumours are swirling that". */
const SPREADING = new Set([
  'mounting',
  'growing',
  'swirling',
  'circulating',
  'rife',
  'mounted',
  'grew',
  'swirled',
  'circulated',
  'spread',
  'spreading',
  'intensified',
  'intensifying',
]);

const HAS_BE = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were']);
const SPECULATION_GOES = new Set(['centred', 'centered', 'focused', 'focussed', 'turned', 'grown', 'mounted', 'rife']);
const p0Of = (left: Token[]): string => left[0]?.lo ?? '';

function rumourNoun(c: CueCandidate, left: Token[]): Cue | null {
  const right = after(c, 10);
  const bare = c.lo.replace(/^the /, '');
  // "amid speculation that …", "speculation that he will quit": like "rumours that".
  if (bare === 'speculation') {
    // Also "Speculation is mounting that …", "speculation grew that …", "Speculation has swirled for
    // weeks that …".
    const spreadAt = right.findIndex((t, k) => k < 3 && SPREADING.has(t.lo));
    const that =
      right[0]?.lo === 'that' ||
      (spreadAt >= 0 && right.slice(spreadAt + 1, spreadAt + 5).some((t) => t.lo === 'that')) ||
      (SPREADING.has(right[0]?.lo ?? '') && right[1]?.lo === 'that') ||
      (BE_THAT.has(right[0]?.lo ?? '') && SPREADING.has(right[1]?.lo ?? '') && right[2]?.lo === 'that');
    // "Speculation in the building has centered on two names": talk of a place, going on.
    const placed =
      PLACE_OPENERS.has(right[0]?.lo ?? '') &&
      right.some(
        (t, k) => k > 1 && k < PLACE_PHRASE + 1 && HAS_BE.has(t.lo) && SPECULATION_GOES.has(right[k + 1]?.lo ?? ''),
      );
    // "Speculation about a reshuffle has been rife": talk of something, going round.
    const topic =
      (right[0]?.lo === 'about' || right[0]?.lo === 'over') &&
      right.some(
        (t, k) => k > 1 && SPREADING.has(t.lo) && (HAS_BE.has(right[k - 1]!.lo) || right[k - 1]!.lo === 'been'),
      );
    return (that || placed || topic) && !['no', 'any', 'the'].includes(left[0]?.lo ?? '')
      ? hedge(c, 'reportedly', 0.55, 'speculation cited, source not given')
      : null;
  }
  // "Ankara's corridors have been abuzz for weeks with talk that …".
  // Not "talk that was cheap": a relative clause on the talk itself.
  if (bare === 'talk' && right[0]?.lo === 'that')
    return ['with', 'amid'].includes(p0Of(left)) && !HAS_BE.has(right[1]?.lo ?? '')
      ? hedge(c, 'reportedly', 0.55, 'talk cited, source not given')
      : null;
  // "talk had been mounting about a Republican challenging him": talk going round, about something.
  if (bare === 'talk' && HAS_BE.has(p0Of(right)) && right[1]?.lo === 'been' && SPREADING.has(right[2]?.lo ?? ''))
    return hedge(c, 'reportedly', 0.55, 'talk cited, source not given');
  // Opening its clause: "Word is …", "The word around Westminster is that …", not "a word in his ear";
  // a place may lead it: "Westminster gossip has it that …".
  const p0 = left[0];
  const placeLed = p0 !== undefined && isCapitalized(p0) && (!left[1] || !isWord(left[1]));
  if (p0 && isWord(p0) && !placeLed && !['and', 'but', 'yet', 'so', 'now'].includes(p0.lo)) return null;
  if (right[0]?.lo === 'has' && right[1]?.lo === 'it')
    return hedge(c, 'reportedly', 0.6, 'hearsay cited, source not given');
  // Over a short place phrase ("in the paddock", "in the corridors of the Berlaymont") to "is" (+ "that").
  for (let k = 0; k < Math.min(right.length, PLACE_PHRASE); k++) {
    const t = right[k] as Token;
    if (!isWord(t)) return null;
    // "Market whispers on Tuesday had Kestrel lining up a placement": the talk's account of events.
    if (bare !== 'talk' && t.lo === 'had' && right.slice(k + 1, k + 6).some((x) => /^\p{Ll}+ing$/u.test(x.t)))
      return hedge(c, 'reportedly', 0.6, 'hearsay cited, source not given');
    if (BE_THAT.has(t.lo)) {
      const next = right[k + 1];
      // "The word is out", "the buzz was deafening": not hearsay; "talk" only as "talk in X is that".
      if (
        !next ||
        (bare === 'talk' && (k === 0 || next.lo !== 'that')) ||
        ['out', 'not', 'a', 'an', 'deafening', 'loud'].includes(next.lo) ||
        (!isWord(next) && next.t !== ',')
      )
        return null;
      return hedge(c, 'reportedly', 0.6, 'hearsay cited, source not given');
    }
    if (k === 0 && !PLACE_OPENERS.has(t.lo)) return null;
  }
  return null;
}

/**
 * "The story that went around the docks was that …", "the talk doing the rounds is that …": what
 * was going around, passed on with no one to vouch for it. Only with "is/was that" to follow.
 */
function storyGoingAround(c: CueCandidate): Cue | null {
  const right = after(c, 14);
  for (let k = 2; k + 1 < right.length; k++) {
    const t = right[k] as Token;
    if (!isWord(t)) return null;
    if (BE_THAT.has(t.lo) && right[k + 1]?.lo === 'that')
      return hedge(c, 'reportedly', 0.55, 'hearsay cited, source not given');
  }
  return null;
}

/** How many words a place phrase after "word" or "rumours" may take: "in the corridors of the Berlaymont". */
const PLACE_PHRASE = 9;
const AUXILIARIES = new Set(['have', 'has', 'had']);
const PLACE_OPENERS = new Set(['in', 'around', 'on', 'from', 'inside', 'at', 'among', 'within']);
const RUMOURS_SAY = new Set(['suggest', 'say', 'claim', 'indicate', 'insist']);

/** "Rumours on the Place de Bordeaux suggest that …", "Rumours in the paddock say …": over a place phrase. */
function rumoursHere(c: CueCandidate): boolean {
  const right = after(c, PLACE_PHRASE + 1);
  if (!PLACE_OPENERS.has(right[0]?.lo ?? '')) return false;
  for (let k = 1; k < right.length; k++) {
    const t = right[k] as Token;
    if (!isWord(t)) return false;
    if (RUMOURS_SAY.has(t.lo)) return true;
  }
  return false;
}

/** Words after which "understood to be" has a subject of its own: "he said to be careful". */
const REDUCED_SUBJECT_STOPS = new Set([
  'he',
  'she',
  'it',
  'they',
  'i',
  'you',
  'we',
  'who',
  'which',
  'that',
  'what',
  'and',
  'or',
  'but',
  'not',
  'never',
  'has',
  'have',
  'had',
  'himself',
  'herself',
  'themselves',
]);

/** The candidate ends its sentence, as a headline's attribution does. */
function headlineEnd(c: CueCandidate): boolean {
  if (c.sentence.end - c.end > 4) return false;
  const rest = c.text.slice(c.end, c.sentence.end);
  return /^\W*$/.test(rest) && !/[.!?]/.test(rest);
}

/** Transfer talk: "have also been linked with a move", "credited with an interest". */
const RUMOURED_OBJECTS = new Set([
  'move',
  'interest',
  'switch',
  'transfer',
  'bid',
  'approach',
  'return',
  'deal',
  'offer',
  'swoop',
  'role',
  'roles',
  'job',
  'jobs',
  'post',
  'position',
  'vacancy',
]);

function linkedWith(c: CueCandidate, left: Token[], right: Token[]): Cue | null {
  let i = 0;
  while (left[i] && (ADVERB_GAP.has((left[i] as Token).lo) || /ly$/.test((left[i] as Token).lo))) i++;
  const be = left[i];
  if (!be || !BE_FORMS.has(be.lo)) return null;
  // "has also been linked with Fulham and Bayer Leverkusen": clubs, not a disease.
  const named = c.lo.startsWith('linked') && isCapitalized(right[0]) && isWord(right[0]);
  if (!named && !right.slice(0, 5).some((t) => RUMOURED_OBJECTS.has(t.lo))) return null;
  return hedge(c, 'reportedly', 0.6, 'hedged: linked in reports, source not given', be.start);
}

/** "Allegations surfaced / emerged …". */
const SURFACED = new Set(['surfaced', 'emerged', 'resurfaced', 'arose', 'surface', 'emerge']);

/** Legal papers whose allegations are not established: "the lawsuit alleges that …". */
const LEGAL_PAPERS = new Set([
  'lawsuit',
  'suit',
  'complaint',
  'indictment',
  'filing',
  'petition',
  'affidavit',
  'claim',
  'charges',
  'charge',
  'lawsuits',
  'complaints',
  'filings',
  'writ',
  'summons',
  // "a class action accusing them of …".
  'action',
]);
/** Parties to a suit whose allegations are not established: "the plaintiffs allege". */
const LEGAL_PARTIES = new Set(['plaintiffs', 'shareholders', 'plaintiff', 'petitioners', 'claimants']);
/** Words that may not stand before an adjectival "suspected": "he suspected", "was suspected". */
const NOT_BEFORE_ADJECTIVE = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'have',
  'has',
  'had',
  'not',
  'never',
]);
/** Words after "suspected" that make it a verb with an object: "suspected the husband". */
const OBJECT_STARTS = new Set([
  'that',
  'to',
  'by',
  'in',
  'of',
  'him',
  'her',
  'them',
  'it',
  'the',
  'a',
  'an',
  'his',
  'their',
  'its',
  'this',
  'these',
  'those',
  'me',
  'us',
  'you',
  'nothing',
  'something',
  'anything',
  'someone',
  'foul',
]);

/** Words after "was suspected" that are no noun it qualifies: "was suspected at first", "early on". */
const NOT_PREDICATE_NOUNS = new Set([
  'and',
  'or',
  'but',
  'because',
  'after',
  'before',
  'when',
  'while',
  'since',
  'for',
  'at',
  'on',
  'as',
  'with',
  'from',
  'early',
  'then',
  'there',
  'here',
  'now',
  'again',
  'too',
  'also',
  'still',
  'first',
  'later',
  'almost',
  'all',
  'both',
]);
const predicateNoun = (t: Token | undefined): boolean =>
  t !== undefined &&
  /^\p{Ll}[\p{Ll}-]*$/u.test(t.t) &&
  !OBJECT_STARTS.has(t.lo) &&
  !NOT_PREDICATE_NOUNS.has(t.lo) &&
  !/ly$/.test(t.lo);

// "allegedly", "a suspected spy balloon", "was suspected of", "accusations that"

/** Determiners that make "alleged X" any X, or none: "each alleged incident", "no suspected reactions". */
const GENERIC_DETERMINERS = new Set(['each', 'every', 'any', 'all', 'no']);

/** Words before "accused of" that are no person accused: pronouns, auxiliaries, conjunctions. */
const NOT_ACCUSED_NOUN = new Set([
  ...PRONOUNS,
  'who',
  'has',
  'have',
  'had',
  'and',
  'or',
  'but',
  'not',
  'never',
  'also',
  'falsely',
  'wrongly',
]);
const ALLEGING = new Set(['alleged', 'alleges', 'allege', 'alleging']);
/** Where an allegation is made, between the verb and its "that": "in its lawsuit", "in Parliament". */
const ALLEGATION_PLACE = new Set(['in', 'at', 'during', 'on', 'before']);

export function allegedCue(c: CueCandidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 3);
  const right = after(c, 14);
  const p0 = left[0];
  const reason = `hedged: "${c.word}", not established`;
  if (lo === 'allegedly' || lo === 'purportedly' || lo === 'supposedly')
    return cue(c, c.start, c.end, 'allegedly', 0.8, reason);
  // "videos purporting to show …": what they show is claimed, not established.
  if (lo === 'purporting')
    return right[0]?.lo === 'to' ? cue(c, c.start, (right[0] as Token).end, 'allegedly', 0.6, reason) : null;
  // "the alleged victim", "nine suspected cases", "police arrest suspected mafia boss".
  const adjective =
    (!p0 ||
      ADJ_CONTEXT.has(p0.lo) ||
      p0.t === ',' ||
      p0.t === '(' ||
      p0.t === ':' ||
      /'s$/.test(p0.lo) ||
      (isWord(p0) && !BE_FORMS.has(p0.lo) && !NOT_BEFORE_ADJECTIVE.has(p0.lo) && !/ly$/.test(p0.lo))) &&
    // "suspected “illegal taking of interest”", "alleged $480,000 fraud": a quoted offence or a sum after it.
    (isWord(right[0]) || (/^(?:["“‘]|[£$€¥])$/.test(right[0]?.t ?? '') && isWord(right[1]))) &&
    !OBJECT_STARTS.has(right[0]?.lo ?? '');
  let i = 0;
  while (left[i] && (ADVERB_GAP.has((left[i] as Token).lo) || /ly$/.test((left[i] as Token).lo))) i++;
  const passive =
    left[i] !== undefined &&
    (BE_FORMS.has((left[i] as Token).lo) || ['stands', 'stand', 'remains'].includes((left[i] as Token).lo));
  // "officers may chase a car when the driver is suspected of a felony": a condition in a rule
  // or a policy, about no one in particular.
  if (passive && (lo === 'suspected' || lo === 'accused of') && conditional(before(c, 8), i)) return null;
  // "The developer has not been accused of wrongdoing": no accusation made.
  if (passive && before(c, 4).some((t) => t.lo === 'not' || t.lo === 'never' || /n[’']t$/.test(t.lo))) return null;
  if (lo === 'on suspicion of') return cue(c, c.start, c.end, 'allegedly', 0.6, 'held on suspicion, not established');
  // "alleged that", "alleged in its lawsuit that", "alleges in Parliament on Tuesday that".
  const thatAt = right.findIndex((t) => t.lo === 'that');
  const allegesThat =
    ALLEGING.has(lo) &&
    (thatAt === 0 ||
      (ALLEGATION_PLACE.has(right[0]?.lo ?? '') && thatAt > 0 && thatAt <= 6 && right.slice(0, thatAt).every(isWord)));
  // Hedges count even when the source is named (the corpus rules): "Whyte alleged that …" is an
  // allegation, not established. Without "that" ("the opposition alleges vote rigging") only a
  // legal filing's allegations count, below.
  if (allegesThat) return cue(c, c.start, c.end, 'allegedly', 0.6, 'an allegation, not established');
  // "is alleged in a civil claim brought by Natural England to have raised …": the passive hedge
  // with where it is alleged in between.
  if (lo === 'alleged' && passive && ALLEGATION_PLACE.has(right[0]?.lo ?? '')) {
    const to = right.findIndex((t, k) => t.lo === 'to' && ['have', 'be', 'been'].includes(right[k + 1]?.lo ?? ''));
    if (to > 0 && right.slice(0, to).every(isWord))
      return cue(c, (left[i] as Token).start, (right[to] as Token).end, 'allegedly', 0.65, reason);
  }
  // "Police allege a former manager used fake invoices": a charge, not established.
  if ((lo === 'alleges' || lo === 'allege') && INVESTIGATORS.has(p0?.lo ?? '') && isWord(right[0]))
    return cue(c, (p0 as Token).start, c.end, 'allegedly', 0.6, reason);
  if (lo === 'alleges' || lo === 'allege' || lo === 'accusing' || lo === 'alleging' || lo === 'accuses') {
    // A lawsuit's or complaint's allegations, or its plaintiffs'; anyone else's accusation without
    // "that" is their stance, and people who allege are found with the people.
    const participle = lo === 'accusing' || lo === 'alleging';
    const window = participle ? before(c, 10) : before(c, 20);
    const paper = window.find(
      (t) => LEGAL_PAPERS.has(t.lo) || (!participle && LEGAL_PARTIES.has(t.lo) && t === window[0]),
    );
    return paper ? cue(c, c.start, c.end, 'allegedly', 0.6, 'allegations in a legal filing, not established') : null;
  }
  // "track each alleged incident", "any suspected case must be reported": a kind of thing in general.
  if (adjective && GENERIC_DETERMINERS.has(p0?.lo ?? '')) return null;
  if (lo === 'alleged' || lo === 'purported') {
    return adjective ? cue(c, c.start, c.end, 'allegedly', 0.7, reason) : null;
  }
  if (lo === 'suspected') {
    if (adjective) return cue(c, c.start, c.end, 'allegedly', 0.6, reason);
    // "two of the deaths were suspected overdoses": a noun after "were" that the hedge qualifies.
    if (passive && predicateNoun(right[0])) return cue(c, c.start, c.end, 'allegedly', 0.6, reason);
    if (passive && ['of', 'to', 'in'].includes(right[0]?.lo ?? ''))
      return cue(c, (left[i] as Token).start, (right[0] as Token).end, 'allegedly', 0.65, reason);
    // "searched two companies suspected of overbilling the ministry": a reduced relative, as with
    // "accused of" below.
    if (reducedRelative(p0, right[0], right[1]))
      return cue(c, c.start, (right[0] as Token).end, 'allegedly', 0.6, reason);
    return null;
  }
  // "the prosecutors' office, which suspects him of using company funds": a suspicion, not established.
  // "Police suspect the pair pledged the jewellery": investigators' suspicion, not established.
  if (
    (lo === 'suspects' || lo === 'suspect') &&
    INVESTIGATORS.has(p0?.lo ?? '') &&
    isWord(right[0]) &&
    right[0]?.lo !== 'of'
  )
    return cue(c, (p0 as Token).start, c.end, 'allegedly', 0.6, reason);
  if (lo === 'suspects' || lo === 'suspect') {
    const of = right.findIndex((t, k) => k > 0 && k < 4 && t.lo === 'of');
    const act = right[of + 1]?.t ?? '';
    return of > 0 && right.slice(0, of).every(isWord) && /^\p{Ll}+ing$/u.test(act) && !/thing$/.test(act)
      ? cue(c, c.start, (right[of] as Token).end, 'allegedly', 0.6, reason)
      : null;
  }
  // "is accused by the families of victims of ignoring warnings": the accusers named in between;
  // "was accused in a 2023 whistleblower lawsuit of inflating costs": where, in between.
  if (lo === 'accused by' || lo === 'accused in') {
    // "of ignoring …", "of theft"; not "by the coach of the team".
    const of = right.findIndex(
      (t, k) =>
        k > 0 &&
        t.lo === 'of' &&
        /^\p{Ll}+$/u.test(right[k + 1]?.t ?? '') &&
        !['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that'].includes(right[k + 1]?.lo ?? ''),
    );
    return passive && of > 0 && right.slice(0, of).every(isWord)
      ? cue(c, (left[i] as Token).start, (right[of] as Token).end, 'allegedly', 0.55, reason)
      : null;
  }
  // "militias it accuses of planning attacks": an object relative; the accusation describes them.
  if ((lo === 'accused of' || lo === 'accuses of') && objectRelative(before(c, 2), right[0]))
    return cue(c, c.start, c.end, 'allegedly', 0.55, reason);
  if (lo === 'accused of') {
    if (passive) return cue(c, (left[i] as Token).start, c.end, 'allegedly', 0.55, reason);
    // "appeared at Paisley Sheriff Court accused of attempting to murder …": the charge in court.
    if (before(c, 4).some((t) => t.lo === 'court')) return cue(c, c.start, c.end, 'allegedly', 0.6, reason);
    // "detained a prominent activist accused of organising the protests": a reduced relative on a
    // person, charged but not convicted.
    if (reducedRelative(p0, undefined, right[0])) return cue(c, c.start, c.end, 'allegedly', 0.55, reason);
    // Headlines drop "is": "RSF accused of killing dozens".
    const headline = !/[.!?”"’]$/.test(c.text.slice(c.sentence.end - 1, c.sentence.end));
    return headline && p0 && isWord(p0) && !['who', 'he', 'she', 'they', 'it', 'i', 'we'].includes(p0.lo)
      ? cue(c, c.start, c.end, 'allegedly', 0.5, reason)
      : null;
  }
  // "accusations that …", "allegations of …": the claim is someone's, not established.
  // "Allegations surfaced last year that …": the same, with the verb between.
  if (/^(?:allegations?|accusations?)$/.test(lo)) {
    const verb = right[0]?.lo === 'have' || right[0]?.lo === 'had' ? right[1] : right[0];
    if (verb && SURFACED.has(verb.lo)) return cue(c, c.start, verb.end, 'allegedly', 0.5, reason);
  }
  if (['that', 'of'].includes(right[0]?.lo ?? ''))
    return cue(c, c.start, (right[0] as Token).end, 'allegedly', 0.5, reason);
  return null;
}

/**
 * "an activist accused of organising", "companies suspected of overbilling": a lower-case noun, then
 * the participle (`of` after it, when given) and an -ing verb. Charged or suspected, not established.
 */
function reducedRelative(noun: Token | undefined, of: Token | undefined, act: Token | undefined): boolean {
  return (
    noun !== undefined &&
    // A name too after "suspected": "affiliates of Haesung Group suspected of running" (active
    // "suspected" never takes "of").
    (/^\p{Ll}+$/u.test(noun.t) || (of !== undefined && /^\p{Lu}\p{L}+$/u.test(noun.t))) &&
    !NOT_ACCUSED_NOUN.has(noun.lo) &&
    (of === undefined || of.lo === 'of') &&
    // A headline in title case capitalises the act: "… Suspected of Embezzling Funds".
    /^\p{L}[\p{Ll}-]*ing$/u.test(act?.t ?? '') &&
    !/thing$/.test(act?.t ?? '') // "of anything", "of nothing"
  );
}

const RELATIVE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'police', 'prosecutors', 'authorities']);

/** "militias it accuses of", "men police accused of": a plural noun, its accuser, then an -ing act. */
function objectRelative(left: Token[], act: Token | undefined): boolean {
  const [subject, noun] = left;
  return (
    subject !== undefined &&
    noun !== undefined &&
    RELATIVE_SUBJECTS.has(subject.lo) &&
    /^\p{Ll}+s$/u.test(noun.t) &&
    !NOT_ACCUSED_NOUN.has(noun.lo) &&
    /^\p{Ll}+ing$/u.test(act?.t ?? '')
  );
}

const TOLLS = /^(?:killed|dead|injured|wounded|hurt|missing|arrested|detained)$/;
const COUNTS = /^(?:several|many|dozens|scores|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|some)$/;
const INVESTIGATORS = new Set(['police', 'investigators', 'prosecutors', 'detectives', 'officers', 'authorities']);

const CONDITIONS = new Set(['when', 'whenever', 'if', 'unless', 'where']);

/** "… when the driver is suspected of": a present-tense "is" or "are" inside an if- or when-clause. */
function conditional(left: Token[], be: number): boolean {
  const verb = left[be];
  if (!verb || (verb.lo !== 'is' && verb.lo !== 'are')) return false;
  for (let k = be + 1; k < Math.min(left.length, be + 5); k++) {
    const t = left[k] as Token;
    if (CONDITIONS.has(t.lo)) return true;
    if (!isWord(t)) return false;
  }
  return false;
}

const OWN_PLANS =
  /^\s*(?:that\s+)?(?:it|they)\s+(?:would|will|was going to|is going to|planned|plans|intends|intended)\b/i;
/** Words for the court a case is put to: "told the jury", "told magistrates". */
const COURT_AUDIENCE = new Set(['jury', 'jurors', 'court', 'magistrates', 'judge', 'tribunal', 'inquest', 'hearing']);
const PROSECUTION_VERBS = new Set([
  'alleges',
  'alleged',
  'claims',
  'claimed',
  'says',
  'said',
  'argues',
  'argued',
  'contends',
  'contended',
]);

/**
 * Court reporting: what the prosecution puts to a court is an allegation ("Opening the prosecution
 * case, X told the jury that …", "the prosecution alleges"), and so is a headline's "…, court hears".
 */
export function courtCue(c: CueCandidate): Cue | null {
  const lo = c.lo;
  if (/ (?:hears|heard|told)$/.test(lo)) {
    // Only as a headline's closing attribution: "Boss 'took £1m', court hears".
    return before(c, 1)[0]?.t === ',' && headlineEnd(c)
      ? cue(c, c.start, c.end, 'allegedly', 0.6, 'an allegation made in court, not established')
      : null;
  }
  const right = after(c, 24);
  // "The prosecution alleges", "the prosecution case is that".
  // Not "the prosecution said it would appeal": its own plans.
  if (
    lo !== 'prosecutor' &&
    PROSECUTION_VERBS.has(right[0]?.lo ?? '') &&
    !OWN_PLANS.test(c.text.slice((right[0] as Token).end, c.sentence.end))
  ) {
    return cue(c, c.start, (right[0] as Token).end, 'allegedly', 0.6, "the prosecution's case, not established");
  }
  // "…, prosecutor Jane Hill told the jury that …": a case put to the court.
  for (let k = 0; k + 1 < right.length; k++) {
    const t = right[k] as Token;
    if (t.lo !== 'told') continue;
    const audience = right[k + 1]?.lo === 'the' ? right[k + 2] : right[k + 1];
    if (audience && COURT_AUDIENCE.has(audience.lo))
      return cue(c, c.start, audience.end, 'allegedly', 0.6, "the prosecution's case, not established");
  }
  return null;
}
