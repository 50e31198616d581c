/**
 * Finds the cues of anonymous or unnamed sourcing in an article's text. One compiled regular
 * expression finds candidate words in a single pass over the whole text, tried only where its
 * first words stand (word-starts.ts); each candidate is then checked by its family's finder
 * against a bounded window of words around it (tokens.ts), so the cost stays linear.
 */
import type { Sentence } from '../text/sentence.ts';
import { GROUP_HEADS, OFFICIAL_HEADS, RESEARCH_HEADS, SOURCE_HEADS } from './lexicon.ts';
import type { CueCandidate, Cue, OrgSpan } from './candidate.ts';
import { lowered } from './tokens.ts';
import { personCue } from './people.ts';
import { familiarCue } from './familiar.ts';
import { anonymityCue } from './anonymity.ts';
import { documentCue, documentRefCue, researchCue } from './documents.ts';
import { allegedCue, courtCue, reportCue } from './hedges.ts';
import { postsCue } from './posts.ts';
import { toldCue } from './outlets.ts';
import { speakerCue } from './speakers.ts';
import { creditCues } from './credits.ts';
import { type Scan, wordStartScan } from './word-starts.ts';

export type { Cue } from './candidate.ts';

const words = (s: Set<string>): string => [...s].sort((a, b) => b.length - a.length).join('|');

