/**
 * Named entities in an article: people, organisations, places and news outlets, with clean spans
 * (no titles, "The", trailing punctuation or possessive 's) and one canonical name per entity.
 *
 * A learned tagger (learned/, trained on CoNLL-2003) finds and types the names; then rules that
 * measured well remain as post-steps: titles before a person become its role, organisations on the
 * outlet list (or named like one) become outlets, and mentions are linked across the article
 * (coref.ts: "Yellen" → "Janet Yellen", "AP" ↔ "Associated Press", a surname seen in a full name is
 * that person). Linear in the length of the text.
 */
import type { Entity, EntityType } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { lexicon, type GazetteerEntry, type Lexicon } from '../lexicon/index.ts';
import { HYPHENATED_GIVEN_NAME } from './chunk.ts';
import { linkMentions, type Mention } from './coref.ts';
import { tagArticle, type TaggedArticle, type TaggedSpan } from './learned/tagger.ts';
import {
  CALENDAR,
  COMMON_WORD,
  FIRST_NAME,
  FUNCTION_WORD,
  HAS_DIGIT,
  HAS_LOWER,
  INITIAL_LOWER,
  keyEntry,
  keyWord,
  MISC_HEAD,
  MISC_OPENER,
  OF,
  QUALIFIER,
  ROLE_WORD,
  THE,
  TITLE,
  WORD_LIKE,
  wordBits,
  writtenEntry,
} from './rule-words.ts';
import { nameTokens } from './tokens.ts';

const TYPE: Record<TaggedSpan['type'], EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Below this margin (perceptron score units) a span's type is a guess the rest of the article may overrule. */
const WEAK_MARGIN = 2;

export function recognizeEntities(text: string, sentences: Sentence[]): Entity[] {
  const lex = lexicon(nameTokens);
  const tagged = tagArticle(text, sentences, lex);
  const absorbed = absorbedIntoRoles(tagged, lex);
  const headings = headingWords(tagged, lex);
  let mentions: Mention[] = [];
  for (let k = 0; k < tagged.spans.length; k++) {
    if (absorbed[k]) continue;
    for (const piece of splitAtThe(tagged, tagged.spans[k]!)) {
      for (const part of cleanSpan(tagged, lex, retyped(tagged, lex, piece))) {
        if (isEvent(tagged, lex, part) || unsupportedInHeading(tagged, lex, part, headings)) continue;
        mentions.push(toMention(text, tagged, lex, part));
      }
    }
  }
  const listed = listedNames(tagged, lex, mentions);
  if (listed.length) {
    mentions = mentions.concat(listed.map((p) => toMention(text, tagged, lex, p))).sort((a, b) => a.start - b.start);
  }
  for (const m of mentions) if (isDateline(tagged, m)) m.type = 'place';
  linkMentions(mentions, (m) => wordsOf(tagged, m.first, m.last));
  const recovered = recoveredSurnames(tagged, mentions);
  const all = recovered.length ? [...mentions, ...recovered].sort((a, b) => a.start - b.start) : mentions;
  return all.map((m) => {
    const entity: Entity = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.type,
      canonical: m.canonical,
    };
    if (m.role) entity.role = m.role;
    return entity;
  });
}

interface Part {
  span: TaggedSpan;
  first: number;
  last: number;
  role: { first: number; last: number } | null;
}

/**
 * Boundaries as readers expect them: no punctuation or "the" at either end, a title the tagger
 * took into a person's name moved out to be its role, and a role found before the name.
 */
