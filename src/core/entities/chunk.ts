/**
 * Cuts runs of capitalised words into candidate names: known names from the gazetteers (longest
 * match first), titles split off as roles ("Treasury Secretary | Janet Yellen"), lists split at
 * "and" when both sides are complete names, nationality words and events dropped.
 */
import type { Lexicon, GazetteerEntry, NameNode } from '../lexicon/index.ts';
import { CAPS as CAPS_MODE, PROSE as PROSE_MODE, type TokenContext } from './context.ts';
import { baseForms, type Tokens } from './tokens.ts';

// Module-local copies of the modes, compared for nearly every token (see the note in tokens.ts).
const CAPS = CAPS_MODE;
const PROSE = PROSE_MODE;

export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** Set when a gazetteer knows the whole candidate. */
  known: GazetteerEntry | null;
  /** A title or role that preceded the name ("Treasury Secretary"), as offsets into the text. */
  role: { start: number; end: number } | null;
  /** "Biden" in "the Biden Administration": a person by the word that followed. */
  personHint: boolean;
  /** Weak on its own (a capitalised common word, a word only seen where capitals mean nothing): kept only if the rest of the article backs it. */
  fragile: boolean;
  /** The place a dispatch is filed from ("LONDON 1996-08-30", "NEW YORK (Reuters) -"). */
  dateline: boolean;
}

/** Title-cases an ALL-CAPS word so it can be looked up ("MOSCOW" → "Moscow", "AL-AIN" → "Al-Ain"). */
export function titleCase(word: string): string {
  if (word.includes('.')) return word;
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const PRODUCT_PART = /^(?:\p{Lu}{1,3}|\p{Lu}?\d+\p{L}*)$/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|abu|bani)-\p{Lu}/u;
/** A Korean or Cantonese given name written with a hyphen: "Jae-myung", "Kwok-hung", "Jong-un". */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}$/u;
/** Company suffixes that end a name ("Boeing Co", "Sumitomo Bank Ltd", "JPMorgan Chase & Co"). */
export const CORP_SUFFIXES = new Set(
  'inc|inc.|corp|corp.|ltd|ltd.|llc|plc|gmbh|ag|co|co.|s.a.|nv|n.v.|bv|spa|s.p.a.|sa|lp|llp|ab|asa|oyj|se|pjsc|ojsc|bhd|pty|kk'.split(
    '|',
  ),
);

type Hit = [GazetteerEntry, number];
/** Where the candidates cut go, in order. */
interface CandidateSink {
  push(c: Candidate): void;
}
const HIT_CACHE = 64;

// What the lexicon says of a word, as bits (kept per word, see WordInfo): the rules ask of every
// capitalised word and its neighbours again and again.
/** Holds a hyphen after its first character ("Jae-myung", "Wuhan-Based"). */
const HYPHENATED = 1;
/** A month or weekday, abbreviated or not ("Jan.", "Monday"). */
const CALENDAR_WORD = 2;
const CONNECTOR = 4;
const TITLE = 8;
const TITLE_QUALIFIER = 16;
/**
 * What the lexicon says of one word: the same in every article, so it is worked out once and kept
 * across articles (a page's analyses, a batch of pages) instead of asking the large gazetteer maps
 * and sets again for each article's words.
 */
class WordInfo {
  constructor(
    readonly upper: boolean,
    readonly lower: string,
    /** HYPHENATED, CALENDAR_WORD, CONNECTOR, TITLE and TITLE_QUALIFIER bits. */
    readonly facts: number,
    /** The word title-cased when it is ALL-CAPS ("MOSCOW" → "Moscow"), else the word. */
    readonly capKey: string,
    /** The gazetteer trie's node under its root for the word (null: none), as written and as capKey. */
    readonly rootByText: NameNode | null,
    readonly rootByCaps: NameNode | null,
  ) {}
}

const WORD_INFO = new Map<string, WordInfo>();
/** Words kept before the cache starts afresh: ample for a session's news, bounded for a long one. */
const WORD_INFO_LIMIT = 50_000;
let wordInfoLex: Lexicon | null = null;

/**
 * A copy of a word that shares no memory with the article. Engines cut a word out of a text as a view
 * of it: kept in the cache, such a view (or its lower case, which may be the same string) would keep
 * the whole article alive after its analysis.
 */
function detached(word: string): string {
  return word.length < 2 ? word : word.split('').join('');
}

