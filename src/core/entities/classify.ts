/**
 * Types a candidate name the gazetteers do not know, from its own words (heads like "Technology",
 * "River"; a given name first), its surroundings ("in ___", "___-based", a title before it, a
 * sports results line) and the shape of the word (Slavic surname endings, "-stan").
 */
import { ENTITY_TYPES, type EntityType } from '../model/analysis.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { CORP_SUFFIXES, HYPHENATED_GIVEN_NAME, type Candidate, type Chunker } from './chunk.ts';
import { CAPS, DATE, type TokenContext } from './context.ts';
import type { Tokens } from './tokens.ts';

/** How sure the typing is: later, document-wide evidence may overrule a weak guess. */
export type Evidence = 'known' | 'strong' | 'weak';

export interface Typed {
  readonly type: EntityType;
  readonly evidence: Evidence;
  /** Named as a side in a match ("Arsenal 2 Leeds 0", "Chelsea were held by Brentford"): a club. */
  readonly team: boolean;
}

// The answers are shared constants, one per type and evidence: classify runs for every candidate.
const answersFor = (evidence: Evidence) =>
  Object.fromEntries(ENTITY_TYPES.map((type) => [type, Object.freeze({ type, evidence, team: false })])) as Record<
    EntityType,
    Typed
  >;
const TYPED: Record<Evidence, Record<EntityType, Typed>> = {
  known: answersFor('known'),
  strong: answersFor('strong'),
  weak: answersFor('weak'),
};
/** A club, named as a side in a match. */
const TEAM: Typed = Object.freeze({ type: 'organization', evidence: 'strong', team: true });