function cleanSpan(t: TaggedArticle, lex: Lexicon, span: TaggedSpan): Part[] {
  const words = t.tokens.words;
  let first = span.first;
  let last = span.last;
  // A span never runs over a sentence's start.
  for (let k = first + 1; k <= last; k++) {
    if (t.sentenceFirst[k]) {
      last = k - 1;
      break;
    }
  }
  while (last >= first && !(wordBits(t, lex, last) & WORD_LIKE)) last--;
  while (first <= last && (wordBits(t, lex, first) & (WORD_LIKE | THE)) !== WORD_LIKE) first++;
  if (first > last) return [];
  // "The Hague", "The Gambia": "The" belongs to a few names.
  if (first > 0 && theAt(t, lex, first - 1) && startsKnownName(lex, 'The', keyWord(t, first))) {
    if (lex.names.has(`The ${wordsOf(t, first, last).join(' ')}`)) first--;
  }
  // "Calif.", "Corp.": an abbreviation keeps its period when the sentence goes on after it.
  const next = last + 1 < words.length ? last + 1 : -1;
  const goesOn = next >= 0 && next + 1 < words.length && !t.sentenceFirst[next] && !t.sentenceFirst[next + 1];
  if (goesOn && words[next] === '.' && t.tokens.starts[next] === t.tokens.ends[last]) {
    if (ABBREVIATIONS.has(words[last]!.toLowerCase())) last = next;
  }
  let role: Part['role'] = null;
  if (span.type === 'PER') {
    let k = first;
    let title = false;
    // Not `title ||= …has(words[k++])`: once true, that skips the increment and never ends.
    for (; k <= last && wordBits(t, lex, k) & ROLE_WORD; k++) if (wordBits(t, lex, k) & TITLE) title = true;
    // A title alone ("Lawyer", "Minister") names nobody.
    if (k > last && title) return [];
    if (k > first && title) {
      role = { first, last: k - 1 };
      first = k;
    }
    const before = roleBefore(t, lex, first);
    if (before) role = role ? { first: before.first, last: role.last } : before;
  }
  return splitList(t, lex, span, first, last, role);
}

/** Token k is "the", "The", "THE" (as `/^the$/i` tells; asked as a word bit). */
function theAt(t: TaggedArticle, lex: Lexicon, k: number): boolean {
  return k >= 0 && (wordBits(t, lex, k) & THE) !== 0;
}

/**
 * Some known name starts with these two words: the name trie is built from the names' words, so a
 * name not found here is not worth building the key of.
 */
function startsKnownName(lex: Lexicon, a: string, b: string): boolean {
  return lex.nameTrie.next?.get(a)?.next?.has(b) ?? false;
}

/**
 * "in the House of Commons the Labour government": a lower-case "the" right after a capitalised word
 * ends one name and opens the next ("of the", "for the" stay inside: "Republic of the Congo").
 */
function splitAtThe(t: TaggedArticle, span: TaggedSpan): TaggedSpan[] {
  const words = t.tokens.words;
  for (let k = span.first + 1; k < span.last; k++) {
    if (words[k] !== 'the' || t.facts.cap[k - 1]! === 0) continue;
    return [{ ...span, last: k - 1 }, ...splitAtThe(t, { ...span, first: k + 1 })];
  }
  return [span];
}

/** "The Trump Administration": a person named by the lists before "Administration" is that person. */
function retyped(t: TaggedArticle, lex: Lexicon, span: TaggedSpan): TaggedSpan {
  if (span.type !== 'ORG') return span;
  const portfolio = afterPortfolio(t, lex, span);
  if (portfolio) return portfolio;
  const words = t.tokens.words;
  const last = words[span.last]!;
  if (span.last > span.first && last.toLowerCase() === 'administration') {
    const name = wordsOf(t, span.first, span.last - 1).join(' ');
    const person = lex.famous.has(name) || lex.names.get(name)?.type === 'person';
    if (person) return { ...span, type: 'PER', last: span.last - 1 };
  }
  return span;
}

/**
 * "Minister for Health Gráinne Hollis" read as one organisation "Health Gráinne Hollis": after a title
 * and "for"/"of", the portfolio's words belong to the role and the two or three capitalised words
 * after them are the person.
 */