function wordInfo(lex: Lexicon, word: string, upper: boolean): WordInfo {
  if (lex !== wordInfoLex || WORD_INFO.size >= WORD_INFO_LIMIT) {
    WORD_INFO.clear();
    wordInfoLex = lex;
  }
  let info = WORD_INFO.get(word);
  // (A word's capitals decide `upper`; the check only keeps a different answer out of the cache.)
  if (info !== undefined && info.upper === upper) return info;
  const text = detached(word);
  const lower = text.toLowerCase();
  let f = 0;
  if (text.indexOf('-') > 0) f |= HYPHENATED;
  if (lex.calendar.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)) f |= CALENDAR_WORD;
  if (lex.connectors.has(lower)) f |= CONNECTOR;
  if (lex.titles.has(lower)) f |= TITLE;
  if (lex.titleQualifiers.has(lower)) f |= TITLE_QUALIFIER;
  const capKey = upper && text.length >= 2 ? titleCase(text) : text;
  const rootByText = lex.nameTrie.next?.get(text) ?? null;
  const rootByCaps = capKey === text ? rootByText : (lex.nameTrie.next?.get(capKey) ?? null);
  const fresh = new WordInfo(upper, lower, f, capKey, rootByText, rootByCaps);
  if (info === undefined) WORD_INFO.set(text, fresh);
  return fresh;
}

export class Chunker {
  // Answers computed on first use, by word id: the rules ask the same questions of a word many times.
  private readonly infos: (WordInfo | undefined)[];
  /** 0 not asked yet, 1 common, 2 not. */
  private readonly common: Uint8Array;
  /** Gazetteer names starting at a token, shortest first (null: none), for the last few tokens asked
   * about: the rules ask about one stretch of tokens at a time. Direct-mapped by token index. */
  private readonly hitFor = new Int32Array(HIT_CACHE).fill(-1);
  private readonly hits = new Array<Hit[] | null>(HIT_CACHE).fill(null);

  constructor(
    readonly lex: Lexicon,
    private readonly tokens: Tokens,
    private readonly ctx: TokenContext,
  ) {
    const words = tokens.words.size;
    this.infos = new Array<WordInfo | undefined>(words).fill(undefined);
    this.common = new Uint8Array(words);
  }

  private info(i: number): WordInfo {
    const id = this.tokens.id(i);
    let info = this.infos[id];
    if (info === undefined) {
      info = wordInfo(this.lex, this.tokens.text(i), this.tokens.upper(i));
      this.infos[id] = info;
    }
    return info;
  }

  private facts(i: number): number {
    return this.info(i).facts;
  }

  /** The lookup keys of tokens first..last, in a fresh array. */
  words(first: number, last: number): string[] {
    // Sized up front: an array grown by push takes room for 17.
    const words = new Array<string>(last - first + 1);
    for (let i = first; i <= last; i++) words[i - first] = this.key(i);
    return words;
  }

  /** The text a token is looked up by: exact, or title-cased inside ALL-CAPS lines. */
  key(i: number): string {
    return this.ctx.mode[i] === CAPS ? this.capKey(i) : this.tokens.text(i);
  }

  /** The token title-cased when it is ALL-CAPS, wherever it stands ("NEW YORK (Reuters)"). */
  private capKey(i: number): string {
    return this.info(i).capKey;
  }

  lower(i: number): string {
    return this.info(i).lower;
  }

  private tabular(i: number): boolean {
    return this.ctx.tabular[this.ctx.sentence[i] ?? 0] === 1;
  }

  /** Longest gazetteer name starting at token i and ending by token `limit`, as [entry, length]. */
  lookup(i: number, limit: number): Hit | null {
    const slot = i & (HIT_CACHE - 1);
    let hits: Hit[] | null;
    if (this.hitFor[slot] === i) hits = this.hits[slot] as Hit[] | null;
    else {
      hits = this.namesAt(i);
      this.hitFor[slot] = i;
      this.hits[slot] = hits;
    }
    if (hits === null) return null;
    for (let k = hits.length - 1; k >= 0; k--) {
      const hit = hits[k] as Hit;
      if (i + hit[1] - 1 <= limit) return hit;
    }
    return null;
  }