const FAMILIAR = [
  '(?:has|have|had) (?:seen|read|reviewed)|familiar with|briefed on',
  // A headline's "…, people familiar say".
  String.raw`familiar(?= (?:say|says|said)\b)`,
  '(?:direct |first-?hand |detailed |intimate )?knowledge of|close to|aware of|involved in|privy to',
  'knowledgeable about|acquainted with|consulted (?:on|about)|present (?:at|in|during|for)',
  'in the know|who (?:attended|were present|was present|were there|was there)',
  'those (?:present|in attendance|in the room)',
  'who (?:know|knew|have known|has known|had known) (?:him|her|them)(?: well| best)?',
  '(?:those|people|someone|sources?|figures) around|entourage|inner circle',
].join('|');
const ANON = [
  String.raw`(?:on|under) (?:the )?condition(?: of anonymity| that|(?= (?:his|her|their|he|she|they|neither)\b))`,
  'anonymity|anonymously|(?:remain|stay|be kept) anonymous',
  String.raw`(?:declined|refused|did not want|didn't want|didn’t want|would not|wouldn't|wouldn’t) (?:to )?(?:give|provide|share|disclose) (?:his|her|their) (?:full |last )?names?`,
  'not (?:to )?be (?:named|identified|quoted)',
  'not (?:authori[sz]ed|permitted|allowed|cleared|mandated|empowered) to (?:speak|discuss|comment|talk|publicly|disclose|share|release|describe|brief)',
  '(?:authori[sz]ed|permitted|allowed|cleared|mandated) to (?:speak|discuss|comment|talk|brief)',
  // "a board member, who spoke in confidence, said"; not "she spoke in confidence to her lawyer".
  '(?:who (?:spoke|talked)|speaking|talking) in confidence',
  'not to (?:use|publish|print|reveal|disclose) (?:his|her|their|my) (?:full |real |last )?names?',
  'on background|not for attribution|without being (?:named|identified)',
  // "who did not want to speak on the record", "spoke off the record".
  String.raw`(?:did not|didn't|didn’t|would not|wouldn't|wouldn’t|does not|doesn't|doesn’t|declined to|refused to) (?:want to |wish to )?(?:speak|talk|be quoted) on the record|off the record`,
  'declined to be (?:named|identified)',
  String.raw`(?:did not|didn't|didn’t|would not|wouldn't|wouldn’t|does not|doesn't|doesn’t) (?:want|wish) (?:to be (?:named|identified)|(?:his|her|their) names? (?:used|published|disclosed))`,
  '(?:his|her|their) (?:full |last )?names? (?:be |was |were )?withheld',
  '(?:his|her|their) (?:full |last )?names? not (?:be )?(?:used|published|disclosed|printed)',
].join('|');
// "seen by Reuters" names who saw it, not who gave it; "provided by C4ADS" would name the giver.
const DOC = [
  '(?:seen|obtained|reviewed|viewed|examined|verified|heard|accessed|consulted) by',
  // South Asian and African press: "Documents available with Dawn show", "Information available to the Graphic".
  'available (?:to|with)',
  // "Footage shared on social media appears to show …": pictures whose author is unknown.
  '(?:shared|posted|circulating|circulated) (?:on|across) (?:social media|(?:[a-z]+ )?(?:telegram|tiktok|facebook|youtube|instagram|whatsapp|weibo|twitter|x) (?:channels?|accounts?|groups?|pages?))',
  '(?:shared|provided|leaked|given|sent|read) (?:with|to)|leaked|according to',
  // "which The Ledger has heard," (an aside); not "we have heard from sources", the told family's.
  String.raw`(?:has|have|had) obtained|(?:has|have|had) (?:seen|heard|reviewed|viewed|examined|consulted)(?=\s*[,)—–])`,
  // "An internal Slack thread, which I obtained, shows …": the writer had it in hand.
  String.raw`(?<=(?:which|that) )(?:i|we) (?:obtained|reviewed|saw|examined|have seen|have obtained|have reviewed)(?=\s*[,)—–])`,
  // "The police report …, to which Folha had access, describes …": the outlet had it in hand.
  String.raw`(?:has|have|had) (?:had |gained |been given )?access(?=\s*(?:to\b|[,)—–.]))`,
  // "A classified timeline that CNN was able to review shows …".
  '(?:was|were|has been|have been) able to (?:review|see|view|obtain|examine|verify)',
].join('|');
const REPORT = [
  'reportedly|reputedly|reputed|rumou?red|rumou?rs?',
  '(?:said|thought|understood|believed|reported|alleged|claimed|heard) to',
  String.raw`reported(?= [a-z]+(?:ed|en)\b)|(?<=\b(?:a|an|the) )reported(?= [£$€¥]?\d)`,
  // "Whitfield was reported in the spring to be developing a spinoff": the hedge around a time phrase.
  String.raw`reported(?= (?:in|on|last|earlier|this) [^.;,]{1,30}? to (?:be|have)\b)`,
  String.raw`it(?: is| was| has been| had been|'s|’s) (?:widely |generally |now |also |long )?(?:understood|believed|thought|reported|rumou?red|alleged|claimed|said|learnt|learned|gathered|feared|suggested)`,
  String.raw`(?:the )?(?:word|whispers?|buzz|chatter|scuttlebutt|speculation|gossip)(?= (?:is|was|are|were|has it|has|had|in|around|on|from|inside|at|among|within|that)\b)`,
  // "Speculation about a reshuffle has been rife": talk about something, then that it goes round.
  String.raw`speculation(?= (?:about|over) [^.;]{1,60}? (?:has been|is|was|had been) (?:rife|rampant|mounting|growing|swirling|intense)\b)`,
  // "Talk around Balclutha is that …" (hedges.ts asks for the place and "is that").
  String.raw`(?:the )?talk(?= (?:around|among|in|on|at|inside|within) )|(?<=(?:with|amid) )talk(?= that\b)`,
  // "talk had been mounting about a challenger": talk that goes round, as with speculation.
  String.raw`talk(?= (?:has|had|have) been (?:mounting|growing|swirling|building|rife)\b)`,
  String.raw`there (?:is|was|has been|had been) (?:some |much |a lot of |growing |renewed |more )?(?:talk|chatter|gossip|speculation)(?= (?:around|among|in|on|at|inside|within|that)\b)`,
  String.raw`(?:story|talk|gossip)(?= (?:that )?(?:went|goes|was going|is going|doing|going|circulating|circulated|did|made) (?:around|round|the rounds)\b)`,
  'it (?:has|had) (?:now |also )?emerged|reports (?:have |had )?(?:now |also )?emerged',
  '(?:media|outlets|newspapers|papers|tabloids|press|sites|websites|portals|channels|stations)(?: in(?: [\\w-]+){1,3})? (?:are reporting|have reported|reported|reports|report|said|say|says|claimed|claim)',
  '(?:state|local) (?:television|tv|radio|broadcasters?|news agency) (?:reported|reports|said|says)',
  'reports(?: in(?: [\\w-]+){1,2})? (?:that|of|say|said|suggest|suggested|indicate|indicated|claim|claimed|have said|have suggested)',
  'report says|report(?=:)|(?:linked|credited) with',
  '(?:unconfirmed|unverified) (?:reports?|accounts?|claims)',
  'per (?:multiple |several |various |numerous |local |media |news )?reports',
  // Toll and trade-press hedges: "dozens feared dead", "the launch is tipped for October", "…, say reports".
  'feared (?:dead|killed|drowned|buried|trapped|missing|lost)',
  '(?:is|are|was|were|been|being) tipped (?:to|for|as)',
  'say reports|said reports',
  // "is seen internally as the favourite": a view from inside, passed on with no one to give it.
  String.raw`(?:seen|viewed|regarded) internally(?= as\b)`,
  // A live blog's "We're getting reports of …".
  String.raw`(?:we're|we’re|we are|we've been|we’ve been|we have been) (?:getting|receiving|hearing) reports`,
].join('|');
const ALLEGED = [
  'allegedly|purportedly|supposedly|alleged|alleges|allege|accusing|alleging|on suspicion of',
  'purported|purporting|suspected|suspects|suspect|accused of|accuses of|accused by|accused in|accuses|allegations?|accusations?',
].join('|');
// Court reporting: the prosecution's case and the headline "…, court hears" are allegations.
const COURT = 'prosecution|prosecuting|prosecutor|(?:court|jury|inquest|tribunal|trial) (?:hears|heard|told)';
// Posts and comments on a forum or social network, whose authors are not named.
const POSTS = 'posts|comments|threads';
const TOLD = [
  '(?:some|many|others|few|most)(?: (?:in|within|inside|on|at) (?:the )?[a-z]+(?: [a-z]+)?)? (?:say|believe|argue|fear|contend|worry|suggest|think|insist|expect)',
  String.raw`(?:we|i)(?:'re|’re|'m|’m| are| am| were| was|'ve been|’ve been| have been| had been) told`,
  '(?:has|have) (?:learned|learnt)|learns|hears|has established|has been told|(?:is|was) told|understands',
  // Nigerian and Ghanaian papers: "PREMIUM TIMES gathered that …", "Findings by PUNCH showed that …".
  'gathered(?= that)',
  '(?:findings|checks|investigations?|enquiries|inquiries) by',
  String.raw`we (?:hear|understand)|(?:we|i)(?:'re|’re|'m|’m| are| am) hearing|heard (?:that |it |this )?from`,
  // "We've heard that two other firms offered term sheets": the outlet's own sources.
  String.raw`(?:we|i)(?:'ve|’ve| have) heard(?= that (?!from\b))`,
  'can (?:exclusively )?reveal',
].join('|');
const HEADS = words(new Set([...OFFICIAL_HEADS, ...SOURCE_HEADS, ...GROUP_HEADS, ...RESEARCH_HEADS]));
// Verbs of saying whose speaker the role lists do not know: "Detainees say", "one man said".
const SPEECH = [
  'said|says|say|told|tells|tell|warned|warns|warn|claimed|claims|claim|described|describes',
  'describe|report|recalled|recalls|cautioned|argued|argue|insisted|insist|noted|note|notes|wrote|complained',
  'believe|believes|suggested|suggest|doubt|doubted|questioned|identified|estimated|estimate',
  'conceded|concede|admitted|admit|point|points|commented|reported|attributed|texted|emailed',
  'messaged|grumble|grumbles|grumbled|gripe|gripes|griped|reckon|reckons|reckoned',
].join('|');
// A document cited again ("the emails show", "in the memo") or bare in a headline ("emails show").
const CITED_DOCS = [
  'memos?|documents?|e-?mails|messages|texts|files|recordings|transcripts?|drafts?|records',
  'spreadsheets?|assessment|cables?|slides|presentation|letter|dossier|briefs?|annex|materials|tally|survey|minutes',
  // A report cited again by what it found ("the report found"), not the verb "report".
  String.raw`report(?= (?:also |further |had |has )?(?:found|finds|says|said|shows|showed|concluded|concludes|notes|noted|warns|warned|states|stated|describes|described|recommends|recommended)\b)`,
].join('|');
const DOCREF = CITED_DOCS;