function afterPortfolio(t: TaggedArticle, lex: Lexicon, span: TaggedSpan): TaggedSpan | null {
  const words = t.tokens.words;
  const link = words[span.first - 1]?.toLowerCase();
  if (link !== 'for' && link !== 'of') return null;
  // The title before the link: "Minister for Health", "Minister of State for Manpower".
  let title = span.first - 2;
  if (words[title] === 'State' && words[title - 1]?.toLowerCase() === 'of') title -= 2;
  if (!isRoleWord(lex, words[title] ?? '')) return null;
  let k = span.first;
  while (k < span.last && lex.titleQualifiers.has(words[k]!.toLowerCase())) k++;
  // A portfolio the lists do not know ("Manpower Priya Raman"): it ends at a first name the lists
  // know, else the person is the last two words (a title is followed by a full name).
  if (k === span.first && span.last - span.first >= 2) {
    const given = [span.first + 1, span.first + 2].find((j) => j < span.last && lex.firstNames.has(words[j]!));
    k = given ?? span.last - 1;
  }
  const rest = span.last - k + 1;
  if (k === span.first || rest < 2 || rest > 3) return null;
  for (let j = k; j <= span.last; j++) if (t.facts.cap[j]! === 0 || wordBits(t, lex, j) & ROLE_WORD) return null;
  return { ...span, type: 'PER', first: k };
}

/** Abbreviations written with a period that is part of the name. */
const ABBREVIATIONS = new Set(
  (
    'jr|sr|corp|inc|co|ltd|bros|st|mt|ft|calif|mass|conn|fla|ga|ill|ind|ariz|colo|wash|tenn|va|md|mich|minn|wis|ky|mo|' +
    'nev|okla|ore|pa|tex|del|neb|kan|ala|ark|n.y|d.c'
  ).split('|'),
);

/**
 * "Associated Press and Bloomberg", "Toyota Motor Corp and Sony Corp": two names listed, not one,
 * when the part before "and" is a known name or ends like an organisation's name, and no "of" or
 * "for" before it ties them ("Center for Health and Human Rights").
 */
function splitList(
  t: TaggedArticle,
  lex: Lexicon,
  span: TaggedSpan,
  first: number,
  last: number,
  role: Part['role'],
): Part[] {
  const words = t.tokens.words;
  for (let k = first + 1; k < last; k++) {
    const w = words[k]!.toLowerCase();
    if (w === 'of' || w === 'for' || w === 'de') break;
    // "&" joins the parts of one name ("Procter & Gamble", "JPMorgan Chase & Co"), not a list.
    if ((w !== 'and' && w !== 'or') || t.facts.cap[k + 1]! === 0) continue;
    const left = wordsOf(t, first, k - 1);
    const right = wordsOf(t, k + 1, last);
    const head = left[left.length - 1]!.toLowerCase();
    if (
      lex.names.has(left.join(' ')) ||
      lex.names.has(right.join(' ')) ||
      (left.length > 1 && lex.orgHeads.has(head))
    ) {
      return [{ span, first, last: k - 1, role }, ...splitList(t, lex, span, k + 1, last, null)];
    }
  }
  return [{ span, first, last, role }];
}

/**
 * "Treasury Secretary Janet Yellen": an organisation of title words ("Treasury", "Defense") right
 * before a title and a person is part of the person's role, not an entity of its own.
 */
function absorbedIntoRoles(t: TaggedArticle, lex: Lexicon): Uint8Array {
  const out = new Uint8Array(t.spans.length);
  for (let k = 1; k < t.spans.length; k++) {
    const person = t.spans[k]!;
    const org = t.spans[k - 1]!;
    if (person.type !== 'PER' || org.type !== 'ORG') continue;
    let j = person.first - 1;
    while (j > org.last && wordBits(t, lex, j) & ROLE_WORD && t.facts.cap[j]! !== 0 && adjacent(t, j, j + 1)) j--;
    if (j !== org.last || j === person.first - 1 || !adjacent(t, j, j + 1)) continue;
    let qualifiers = true;
    for (let q = org.first; q <= org.last; q++) if (!(wordBits(t, lex, q) & QUALIFIER)) qualifiers = false;
    if (qualifiers) out[k - 1] = 1;
  }
  return out;
}

function isRoleWord(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  return lex.titles.has(lower) || lex.titleQualifiers.has(lower);
}