  /**
   * Every known name starting at token i, shortest first. Three spellings are walked side by side:
   * the lookup key, the exact text and, for ALL-CAPS words anywhere, the title-cased text ("NEW YORK
   * (Reuters)", a standings table in capitals); at one length the first spelling that names wins.
   */
  private namesAt(i: number): Hit[] | null {
    // The first word's nodes come from per-word caches: the root's map holds thousands of words.
    let byText: NameNode | null | undefined = this.rootNode(i, false);
    let byCaps: NameNode | null | undefined = this.rootNode(i, true);
    let byKey: NameNode | null | undefined = this.ctx.mode[i] === CAPS ? byCaps : byText;
    const first = byKey?.entry ?? byText?.entry ?? byCaps?.entry;
    let out: Hit[] | null = first ? [[first, 1]] : null;
    for (let j = i + 1; j < this.tokens.length && (byKey || byText || byCaps); j++) {
      if (!this.joinable(j)) break;
      const key = this.key(j);
      const text = this.tokens.text(j);
      const caps = this.capKey(j);
      // Mostly the three spellings are one word on one path: look it up once.
      const fromKey: NameNode | undefined = byKey?.next?.get(key);
      byText = byText === byKey && text === key ? fromKey : byText?.next?.get(text);
      byCaps = byCaps === byKey && caps === key ? fromKey : byCaps?.next?.get(caps);
      byKey = fromKey;
      const entry = byKey?.entry ?? byText?.entry ?? byCaps?.entry;
      if (entry) {
        // Most starts have one name or none: an array grown by push takes room for 17.
        if (out) out.push([entry, j - i + 1]);
        else out = [[entry, j - i + 1]];
      }
    }
    return out;
  }

  /** The trie node under the root for token i's text, or (caps) its title-cased text. */
  private rootNode(i: number, caps: boolean): NameNode | null {
    const info = this.info(i);
    return caps ? info.rootByCaps : info.rootByText;
  }

  /** Whether token j may continue a name begun before it: same sentence, separated by spaces (or "&"). */
  joinable(j: number): boolean {
    const T = this.tokens;
    const gap = T.gap(j);
    if (gap === ' ' || gap === ' & ' || gap === '&' || /^[ \t\u00a0]+$/.test(gap)) return true;
    // A hard-wrapped line inside one sentence ("International Criminal\nCourt").
    return (
      T.nl(j) &&
      /^[ \t]*\n[ \t]*$/.test(gap) &&
      !T.upper(j) &&
      this.ctx.sentence[j] === this.ctx.sentence[j - 1] &&
      this.ctx.initial[j] === 0
    );
  }

  /** An ordinary word: a month or weekday, a frequent English word, or one the article writes in lower case. */
  isCommon(i: number): boolean {
    const id = this.tokens.id(i);
    if (this.common[id] === 0) this.common[id] = this.commonWord(this.lower(i)) ? 1 : 2;
    return this.common[id] === 1;
  }

  private commonWord(lower: string): boolean {
    if (this.lex.calendar.has(lower)) return true;
    const parts = lower.includes('-') ? lower.split('-') : [lower];
    return parts.every((part) => {
      for (const form of baseForms(part)) {
        if (this.lex.common.has(form) || this.seenLowerForm(form)) return true;
      }
      return false;
    });
  }

  /** The document writes this stem in lower case, inflected or not ("warn" ← "warning", "warned"). */
  private seenLowerForm(stem: string): boolean {
    const T = this.tokens;
    return (
      T.writtenLower(stem) ||
      T.writtenLower(`${stem}s`) ||
      T.writtenLower(`${stem}es`) ||
      T.writtenLower(`${stem}ed`) ||
      T.writtenLower(`${stem}d`) ||
      T.writtenLower(`${stem}ing`) ||
      (stem.endsWith('e') && T.writtenLower(`${stem.slice(0, -1)}ing`))
    );
  }

  /** A token that can be part of a name in its position. */
  nameLike(i: number): boolean {
    const T = this.tokens;
    if (!T.cap(i) || T.num(i) || T.suffix(i)) return false;
    const facts = this.facts(i);
    const text = T.text(i);
    const hyphen = (facts & HYPHENATED) !== 0;
    if (hyphen && this.ctx.mode[i] !== CAPS && this.givenNameAfterSurname(i)) return true;
    if (hyphen && this.ctx.mode[i] !== CAPS && !PARTICLE_NAME.test(text) && this.modifierOrModel(text)) return false;
    if (hyphen && this.ctx.mode[i] === CAPS && this.hasDemonymPart(text)) return false;
    if (facts & CALENDAR_WORD) {
      // "Theresa May", "Sheffield Wednesday": a calendar word right after a name is part of it.
      // "Jan Siemerink", "April Ryan": a given name that is also a month, right before a surname.
      if (this.lex.firstNames.has(text) && !text.endsWith('.') && this.startsSurname(i + 1)) return true;
      if (i === 0 || !T.cap(i - 1) || !this.joinable(i)) return false;
      return this.lex.firstNames.has(this.key(i - 1)) || (this.tabular(i) && !!this.lookup(i - 1, i - 1));
    }
    return true;
  }