/** Order matters where alternatives start at the same place: "alleged to" is a hedge, not "alleged X". */
export const CANDIDATES = new RegExp(
  String.raw`\b(?:(${REPORT})|(${ANON})|(${FAMILIAR})|(${DOC})|(${ALLEGED})|(${TOLD})|(${COURT})|(${HEADS})|(${POSTS})|(${DOCREF})|(${SPEECH}))\b`,
  // No "u" flag: the pattern is ASCII apart from "’", and the flag halves the scan's speed.
  'gi',
);
/**
 * The scan for CANDIDATES, tried only at words an alternative can begin with (word-starts.ts): a
 * plain global scan made V8 try every alternative at every character, nearly half the detector's time.
 */
let scanCandidates: Scan | undefined;
export type Family =
  | 'report'
  | 'anon'
  | 'familiar'
  | 'doc'
  | 'alleged'
  | 'told'
  | 'court'
  | 'person'
  | 'posts'
  | 'docref'
  | 'speech';
const FAMILIES: Family[] = [
  'report',
  'anon',
  'familiar',
  'doc',
  'alleged',
  'told',
  'court',
  'person',
  'posts',
  'docref',
  'speech',
];
export const ALL_FAMILIES: ReadonlySet<Family> = new Set(FAMILIES);

export interface FindOptions {
  /** Rule families to run (default: all). */
  families?: ReadonlySet<Family>;
  /** Cues found otherwise (the attribution model's), merged in. */
  extra?: Cue[];
  /** Where the entity recogniser found organisations and outlets, in order ("Folha has learned"). */
  organizations?: readonly OrgSpan[];
}