/** "Treasury Secretary Janet Yellen", "Prime Minister Narendra Modi": the capitalised title run before a name. */
function roleBefore(t: TaggedArticle, lex: Lexicon, first: number): { first: number; last: number } | null {
  const last = first - 1;
  if (last < 0 || t.sentenceFirst[first] || !(wordBits(t, lex, last) & ROLE_WORD) || !adjacent(t, last, first)) {
    return null;
  }
  let k = last;
  // Capitalised words before the title belong to it ("Treasury Secretary", "Vice President").
  while (k > 0 && !t.sentenceFirst[k] && adjacent(t, k - 1, k) && t.facts.cap[k - 1]! !== 0) {
    // A tagged name before the title stays a name ("Maharashtra Chief Minister"), unless it is made of title words.
    if (taggedAt(t, k - 1) && !(wordBits(t, lex, k - 1) & QUALIFIER)) break;
    k--;
  }
  return { first: k, last };
}

/** Tokens a and b (= a + 1) are separated by white space only. */
function adjacent(t: TaggedArticle, a: number, b: number): boolean {
  return t.tokens.starts[b]! - t.tokens.ends[a]! <= 1;
}

function taggedAt(t: TaggedArticle, k: number): boolean {
  // Spans are few and sorted; a binary search keeps this cheap.
  const spans = t.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.last < k) lo = mid + 1;
    else if (s.first > k) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The words of tokens first..last as names are keyed: title case for words in capitals. */
function wordsOf(t: TaggedArticle, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) out.push(keyWord(t, k));
  return out;
}

/** The gazetteer's entry for the name of tokens first..last. */
function known(t: TaggedArticle, lex: Lexicon, first: number, last: number): GazetteerEntry | undefined {
  return first === last ? keyEntry(t, lex, first) : lex.names.get(wordsOf(t, first, last).join(' '));
}

function toMention(text: string, t: TaggedArticle, lex: Lexicon, part: Part): Mention {
  const words = wordsOf(t, part.first, part.last);
  // Most names are one word: its entry is kept with the word's facts.
  const key = words.length === 1 ? words[0]! : words.join(' ');
  let type = TYPE[part.span.type];
  const entry = words.length === 1 ? keyEntry(t, lex, part.first) : lex.names.get(key);
  // The curated lists settle what the tagger's training data types otherwise ("Kremlin", "White House"
  // speak as organisations in the news) and people known by name.
  if (
    entry &&
    (entry.type === 'organization' || entry.type === 'outlet' || (entry.type === 'person' && words.length > 1))
  ) {
    type = entry.type === 'person' ? 'person' : 'organization';
  }
  let canonical = entry && entry.type !== 'person' && TYPE_COMPATIBLE[type].includes(entry.type) ? entry.canonical : '';
  // The outlet list, a second step: news organisations are organisations to the tagger.
  if (type === 'organization') {
    const afterThe = words.length === 1 && theAt(t, lex, part.first - 1) ? lex.outletsAfterThe.get(key) : undefined;
    if (entry?.type === 'outlet') type = 'outlet';
    else if (afterThe) {
      type = 'outlet';
      canonical = afterThe.canonical;
    } else if (words.length >= 2 && lex.outletHeads.has(words[words.length - 1]!.toLowerCase())) type = 'outlet';
  }
  const famous = type === 'person' && words.length === 1 ? lex.famous.get(key) : undefined;
  const start = t.tokens.starts[part.first]!;
  const end = t.tokens.ends[part.last]!;
  if (!canonical) canonical = famous ?? canonicalForm(text, t, part.first, part.last, words);
  const evidence =
    entry && TYPE_COMPATIBLE[type].includes(entry.type) ? 'known' : part.span.margin < WEAK_MARGIN ? 'weak' : 'strong';
  return {
    start,
    end,
    first: part.first,
    last: part.last,
    key,
    type,
    evidence,
    canonical,
    role: part.role
      ? text.slice(t.tokens.starts[part.role.first]!, t.tokens.ends[part.role.last]!).replace(/\s+/g, ' ')
      : null,
    linked: false,
    team: false,
    dateline: false,
    fragile: false,
  };
}