  // (The hyphen checks are methods of their own: a function holding a closure allocates its
  // context on every call, and nameLike is called for every token.)
  /** "Chinese-produced", "U.S.-Israeli", "Soyuz-FG", "MS-04": modifiers and models, not names. */
  private modifierOrModel(text: string): boolean {
    const parts = text.split('-');
    if (parts.some((p) => /^\p{Ll}/u.test(p) || this.lex.demonyms.has(p))) return true;
    const tail = parts[parts.length - 1] as string;
    return /\d/.test(tail) || (PRODUCT_PART.test(tail) && !/^\p{Lu}+$/u.test(parts[0] as string));
  }

  /** "SINO-BRITISH": a nationality word among the parts of an ALL-CAPS hyphenated word. */
  private hasDemonymPart(text: string): boolean {
    return text.split('-').some((p) => this.lex.demonyms.has(titleCase(p)));
  }

  /** "Bum-kun" in "Cha Bum-kun": a hyphenated given name after a short family name. */
  givenNameAfterSurname(i: number): boolean {
    const T = this.tokens;
    if (
      i === 0 ||
      !T.cap(i - 1) ||
      T.upper(i - 1) ||
      T.text(i - 1).length > 6 ||
      !this.joinable(i) ||
      !HYPHENATED_GIVEN_NAME.test(T.text(i))
    )
      return false;
    const lower = this.lower(i - 1);
    return !this.lex.functionWords.has(lower) && !this.lex.calendar.has(lower) && !this.lex.titles.has(lower);
  }

  /** Token i is a capitalised word that can follow a given name: no month, number or common word. */
  private startsSurname(i: number): boolean {
    const T = this.tokens;
    if (i >= T.length || !T.cap(i) || T.num(i) || T.upper(i) || !this.joinable(i)) return false;
    const lower = this.lower(i);
    return !this.lex.calendar.has(lower) && !this.lex.common.has(lower) && !this.lex.names.has(T.text(i));
  }

  /** "the Nikkei share average", "Avalon sedans": a lower-case word after the name makes it an index or product. */
  miscNounAfter(last: number): boolean {
    const next = this.joinedLowerWord(last + 1);
    if (this.lex.miscNouns.has(next)) return true;
    return (
      (next === 'share' || next === 'stock' || next === 'composite' || next === 'industrial') &&
      this.lex.miscNouns.has(this.joinedLowerWord(last + 2))
    );
  }

  /** Token i when it is a lower-case word joined to the token before it, else ''. */
  private joinedLowerWord(i: number): string {
    const T = this.tokens;
    return i < T.length && !T.cap(i) && !T.num(i) && this.joinable(i) ? this.lower(i) : '';
  }

  /** In headlines and at sentence starts, capitals say nothing: common words there are not names. */
  capitalsUninformative(i: number): boolean {
    if (this.ctx.mode[i] !== PROSE) return true;
    if (this.ctx.initial[i] !== 1) return false;
    // In a results table every line starts with a club's name, but "Scores :" is a label.
    return !this.tabular(i) || (i + 1 < this.tokens.length && /^\s*:/.test(this.tokens.gap(i + 1)));
  }

  isConnector(i: number): boolean {
    if (this.tokens.cap(i) && this.ctx.mode[i] !== CAPS) return false;
    return (this.facts(i) & CONNECTOR) !== 0;
  }