/** All cues in the text of the given families, in order of position, merged with `extra` cues. */
export function findCues(text: string, sentences: Sentence[], options: FindOptions = {}): Cue[] {
  const { families = ALL_FAMILIES, extra = [], organizations } = options;
  const cues: Cue[] = [];
  let s = 0;
  // Made on first use (some milliseconds): importing the detector stays cheap.
  scanCandidates ??= wordStartScan(CANDIDATES);
  for (let m = scanCandidates(text, 0); m; m = scanCandidates(text, m.index + m[0].length)) {
    const start = m.index;
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    const sentence = sentences[s];
    if (!sentence) break;
    if (sentence.start > start) continue; // between blocks
    let g = 1;
    while (m[g] === undefined) g++;
    const family = FAMILIES[g - 1] as Family;
    if (!families.has(family)) continue;
    const word = m[0];
    const c: CueCandidate = { text, sentence, start, end: start + word.length, word, lo: lowered(word), organizations };
    const cue = VALIDATORS[family](c);
    if (cue) cues.push(cue);
  }
  // Pull quotes' credits ("— EU diplomat") are found by their own scan: a dash is no word to match.
  if (families.has('person')) {
    const credits = creditCues(text, sentences);
    if (credits.length) {
      cues.push(...credits);
      cues.sort((a, b) => a.start - b.start);
    }
  }
  if (!extra.length) return cues;
  // Two finders on the same words: the rule's cue stands (it knows the phrase), the model's goes.
  const overlaps = overlapTest(cues);
  const merged = cues.concat(extra.filter((x) => !overlaps(x.start, x.end)));
  return merged.sort((a, b) => a.start - b.start);
}

/**
 * Whether a span overlaps any of `spans`: a binary search over them by start, with the furthest
 * end so far, instead of a pass over all of them per span (quadratic on a long article).
 */
export function overlapTest(spans: readonly Cue[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const c of sorted) furthest.push(Math.max(c.end, furthest.at(-1) ?? -Infinity));
  return (start, end) => {
    // The spans that start before `end`; one of them overlaps if any ends after `start`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Cue).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) > start;
  };
}

const VALIDATORS: Record<Family, (c: CueCandidate) => Cue | null> = {
  // "studies have shown" is found with the people, being cited the same way.
  // "figures" are people ("senior Labour figures said") or numbers cited again ("The figures also show").
  person: (c) =>
    RESEARCH_HEADS.has(c.lo) ? researchCue(c) : c.lo === 'figures' ? (personCue(c) ?? documentRefCue(c)) : personCue(c),
  familiar: familiarCue,
  anon: anonymityCue,
  doc: documentCue,
  report: reportCue,
  alleged: allegedCue,
  told: toldCue,
  court: courtCue,
  posts: postsCue,
  docref: documentRefCue,
  speech: speakerCue,
};