function typed(type: EntityType, evidence: Evidence): Typed {
  return TYPED[evidence][type];
}
const PLACE_OF_HEADS = new Set(
  'republic|kingdom|gulf|bay|sea|isle|island|islands|strait|straits|lake|cape|city|port|province|district|county|sultanate|emirate|principality|duchy|commonwealth|state|states'.split(
    '|',
  ),
);
const STRICT_PLACE_PREFIXES = new Set('mount|mt.|lake|fort|cape|port|saint|st.|san|santa|sao|são|los|las'.split('|'));
const LOCATIVE = new Set('in|near|outside|across|throughout|around|inside|towards|toward'.split('|'));
const SPEECH = new Set(
  'said|says|told|added|asked|wrote|argued|explained|noted|stated|insisted|warned|recalled|testified|tweeted|posted|replied|responded|acknowledged|conceded|admitted|declared|announced'.split(
    '|',
  ),
);
/** A score after a side's name: "2", "295", "401-8" (cricket). */
const SCORE = /^\d{1,3}(?:-\d{1,2})?$/;
/** A match score inside a sentence: "2-1", "0-0". */
const MATCH_SCORE = /^\d{1,2}-\d{1,2}$/;
/** Words right after a side's name in a match report ("Bayern beat Hamburg", "Chelsea were held"). */
const MATCH_VERBS_AFTER = new Set(
  'beat|beats|drew|draw|lost|lose|defeated|defeat|thrashed|edged|crushed|routed|hammered|trounced|overcame|stunned|upset|held|outclassed|eliminated|knocked|whipped|downed|survived|squeezed|romped|cruised|won'.split(
    '|',
  ),
);
/** Words right before the other side's name ("beat Syria", "against Leeds"). */
const MATCH_WORDS_BEFORE = new Set(
  'beat|beating|defeated|against|v|vs|vs.|versus|thrashed|edged|hosted|host|hosts|face|faces|visiting'.split('|'),
);
/** Two words before it ("drew with Leeds", "held by Brentford", "lost to Derby", "defeat at West Ham"). */
const MATCH_PAIRS_BEFORE = new Set(
  'drew with|draw with|drawn with|draw by|draw against|held by|beaten by|defeated by|lost to|losing to|defeat to|defeat by|defeat at|win over|victory over|win against|victory against|win at|loss to|lose to|beat by'.split(
    '|',
  ),
);
/** "NetChoice", "JPMorgan", "PayPal": a capital inside the word, unlike "McDonald", "DiCaprio", "LeBron". */
const CAMEL_CASE = /^(?!Mc|Mac|O'|O’|Di|De|Da|La|Le|Van|Von|Du)\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
/** After ", a" / ", the": the noun that says what the name is ("NetChoice, a trade group"). */
const APPOSITIVE_FILLER = new Set(
  'a|an|the|one|local|small|large|major|leading|private|state-run|state-owned|british|u.s.|german|french|new|former|rival|trade|industry|lobby|research|rights|human|global|regional|national|international|civic|advocacy|campaign|activist|militant|rebel|political|opposition'.split(
    '|',
  ),
);
const COMPASS = new Set(
  'north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|upper|lower'.split(
    '|',
  ),
);
/** Connectors that, after an organisation word, continue its name ("Office for …", "Banco de …"). */
const OF_LIKE = new Set(['of', 'for', 'de', 'del', 'di', 'du', 'des', 'da']);

// (A loop rather than `suffixes.some(...)`: a closure over the word would make every call of
// classify allocate its context.)
function endsWithAny(word: string, suffixes: string[]): boolean {
  for (const s of suffixes) if (word.endsWith(s)) return true;
  return false;
}

export class Classifier {
  constructor(
    private readonly lex: Lexicon,
    private readonly tokens: Tokens,
    private readonly ctx: TokenContext,
    private readonly chunker: Chunker,
  ) {
    this.scores = new Int32Array(ctx.sentenceFirst.length).fill(-1);
    for (const [i, suffix] of tokens.suffixed())
      if (suffix === 'based' || suffix === 'born' || suffix === 'headquartered') this.basedIn.add(tokens.text(i));
  }

  /** Names the article uses as "___-based", "___-born": places. */
  private readonly basedIn = new Set<string>();
  /** Per sentence, how many match scores ("2-1") it holds; -1 until counted. */
  private readonly scores: Int32Array;

  classify(c: Candidate): Typed {
    const { lex, chunker } = this;
    if (c.dateline) return c.known && c.known.type === 'place' ? typed('place', 'known') : typed('place', 'strong');
    if (c.known) {
      // A club named after its town is the club (CoNLL-style); countries stay places.
      if (c.known.type === 'place' && !this.isCountry(c) && (this.isTeamSlot(c) || this.inMatchReport(c))) {
        return TEAM;
      }
      if (c.known.type !== 'person' && this.personInResults(c)) return typed('person', 'strong');
      return typed(c.known.type, 'known');
    }
    const n = c.last - c.first + 1;
    const head = chunker.lower(c.last);
    const firstKey = chunker.key(c.first);

    if (c.role) return typed('person', 'strong');
    if (c.personHint) return typed('person', 'strong');
    if (n === 1 && lex.famous.has(firstKey)) return typed('person', 'strong');

    let hasCorp = false;
    let ofHead = '';
    let initials = false;
    let acronym = false;
    for (let i = c.first; i <= c.last; i++) {
      const T = this.tokens;
      const text = T.text(i);
      const lower = chunker.lower(i);
      if (CORP_SUFFIXES.has(lower) && i > c.first) hasCorp = true;
      if (OF_LIKE.has(lower) && i > c.first && !ofHead) ofHead = chunker.lower(i - 1);
      if (text.length === 2 && text.charCodeAt(1) === 46 && T.upper(i) && i < c.last) initials = true;
      if (T.upper(i) && text.length >= 2 && !text.includes('.') && this.ctx.mode[i] !== CAPS) acronym = true;
    }
    if (hasCorp) return typed('organization', 'strong');
    // "A. Dale", "N. Hussain 138": initials make a person even in a results line.
    if (n >= 2 && initials && !acronym) return typed('person', 'strong');
    if (this.personInResults(c) || this.playerSlot(c)) return typed('person', 'strong');
    if (this.isFixtureSlot(c)) return TEAM;
    if (this.isTeamSlot(c) && !(n >= 2 && lex.firstNames.has(firstKey))) return TEAM;
    if (ofHead) {
      if (PLACE_OF_HEADS.has(ofHead)) return typed('place', 'strong');
      if (lex.ofHeads.has(ofHead) || lex.orgHeads.has(ofHead)) return typed(this.orgOrOutlet(ofHead, n), 'strong');
    }
    // "Leicester City": a town's club.
    if (n === 2 && head === 'city' && chunker.lookup(c.first, c.first)?.[0].type === 'place') return TEAM;
    if (lex.orgHeads.has(head) && (n >= 2 || !lex.common.has(head))) {
      return typed(this.orgOrOutlet(head, n), n >= 2 ? 'strong' : 'weak');
    }
    if (n >= 2 && lex.placeHeads.has(head)) return typed('place', 'strong');
    if (n >= 2 && STRICT_PLACE_PREFIXES.has(chunker.lower(c.first))) return typed('place', 'strong');
    // "Southwest Asia", "Northern Kenya": a compass word before a known place.
    if (n >= 2 && COMPASS.has(chunker.lower(c.first)) && chunker.lookup(c.first + 1, c.last)?.[0].type === 'place') {
      return typed('place', 'strong');
    }
    if (n === 2 && HYPHENATED_GIVEN_NAME.test(this.tokens.text(c.last))) return typed('person', 'strong');
    if (n >= 2 && (lex.firstNames.has(firstKey) || initials) && !acronym) return typed('person', 'strong');
    if (this.isTeamSlot(c) || this.inMatchReport(c)) return TEAM;
    if (this.isDateline(c)) return typed('place', 'strong');

    // What the words around the name say it is.
    const T = this.tokens;
    const nextWord = T.spaced(c.last + 1) && !T.cap(c.last + 1) ? chunker.lower(c.last + 1) : '';
    if (lex.placeNouns.has(nextWord)) return typed('place', 'strong');
    if (lex.orgNouns.has(nextWord)) return typed('organization', 'strong');
    const prevWord = c.first > 0 && !T.cap(c.first - 1) && T.spaced(c.first) ? chunker.lower(c.first - 1) : '';
    if (prevWord === 'of' && c.first >= 2 && lex.placeOfNouns.has(chunker.lower(c.first - 2)))
      return typed('place', 'strong');
    if (acronym) return typed('organization', n >= 2 ? 'strong' : 'weak');
    const apposed = this.appositive(c.last);
    if (apposed) return typed(apposed, 'strong');
    if (n === 1 && CAMEL_CASE.test(T.text(c.first))) return typed('organization', 'strong');
    if (n === 1 && this.basedIn.has(firstKey)) return typed('place', 'strong');
    const speaks = (nextWord !== '' && SPEECH.has(nextWord)) || (prevWord !== '' && SPEECH.has(prevWord));

    const word = chunker.key(c.last);
    if (n <= 2 && LOCATIVE.has(prevWord) && !lex.firstNames.has(firstKey) && !speaks) return typed('place', 'weak');
    if (n === 1) {
      if (word.length >= 5 && endsWithAny(word, lex.personSuffixes)) return typed('person', 'weak');
      if (word.length >= 6 && endsWithAny(word, lex.placeSuffixes)) return typed('place', 'weak');
      return typed('organization', 'weak');
    }
    // Two to four unknown name-like words with no organisation head are most often a person.
    if (n <= 4 && !this.hasCommonWord(c)) return typed('person', speaks ? 'strong' : 'weak');
    return typed('organization', 'weak');
  }

  /** One of the candidate's words (connectors aside) is a frequent English word. */
  private hasCommonWord(c: Candidate): boolean {
    for (let i = c.first; i <= c.last; i++)
      if (this.lex.common.has(this.chunker.lower(i)) && !this.chunker.isConnector(i)) return true;
    return false;
  }

  /**
   * What a comma phrase right after the name says it is: "NetChoice, a trade group" (organisation),
   * "Varnavas, a village" (place), "Kiptum, 23," (a person's age).
   */
  private appositive(last: number): EntityType | null {
    const T = this.tokens;
    const first = last + 1;
    if (first >= T.length || !T.comma(first) || !/^\s*,\s*$/.test(T.gap(first)) || T.cap(first)) return null;
    if (T.num(first) && /^\d{1,2}$/.test(T.text(first))) {
      return last + 2 < T.length && /^\s*,/.test(T.gap(last + 2)) ? 'person' : null;
    }
    // Skip articles and a few modifiers, then read the noun.
    let k = first;
    while (k < T.length && k - last <= 4) {
      if (k > first && !T.spaced(k)) return null;
      const w = this.chunker.lower(k);
      if (this.lex.orgNouns.has(w) || w === 'group' || w === 'organisation' || w === 'organization')
        return 'organization';
      if (
        this.lex.placeNouns.has(w) &&
        w !== 'government' &&
        w !== 'authorities' &&
        w !== 'residents' &&
        w !== 'governor' &&
        w !== 'mayor'
      )
        return 'place';
      if (!APPOSITIVE_FILLER.has(w)) return null;
      k++;
    }
    return null;
  }

  /** "Frankie Fredericks ( Namibia ) 10.01", "Sifan Hassan of the Netherlands won": a competitor and their country. */
  private personInResults(c: Candidate): boolean {
    if (!this.tabularAt(c.first)) return false;
    const T = this.tokens;
    const open = c.last + 1;
    if (open >= T.length || !T.bracket(open) || !/^\s*\(\s*$/.test(T.gap(open))) return false;
    // The country in brackets: one to three words, then the closing bracket.
    let k = open;
    while (k < T.length && k - c.last <= 3 && T.cap(k) && !(T.bracket(k) && T.gap(k).includes(')'))) k++;
    if (k >= T.length || !T.bracket(k) || !/^\s*\)/.test(T.gap(k))) return false;
    const hit = this.chunker.lookup(c.last + 1, k - 1);
    return !!hit && hit[0].type === 'place' && hit[1] === k - 1 - c.last;
  }

  /**
   * A player in a results line: a scorer in brackets after the score ("Rangers 2 ( Gascoigne 13 ,
   * Laudrup 51 )"), a name in a "Scorers :" list, a fielder or bowler on a scorecard ("c Jones b Smith").
   */
  private playerSlot(c: Candidate): boolean {
    const s = this.ctx.sentence[c.first] ?? 0;
    // Scorecard shorthand never seen in prose: caught ("c"), bowled ("b"), stumped ("st"), "lbw".
    const T = this.tokens;
    if (
      c.first > 0 &&
      !T.cap(c.first - 1) &&
      T.width(c.first - 1) <= 3 &&
      /^(?:c|b|st|lbw)$/.test(T.text(c.first - 1)) &&
      T.spaced(c.first)
    )
      return true;
    if (!this.ctx.tabular[s] && !this.ctx.playerList[s]) return false;
    const next = c.last + 1;
    const minute = next < T.length && T.num(next) && T.spaced(next) && /^\d{1,3}(?:-\d{1,3})?$/.test(T.text(next));
    if (this.ctx.playerList[s]) return minute || next >= T.length || /^\s*[,;.]/.test(T.gap(next));
    return this.ctx.bracketed[c.first] === 1 && minute;
  }

  private tabularAt(i: number): boolean {
    return this.ctx.tabular[this.ctx.sentence[i] ?? 0] === 1;
  }

  /**
   * "Arsenal 2 Tottenham 0": in a fixtures line every name is followed by exactly one score and then
   * the next name (or the end), so even "Crystal Palace" is a club, not a person.
   */
  private isFixtureSlot(c: Candidate): boolean {
    if (!this.tabularAt(c.first)) return false;
    const T = this.tokens;
    const score = c.last + 1;
    if (score >= T.length || !T.num(score) || !/^\d{1,2}$/.test(T.text(score)) || !T.spaced(score)) return false;
    const s = this.ctx.sentence[c.first];
    const after = c.last + 2;
    const before = c.first - 1;
    const hasAfter = after < T.length;
    const endsAfter = !hasAfter || this.ctx.sentence[after] !== s || (T.cap(after) && !T.num(after));
    const startsBefore =
      before < 0 || this.ctx.sentence[before] !== s || (T.num(before) && /^\d{1,2}$/.test(T.text(before)));
    return endsAfter && startsBefore && (hasAfter || before >= 0);
  }

  private matchScores(s: number): number {
    let count = this.scores[s] as number;
    if (count < 0) {
      count = 0;
      const last = this.ctx.sentenceLast[s] as number;
      for (let i = this.ctx.sentenceFirst[s] as number; i <= last; i++) {
        if (this.tokens.num(i) && MATCH_SCORE.test(this.tokens.text(i)) && !DATE.test(this.tokens.text(i))) count++;
      }
      this.scores[s] = count;
    }
    return count;
  }

  private orgOrOutlet(head: string, n: number): EntityType {
    return n >= 2 && this.lex.outletHeads.has(head) ? 'outlet' : 'organization';
  }

  /** A name right before a score in a results or standings line. */
  private isTeamSlot(c: Candidate): boolean {
    const s = this.ctx.sentence[c.first] ?? -1;
    if (s < 0 || !this.ctx.tabular[s]) return false;
    if (c.known && c.known.canonical && this.isCountry(c)) return false;
    const next = c.last + 1;
    return (
      next < this.tokens.length &&
      this.tokens.num(next) &&
      this.tokens.spaced(next) &&
      SCORE.test(this.tokens.text(next))
    );
  }

  /**
   * A side in a match report: "Bayern Munich beat Hamburg 2-0", "Chelsea were held to a 1-1 draw by
   * Brentford". Needs a match score in the same sentence, so "Microsoft beat estimates" is no match.
   */
  private inMatchReport(c: Candidate): boolean {
    const s = this.ctx.sentence[c.first] ?? -1;
    if (s < 0 || s >= this.ctx.sentenceFirst.length) return false;
    // One score makes a match between sides; several are sets or rounds between players ("6-3 6-4").
    if (this.matchScores(s) !== 1) return false;
    let after = this.lowerWord(c.last + 1);
    if (after === 'were' || after === 'was' || after === 'have' || after === 'had') after = this.lowerWord(c.last + 2);
    if (MATCH_VERBS_AFTER.has(after)) return true;
    const next = c.last + 1;
    if (next < this.tokens.length && this.tokens.num(next) && MATCH_SCORE.test(this.tokens.text(next))) return true;
    const before = this.lowerWord(c.first - 1);
    return MATCH_WORDS_BEFORE.has(before) || MATCH_PAIRS_BEFORE.has(`${this.lowerWord(c.first - 2)} ${before}`);
  }

  /** Token i when it is a lower-case word, else ''. */
  private lowerWord(i: number): string {
    return i >= 0 && i < this.tokens.length && !this.tokens.cap(i) && !this.tokens.num(i) ? this.chunker.lower(i) : '';
  }

  private isCountry(c: Candidate): boolean {
    return !!c.known && c.known.type === 'place' && this.lex.countries.has(c.known.canonical);
  }

  /** "AL-AIN , United Arab Emirates 1996-12-06" or "MOSCOW (Reuters) -": the first words of a dispatch. */
  private isDateline(c: Candidate): boolean {
    if (!this.ctx.initial[c.first]) return false;
    if (!this.tokens.upper(c.first)) return false;
    const next = c.last + 1;
    if (next >= this.tokens.length) return false;
    const gap = this.tokens.gap(next);
    return DATE.test(this.tokens.text(next)) || /^\s*[,(]/.test(gap) || /^\s*[-\u2013\u2014]/.test(gap);
  }
}