const TYPE_COMPATIBLE: Record<EntityType, EntityType[]> = {
  person: ['person'],
  organization: ['organization', 'outlet'],
  outlet: ['organization', 'outlet'],
  place: ['place'],
};

/** A readable canonical name: white space collapsed, ALL-CAPS names title-cased. */
function canonicalForm(text: string, t: TaggedArticle, first: number, last: number, words: string[]): string {
  if (t.facts.capsSentence[first] && t.facts.cap[first]! === 2) {
    return words.map((w) => (w.length > 4 || /[a-z]/.test(w) ? w : w.toUpperCase())).join(' ');
  }
  const written = text.slice(t.tokens.starts[first]!, t.tokens.ends[last]!);
  // A single token holds no white space (most names are one word): nothing to collapse.
  return first === last ? written : written.replace(/\s+/g, ' ');
}

/**
 * Capitalised words the tagger left out that are the surname of a person the article names in full
 * ("Brown told …" after "Gordon Brown"): that person.
 */
function recoveredSurnames(t: TaggedArticle, mentions: Mention[]): Mention[] {
  const surnames = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.first === m.last) continue;
    surnames.set(keyWord(t, m.last), m);
    if (m.last === m.first + 1 && HYPHENATED_GIVEN_NAME.test(keyWord(t, m.last))) surnames.set(keyWord(t, m.first), m);
  }
  if (surnames.size === 0) return [];
  const covered = new Uint8Array(t.tokens.words.length);
  for (const m of mentions) covered.fill(1, m.first, m.last + 1);
  for (const s of t.misc) covered.fill(1, s.first, s.last + 1);
  const out: Mention[] = [];
  for (let k = 0; k < covered.length; k++) {
    if (covered[k] || t.facts.cap[k]! === 0) continue;
    // Part of a longer capitalised run is another name ("Brown University"): told before the lookup.
    const capBefore = k > 0 && !t.sentenceFirst[k] && t.facts.cap[k - 1]! !== 0;
    const capAfter = k + 1 < covered.length && !t.sentenceFirst[k + 1] && t.facts.cap[k + 1]! !== 0;
    if (capBefore || capAfter) continue;
    const found = surnames.get(keyWord(t, k));
    if (!found) continue;
    out.push({
      ...found,
      start: t.tokens.starts[k]!,
      end: t.tokens.ends[k]!,
      first: k,
      last: k,
      key: keyWord(t, k),
      role: null,
      linked: true,
    });
  }
  return out;
}

/**
 * Events named like organisations or places ("Chicago Marathon", "World Cup", "Tour of Spain"):
 * MISC in CoNLL's terms, not entities here. A span of two or more words ending in an event word
 * the lists know, or a name right after "<event word> of".
 */
function isEvent(t: TaggedArticle, lex: Lexicon, part: Part): boolean {
  if (part.last > part.first && wordBits(t, lex, part.last) & MISC_HEAD) {
    return !known(t, lex, part.first, part.last);
  }
  const of = part.first - 1;
  // "Storm Ciaran", "Operation Sindoor".
  const opener = of >= 0 && !t.sentenceFirst[part.first] && t.facts.cap[of]! !== 0;
  if (opener && wordBits(t, lex, of) & MISC_OPENER) return true;
  return (
    of > 0 &&
    !t.sentenceFirst[of] &&
    (wordBits(t, lex, of) & OF) !== 0 &&
    t.facts.cap[of - 1]! !== 0 &&
    (wordBits(t, lex, of - 1) & MISC_HEAD) !== 0
  );
}

/**
 * In a Title Case headline every word is capitalised, and a short heading line in capitals ("KEY
 * BACKGROUND", "TANGENT", "RUGBY", with no figures) says as little: there a span stands only if the lists know it or
 * one of its words is capitalised in the article's prose too ("Yellen Warns Beijing" after "Janet
 * Yellen"). All-caps wire headlines (CoNLL's) are read as trained.
 */