  /**
   * Every candidate in the document, in order, handed to `visit` as soon as it is cut: on a long
   * article the candidates are done with while young instead of all waiting in one array. (The
   * visitor only reads the chunker, so it cannot disturb the run being cut.)
   */
  eachCandidate(visit: (c: Candidate) => void): void {
    const out: CandidateSink = { push: visit };
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      if (this.ctx.dateline[i]) {
        i = this.datelineCandidate(i, out);
        continue;
      }
      if (!this.nameLike(i)) {
        i++;
        continue;
      }
      // A run: name-like tokens joined by spaces, with connectors ("of", "von der") between them.
      let end = i;
      let j = i + 1;
      while (j < n && this.joinable(j)) {
        if (this.nameLike(j) && this.ctx.initial[j] !== 1) {
          end = j;
          j++;
          continue;
        }
        let k = j;
        while (k < n && this.joinable(k) && this.isConnector(k) && k - j < 2) k++;
        if (k > j && k < n && this.joinable(k) && this.nameLike(k)) {
          j = k;
          continue;
        }
        break;
      }
      this.splitRun(i, end, out);
      i = end + 1;
    }
  }

  /** The last index of words from a up to the next connector when they end in an event word ("Marathon", "Open", "Grand Prix"), else -1. */
  private eventAfter(a: number, b: number): number {
    let k = a;
    while (k <= b && !this.isConnector(k)) k++;
    if (k === a) return -1;
    const tail = this.lower(k - 1);
    return this.lex.miscHeads.has(tail) && !this.lex.orgHeads.has(tail) ? k - 1 : -1;
  }

  /** The dateline's place as one candidate, whatever its words ("NEW DELHI", "FRANKFURT"); returns the next index. */
  private datelineCandidate(i: number, out: CandidateSink): number {
    let b = i;
    while (b + 1 < this.tokens.length && this.ctx.dateline[b + 1] && this.joinable(b + 1)) b++;
    const hit = this.lookup(i, b);
    const known = hit && hit[1] === b - i + 1 ? hit[0] : null;
    // A dash after the words makes a dateline only when they are a known place ("WASHINGTON -", not "SOCCER -").
    if (this.ctx.dateline[i] === 2 && !(known && known.type === 'place')) return b + 1;
    out.push({ first: i, last: b, known, role: null, personHint: false, fragile: false, dateline: true });
    return b + 1;
  }

  private splitRun(a: number, b: number, out: CandidateSink): void {
    let i = a;
    this.pendingRole = null;
    this.unknownStart = -1;
    while (i <= b) {
      const text = this.tokens.text(i);
      // "The" opens outlets ("The Guardian") and a few places ("The Hague"); otherwise it is dropped.
      if (text === 'The' || text === 'THE') {
        this.flush(i - 1, out);
        const hit = this.lookup(i, b);
        const outlet = i + 1 <= b ? this.lex.outletsAfterThe.get(this.key(i + 1)) : undefined;
        if (hit && hit[1] > 1) {
          this.emitKnown(out, i, i + hit[1] - 1, hit[0], this.pendingRole);
          i += hit[1];
        } else if (outlet && (i + 2 > b || !this.nameLike(i + 2))) {
          this.emitKnown(out, i + 1, i + 1, outlet, null);
          i += 2;
        } else i++;
        this.pendingRole = null;
        continue;
      }
      if (this.isConnector(i)) {
        if (
          i > a &&
          this.lower(i) === 'of' &&
          this.lex.miscHeads.has(this.lower(i - 1)) &&
          !this.lex.orgHeads.has(this.lower(i - 1))
        ) {
          // "TOUR OF SPAIN", "Battle of Britain": an event, place and all.
          this.unknownStart = -1;
          this.pendingRole = null;
          i = b + 1;
          continue;
        }
        i++;
        continue;
      }
      // "Hurricane Katrina", "Storm Ciaran", "Operation Desert Storm": events, not people or places.
      if (i < b && this.unknownStart < 0 && this.lex.miscOpeners.has(this.lower(i))) {
        this.pendingRole = null;
        i = b + 1;
        continue;
      }
      const hit = this.lookup(i, b);
      // "Chicago Marathon", "U.S. Open", "Monaco Grand Prix": an event named after a place.
      const eventEnd = hit && hit[0].type === 'place' && this.unknownStart < 0 ? this.eventAfter(i + hit[1], b) : -1;
      if (eventEnd >= 0) {
        this.flush(i - 1, out);
        this.pendingRole = null;
        i = eventEnd + 1;
        continue;
      }
      // "Scorers :" opens a list of players; it names nobody.
      if (
        !hit &&
        this.ctx.initial[i] &&
        this.ctx.playerList[this.ctx.sentence[i] ?? 0] &&
        this.ctx.sentenceFirst[this.ctx.sentence[i] ?? 0] === i
      ) {
        this.flush(i - 1, out);
        this.pendingRole = null;
        i++;
        continue;
      }
      // "At Taunton :", "In Brief": a function word opening a line never starts a name.
      if (!hit && this.ctx.initial[i] && !this.tokens.upper(i) && this.lex.functionWords.has(this.lower(i))) {
        this.flush(i - 1, out);
        this.pendingRole = null;
        i++;
        continue;
      }
      if (hit && this.unknownStart < 0 && this.continuesAsName(i, b, hit)) {
        this.unknownStart = i;
        i += hit[1];
        continue;
      }
      if (hit && hit[1] > 1) {
        this.flush(i - 1, out);
        const after = i + hit[1];
        if (hit[0].type === 'organization' && after <= b && CORP_SUFFIXES.has(this.lower(after))) {
          // "Rival JPMorgan Chase & Co": the company with its suffix, whatever came before it.
          this.unknownStart = i;
          i = after;
          continue;
        }
        this.emitKnown(out, i, i + hit[1] - 1, hit[0], this.pendingRole);
        this.pendingRole = null;
        i += hit[1];
        continue;
      }
      const roleEnd = this.roleAt(i, b);
      if (roleEnd >= 0) {
        this.flush(i - 1, out);
        this.pendingRole = { start: this.tokens.start[i] as number, end: this.tokens.end[roleEnd] as number };
        i = roleEnd + 1;
        continue;
      }
      if (hit && (this.unknownStart < 0 || this.ctx.mode[i] !== PROSE)) {
        this.flush(i - 1, out);
        const headlineWord = this.capitalsUninformative(i) && this.ctx.mode[i] !== PROSE && this.isCommon(i);
        if (!headlineWord || hit[0].type === 'place') this.emitKnown(out, i, i, hit[0], this.pendingRole);
        this.pendingRole = null;
        i++;
        continue;
      }
      if (this.capitalsUninformative(i) && this.isCommon(i) && !this.keepsCommon(i, b)) {
        this.flush(i - 1, out);
        this.pendingRole = null;
        i++;
        continue;
      }
      // In headlines an unknown word counts only if the article also capitalises it in prose.
      if (this.ctx.mode[i] !== PROSE && !this.backedByProse(i) && !(this.lex.firstNames.has(this.key(i)) && i < b)) {
        this.flush(i - 1, out);
        this.pendingRole = null;
        i++;
        continue;
      }
      if (this.unknownStart < 0) this.unknownStart = i;
      i++;
    }
    this.flush(b, out);
  }

  // The run splitRun is cutting: where the current stretch of unknown words began (-1: none) and
  // the role before it. Fields rather than locals shared with closures, so that cutting a run
  // allocates nothing but its candidates.
  private unknownStart = -1;
  private pendingRole: Candidate['role'] = null;

  /** Hands the stretch of unknown words that began at unknownStart and ends at upTo to splitUnknown. */
  private flush(upTo: number, out: CandidateSink): void {
    if (this.unknownStart >= 0 && upTo >= this.unknownStart)
      this.splitUnknown(this.unknownStart, upTo, this.pendingRole, out);
    if (this.unknownStart >= 0) this.pendingRole = null;
    this.unknownStart = -1;
  }

  private emitKnown(
    out: CandidateSink,
    first: number,
    last: number,
    known: GazetteerEntry,
    role: Candidate['role'],
  ): void {
    out.push({
      first,
      last,
      known,
      role: known.type === 'person' ? role : null,
      personHint: false,
      fragile: false,
      dateline: false,
    });
  }

  private backedByProse(i: number): boolean {
    const k = this.key(i);
    return this.ctx.seenCapMid(k) || this.lex.famous.has(k);
  }

  /**
   * A known name that is only the start of a longer one: "Wuhan Tongsheng Technology", "New York
   * Mercantile Exchange", "Douglas Hogg", "U.N. General Assembly", a club like "Nottingham Forest".
   */
  private continuesAsName(i: number, b: number, hit: [GazetteerEntry, number]): boolean {
    const after = i + hit[1];
    if (after > b || this.ctx.mode[i] !== PROSE) return false;
    // "Boeing Co", "Sumitomo Bank Ltd", "JPMorgan Chase & Co".
    if (hit[0].type === 'organization' && CORP_SUFFIXES.has(this.lower(after))) return true;
    const nextHit = this.isConnector(after) ? null : this.lookup(after, b);
    // "U.N. General Assembly"
    if (
      hit[0].type === 'organization' &&
      this.tokens.upper(i) &&
      nextHit &&
      nextHit[0].type === 'organization' &&
      nextHit[1] > 1
    ) {
      return true;
    }
    // "Rio Grande do Sul"
    if (
      hit[0].type === 'place' &&
      this.isConnector(after) &&
      this.lex.nameParticles.has(this.lower(after)) &&
      after + 1 <= b
    )
      return true;
    if (this.isConnector(after)) return false;
    // "Leicester City", "Manchester City": a town's club (cities named "… City" are in the gazetteer whole).
    if (
      hit[1] === 1 &&
      after === b &&
      this.lower(after) === 'city' &&
      hit[0].type === 'place' &&
      !this.lex.countries.has(hit[0].canonical) &&
      !this.lex.usStates.has(hit[0].canonical)
    )
      return true;
    // Up to the next connector or title: does the stretch end in an organisation or place head
    // ("Islamabad High Court", "Stamford Bridge"), with no title after it ("White House Press Secretary …")?
    let j = after;
    while (j <= b && !this.isConnector(j) && !this.isTitle(j)) j++;
    const endHead = this.lower(j - 1);
    const headed =
      this.lex.orgHeads.has(endHead) ||
      (hit[0].type === 'place' && this.lex.placeHeads.has(endHead) && j - 1 === after);
    if (j > b && j - 1 >= after && headed && !(nextHit && after + nextHit[1] - 1 === j - 1)) return true;
    if (this.roleStarts(after)) return false;
    if (this.tabular(i) && !nextHit) return true;
    if (j - 1 >= after && this.lex.orgHeads.has(endHead) && !(nextHit && after + nextHit[1] - 1 === j - 1)) return true;

    if (hit[1] > 1) return false;
    // A given name that is also a town ("Douglas Hogg"), or a known org/outlet followed by more name.
    if (this.lex.firstNames.has(this.key(i)) && !nextHit && !this.isCommon(after)) return true;
    return (
      hit[0].type !== 'place' &&
      hit[0].type !== 'outlet' &&
      hit[0].type !== 'person' &&
      !nextHit &&
      !this.isCommon(after)
    );
  }

  /** A common word at a sentence start that still begins a name ("Global Times", "Bill Gates"). */
  private keepsCommon(i: number, b: number): boolean {
    if (i + 1 > b || this.isConnector(i + 1)) return false;
    if (this.lex.firstNames.has(this.key(i)) && (this.ctx.mode[i] === PROSE || !this.isCommon(i + 1))) return true;
    if (this.ctx.mode[i] !== PROSE) return false;
    // "Global Sensor Technology said": the run ends in an organisation head.
    let j = i + 1;
    while (j <= b && !this.isConnector(j)) j++;
    return j - 1 > i && this.lex.orgHeads.has(this.lower(j - 1));
  }

  private isTitle(i: number): boolean {
    return (this.facts(i) & TITLE) !== 0;
  }

  private isQualifier(i: number): boolean {
    return (this.facts(i) & TITLE_QUALIFIER) !== 0;
  }

  private roleStarts(i: number): boolean {
    return this.isTitle(i) || this.isQualifier(i);
  }

  /**
   * If a role ("Treasury Secretary", "Secretary of State", "Sen.") starts at i and is followed by a
   * name within the run, the index of its last token; else -1.
   */
  private roleAt(i: number, b: number): number {
    let j = i;
    let lastTitle = -1;
    while (j <= b) {
      if (this.isTitle(j)) lastTitle = j;
      else if (this.isQualifier(j)) {
        /* qualifiers extend the role */
      } else if (this.isConnector(j) && this.lower(j) === 'of' && j + 1 <= b && this.roleStarts(j + 1)) {
        /* "Secretary of State" */
      } else break;
      j++;
    }
    if (lastTitle < 0 || j > b || this.isConnector(j)) return -1;
    // What follows must look like a person's name, not an organisation or a place.
    let k = j;
    while (k <= b && !this.isConnector(k)) k++;
    const tail = this.lower(k - 1);
    if (this.lex.orgHeads.has(tail) || this.lex.placeHeads.has(tail) || this.lex.miscHeads.has(tail)) return -1;
    const hit = this.lookup(j, b);
    if (hit && hit[0].type !== 'person' && hit[1] === k - j) return -1;
    return j - 1;
  }

  /** Splits an unknown stretch at connectors that do not join, drops nationality words and events. */
  private splitUnknown(a: number, b: number, role: Candidate['role'], out: CandidateSink): void {
    while (a <= b && this.isConnector(a)) a++;
    while (b >= a && this.isConnector(b)) b--;
    if (a > b) return;
    let start = a;
    let joinedByOf = false;
    for (let i = a + 1; i <= b; i++) {
      if (!this.isConnector(i)) continue;
      const word = this.lower(i);
      let c = i;
      while (c + 1 <= b && this.isConnector(c + 1)) c++;
      if (word === 'of' && this.lex.miscHeads.has(this.lower(i - 1)) && !this.lex.orgHeads.has(this.lower(i - 1))) {
        // "Tour of Spain", "Battle of Britain": an event, place and all.
        start = b + 1;
        break;
      }
      if (this.connectorJoins(word, start, i - 1, c + 1, b, joinedByOf)) {
        if (word === 'of' || word === 'for' || word === 'on') joinedByOf = true;
      } else {
        this.emitUnknown(start, i - 1, role, out);
        role = null;
        start = c + 1;
        joinedByOf = false;
      }
      i = c;
    }
    this.emitUnknown(start, b, role, out);
  }

  /** How many tokens of a demonym start at a ("Chinese" 1, "South Korean" 2), or 0. */
  private demonymAt(a: number, b: number): number {
    const key = this.key(a);
    if (this.lex.demonyms.has(key)) return 1;
    const seconds = a < b || a + 1 < this.tokens.length ? this.lex.demonymPairs.get(key) : undefined;
    if (seconds && a + 1 <= b && this.joinable(a + 1) && seconds.has(this.key(a + 1))) return 2;
    return 0;
  }

  /** A demonym that is part of the name after it: an organisation's opening adjective or a given name. */
  private demonymOpensName(a: number, b: number): boolean {
    if (a === b) return false;
    if (a + 1 === b && this.lex.orgHeads.has(this.lower(b)) && !this.isQualifier(b)) return true;
    if (this.lex.nameOpeningAdjectives.has(this.key(a))) {
      for (let i = a + 1; i <= b; i++) if (this.lex.orgHeads.has(this.lower(i)) && !this.isConnector(i)) return true;
    }
    // "Christian Cullen": a given name before one uncommon word.
    return (
      a + 1 === b &&
      this.lex.firstNames.has(this.key(a)) &&
      !this.isCommon(b) &&
      !this.demonymAt(b, b) &&
      !this.lookup(b, b)
    );
  }

  /** The words before "Administration" name a person ("Biden", "George W. Bush"), not a body ("Federal Aviation"). */
  private personBefore(a: number, b: number): boolean {
    const key = this.key(b);
    if (this.lex.famous.has(key) || this.lex.firstNames.has(this.key(a))) return true;
    for (let i = a; i <= b; i++) if (this.isCommon(i) || this.lookup(i, i)) return false;
    return true;
  }

  private connectorJoins(
    word: string,
    leftStart: number,
    leftEnd: number,
    rightStart: number,
    b: number,
    inOf: boolean,
  ): boolean {
    const leftHead = this.lower(leftEnd);
    if (this.lex.nameParticles.has(word) && word !== 'the') return true;
    const headed = this.lex.ofHeads.has(leftHead) || this.lex.orgHeads.has(leftHead);
    // "Forum for the Restoration of Democracy": once a name runs on with "for", its "of" does too.
    if (word === 'of' || word === 'for' || word === 'on') return headed || (inOf && word === 'of');
    if (word === 'and' || word === '&') {
      // "Centers for Disease Control and Prevention", "Department of Health and Human Services".
      if (inOf) return true;
      // "Wuhan Global Sensor Technology and Wuhan Tongsheng Technology" is two names; "Securities and
      // Exchange Commission" is one: join only when the left part is not a complete name by itself.
      const leftLen = leftEnd - leftStart + 1;
      if (leftLen >= 2 && this.lex.orgHeads.has(leftHead)) return false;
      if (this.lookup(leftStart, leftEnd)?.[1] === leftLen) return false;
      if (this.lex.firstNames.has(this.key(leftStart))) return false;
      let k = rightStart;
      while (k + 1 <= b && !this.isConnector(k + 1)) k++;
      return this.lex.orgHeads.has(this.lower(k));
    }
    return false;
  }

  private emitUnknown(a: number, b: number, role: Candidate['role'], out: CandidateSink): void {
    if (a > b) return;
    // Split off at "of" or "and", a stretch may be a known name after all ("Zverev of Germany").
    const whole = this.lookup(a, b);
    if (whole && whole[1] === b - a + 1) {
      out.push({
        first: a,
        last: b,
        known: whole[0],
        role: whole[0].type === 'person' ? role : null,
        personHint: false,
        fragile: false,
        dateline: false,
      });
      return;
    }
    // Nationality words ("Chinese", "Russian", "South Korean") are not entities; in front of a name
    // they are dropped ("Russian Foreign Ministry" → "Foreign Ministry"), unless the whole is one
    // organisation ("British Airways", "Christian Democratic Union") or a person ("Christian Cullen").
    for (;;) {
      const width = this.demonymAt(a, b);
      if (!width) break;
      if (width === 1 && this.demonymOpensName(a, b)) break;
      a += width;
    }
    if (a > b) return;
    let personHint = false;
    // "the Biden Administration": the person, not an organisation ("Federal Aviation Administration" is one).
    if (b > a && b - a <= 2 && this.lex.personGroupHeads.has(this.lower(b)) && !role && this.personBefore(a, b - 1)) {
      b--;
      personHint = true;
    }
    const tail = this.lower(b);
    if (this.lex.miscHeads.has(tail) && !this.lex.orgHeads.has(tail)) return;
    if (a === b && this.lex.notNames.has(this.lower(a))) return;
    let allTitles = true;
    let allCommon = true;
    for (let i = a; i <= b; i++) {
      if (!(this.roleStarts(i) || this.isConnector(i))) allTitles = false;
      if (!this.isConnector(i) && !this.isCommon(i)) allCommon = false;
    }
    if (allTitles && !role) return;
    const fragile =
      !role &&
      !personHint &&
      !this.tabular(a) &&
      ((a === b && this.capitalsUninformative(a) && !this.ctx.seenCapMid(this.key(a))) ||
        (allCommon && !this.lex.orgHeads.has(tail)));
    out.push({ first: a, last: b, known: null, role, personHint, fragile, dateline: false });
  }
}