function unsupportedInHeading(t: TaggedArticle, lex: Lexicon, part: Part, headings: Headings): boolean {
  if (!headings.inHeading[part.first]) return false;
  if (known(t, lex, part.first, part.last)) return false;
  for (let k = part.first; k <= part.last; k++) {
    const key = keyWord(t, k);
    if (headings.inProse().has(key) || lex.famous.has(key)) return false;
    if (part.first === part.last && keyEntry(t, lex, k)) return false;
  }
  return true;
}

interface Headings {
  /** 1 for tokens of heading-like sentences (see headingLike). */
  inHeading: Uint8Array;
  /** Words capitalised inside a sentence of the article's prose (made when a heading first asks). */
  inProse: () => Set<string>;
}

function headingWords(t: TaggedArticle, lex: Lexicon): Headings {
  const n = t.tokens.words.length;
  const inHeading = new Uint8Array(n);
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && !t.sentenceFirst[e]) e++;
    if (headingLike(t, lex, s, e)) inHeading.fill(1, s, e);
    s = e;
  }
  // Only a span in a heading asks about the prose's words: most articles' spans never do.
  let inProse: Set<string> | null = null;
  return { inHeading, inProse: () => (inProse ??= proseWords(t, inHeading)) };
}

/** Words capitalised inside the sentences that are neither heading-like nor in capitals. */
function proseWords(t: TaggedArticle, inHeading: Uint8Array): Set<string> {
  const n = t.tokens.words.length;
  const words = new Set<string>();
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && !t.sentenceFirst[e]) e++;
    if (!inHeading[s] && !t.facts.capsSentence[s]) {
      for (let k = s + 1; k < e; k++) if (t.facts.cap[k]! === 1) words.add(keyWord(t, k));
    }
    s = e;
  }
  return words;
}

/**
 * The sentence of tokens s..e-1 is a Title Case headline (every word capitalised but the small ones, two
 * or more of them ordinary words: "Warns", "Parts") or a line of at most three words in capitals,
 * alone in its block.
 */
function headingLike(t: TaggedArticle, lex: Lexicon, s: number, e: number): boolean {
  const { words } = t.tokens;
  const infos = t.facts.infos;
  let lettered = 0;
  let caps = 0;
  let digits = false;
  let listed = 0;
  for (let j = s; j < e; j++) {
    // The words as written (wordBits): a Title Case headline's facts are those of its words in capitals.
    if (!infos[j]!.letters) {
      const w = words[j]!;
      if (w === ',' || w === '(' || w === ';') listed++;
      else if (wordBits(t, lex, j) & HAS_DIGIT) digits = true;
      continue;
    }
    lettered++;
    const bits = wordBits(t, lex, j);
    if (bits & INITIAL_LOWER) {
      // Most sentences end here, at their first lower-case word.
      if (!(bits & FUNCTION_WORD)) return false;
      continue;
    }
    if (bits & HAS_DIGIT) digits = true;
    if (!(bits & HAS_LOWER)) caps++;
  }
  // A list of names ("Stuart Law , Harry Milling , …") is no headline. Ordinary words are counted last,
  // where they decide: most lines are settled before.
  if (lettered >= 4 && caps < lettered && listed <= 1 && ordinaryWords(t, lex, s, e) >= 2) return true;
  // A dateline ("FRANKFURT 1997-01-16") or a results line has figures.
  const alone = t.blockFirst[s] === 1 && (e === words.length || t.blockFirst[e] === 1);
  return !digits && lettered <= 3 && caps === lettered && alone;
}

/** Capitalised everyday words after the first of tokens s..e-1 ("Warns", "Parts"), counted up to two. */
function ordinaryWords(t: TaggedArticle, lex: Lexicon, s: number, e: number): number {
  let ordinary = 0;
  for (let j = s + 1; j < e && ordinary < 2; j++) {
    if (!t.facts.infos[j]!.letters) continue;
    const bits = wordBits(t, lex, j);
    if ((bits & (INITIAL_LOWER | COMMON_WORD | FIRST_NAME)) === COMMON_WORD) ordinary++;
  }
  return ordinary;
}

/**
 * Names the tagger left out that the lists know as organisations or outlets ("Apple", "C4ADS"),
 * an outlet named by an ordinary word after "The" ("The Guardian"), and famous people by surname
 * ("Yellen's"): mentions of their own, where no span or MISC name covers them.
 */
function listedNames(t: TaggedArticle, lex: Lexicon, mentions: Mention[]): Part[] {
  const words = t.tokens.words;
  // 1 inside a typed span, 2 inside a MISC one (an outlet after "The" may be read as MISC).
  const covered = new Uint8Array(words.length);
  for (const s of t.misc) covered.fill(2, s.first, s.last + 1);
  for (const m of mentions) covered.fill(1, m.first, m.last + 1);
  for (const s of t.spans) covered.fill(1, s.first, s.last + 1);
  const out: Part[] = [];
  const g = t.facts.gazetteer;
  for (let k = 0; k < words.length; k++) {
    if (covered[k] === 1 || t.facts.cap[k]! === 0) continue;
    if (covered[k] === 2) {
      if (k > 0 && theAt(t, lex, k - 1) && lex.outletsAfterThe.has(keyWord(t, k)) && covered[k + 1] !== 2) {
        out.push({ span: { type: 'ORG', first: k, last: k, margin: WEAK_MARGIN }, first: k, last: k, role: null });
      }
      continue;
    }
    const type = g[k]! >> 2;
    const pos = g[k]! & 3;
    let last = -1;
    let tag: TaggedSpan['type'] = 'ORG';
    if ((type === 2 || type === 3) && (pos === 0 || pos === 1)) {
      last = k;
      while (pos === 1 && last + 1 < words.length && (g[last + 1]! & 3) >= 2 && g[last + 1]! >> 2 === type) {
        last++;
        if ((g[last]! & 3) === 3) break;
      }
      if ((g[last]! & 3) === 2) last = -1;
    } else if (isListedOrganisation(writtenEntry(t, lex, k))) {
      // A one-word name in capitals the gazetteer match (keyed in title case) passes by: "C4ADS".
      last = k;
    } else if (k > 0 && theAt(t, lex, k - 1) && lex.outletsAfterThe.has(keyWord(t, k))) last = k;
    else if (lex.famous.has(keyWord(t, k)) && !(t.facts.doc[k]! & 1) && !ordinaryWord(t, lex, k)) {
      last = k;
      tag = 'PER';
    }
    if (last < 0 || covered.subarray(k, last + 1).some((c) => c !== 0)) continue;
    // Part of a longer capitalised run is another name ("Apple Daily" is not "Apple").
    const before = k > 0 && !t.sentenceFirst[k] && t.facts.cap[k - 1]! !== 0;
    const after = last + 1 < words.length && !t.sentenceFirst[last + 1] && t.facts.cap[last + 1]! !== 0;
    if (before || after) continue;
    out.push({ span: { type: tag, first: k, last, margin: WEAK_MARGIN }, first: k, last, role: null });
    k = last;
  }
  return out;
}

function isListedOrganisation(entry: GazetteerEntry | undefined): boolean {
  return entry !== undefined && (entry.type === 'organization' || entry.type === 'outlet');
}

/** "May", "Bush", "Cook": a famous surname that is also a month or an everyday word needs the tagger. */
function ordinaryWord(t: TaggedArticle, lex: Lexicon, k: number): boolean {
  return (wordBits(t, lex, k) & (COMMON_WORD | CALENDAR)) !== 0;
}

/** "NEW YORK (Reuters) -", "NAIROBI -": the place in capitals a dispatch opens with. */
function isDateline(t: TaggedArticle, m: Mention): boolean {
  const k = m.first;
  if (!t.sentenceFirst[k] || t.facts.capsSentence[k] || m.type === 'place') return false;
  for (let j = m.first; j <= m.last; j++) if (t.facts.cap[j]! !== 2) return false;
  const next = t.tokens.words[m.last + 1];
  return next === '(' || next === '-' || next === '\u2013' || next === '\u2014';
}
