/**
 * Lookups over the compact word lists, built once on first use (a few milliseconds) so that merely
 * importing the engine costs nothing.
 */
import type { EntityType } from '../model/analysis.ts';
import * as C from './curated.ts';
import { CITIES } from './generated/cities.ts';
import { COMMON_WORDS } from './generated/common-words.ts';
import { COUNTRIES } from './generated/countries.ts';
import { DEMONYMS } from './generated/demonyms.ts';
import { FIRST_NAMES } from './generated/first-names.ts';
import { US_STATES } from './generated/us-states.ts';

export interface GazetteerEntry {
  type: EntityType;
  canonical: string;
}

/** A word trie over the known names: lookups walk it token by token, with no key strings to build. */
export interface NameNode {
  next: Map<string, NameNode> | null;
  entry: GazetteerEntry | null;
}

export interface Lexicon {
  /** Known names keyed by their token texts joined with one space, exact case ("Associated Press"). */
  names: Map<string, GazetteerEntry>;
  /** The same names as a trie of token texts. */
  nameTrie: NameNode;
  /** Longest known name, in tokens. */
  maxNameTokens: number;
  /** Outlets recognised only after "The" ("The Guardian"). */
  outletsAfterThe: Map<string, GazetteerEntry>;
  /** Canonical names of countries (and the home nations, which field national teams). */
  countries: Set<string>;
  common: Set<string>;
  /** Pronouns, prepositions, conjunctions: never the first word of a name. */
  functionWords: Set<string>;
  /** Canonical names of the US states. */
  usStates: Set<string>;
  firstNames: Set<string>;
  demonyms: Set<string>;
  /** Demonyms of two words ("South Korean"), keyed by their first word → second words. */
  demonymPairs: Map<string, Set<string>>;
  nameOpeningAdjectives: Set<string>;
  miscOpeners: Set<string>;
  miscNouns: Set<string>;
  calendar: Set<string>;
  notNames: Set<string>;
  titles: Set<string>;
  titleQualifiers: Set<string>;
  orgHeads: Set<string>;
  outletHeads: Set<string>;
  ofHeads: Set<string>;
  placeHeads: Set<string>;
  placePrefixes: Set<string>;
  miscHeads: Set<string>;
  connectors: Set<string>;
  nameParticles: Set<string>;
  personSuffixes: string[];
  /** Surnames (and short names) of famous people → their full name. */
  famous: Map<string, string>;
  personGroupHeads: Set<string>;
  placeNouns: Set<string>;
  orgNouns: Set<string>;
  placeOfNouns: Set<string>;
  placeSuffixes: string[];
}

const split = (s: string, sep = '|') => s.split(sep).filter(Boolean);

/** Decodes a front-coded list (scripts/lexicon.ts): a digit (shared prefix length), then the rest. */
export function frontDecode(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < coded.length) {
      const c = coded.charCodeAt(j);
      if (c >= 48 && c <= 57) break;
      j++;
    }
    prev = prev.slice(0, shared) + coded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}
const lowerSet = (s: string) => new Set(split(s).map((w) => w.toLowerCase()));

/** Splits gazetteer names into the token texts the tokenizer would produce: one list per name, in order. */
export type NameTokenizer = (names: string[]) => string[][];

let cached: Lexicon | null = null;

const OPEN_CLASS_FUNCTION_WORDS = new Set(
  'new|old|first|second|third|last|next|one|two|three|four|five|six|seven|eight|nine|ten|many|much|several|another|yes|oh|ok|okay|mr|mrs|ms|dr|us|own|same'.split(
    '|',
  ),
);

export function lexicon(tokenizeNames: NameTokenizer): Lexicon {
  if (cached) return cached;
  // Most specific first: later lists never replace an earlier entry.
  // Each line: a canonical name and its variants.
  const variants = (lines: string[]) => lines.map((line) => split(line, ';'));
  const gazetteers: [string[][], EntityType][] = [
    [variants(split(C.OUTLETS)), 'outlet'],
    [variants(split(C.ORGANIZATIONS)), 'organization'],
    [variants(split(C.PLACES)), 'place'],
    [variants(split(COUNTRIES, '\n')), 'place'],
    [variants(split(US_STATES)), 'place'],
    [variants(frontDecode(CITIES)), 'place'],
  ];
  const famousPeople = variants(split(C.FAMOUS_PEOPLE));
  // Every name is split in one call (see nameTokens in entities/tokens.ts for why).
  const allNames = [...gazetteers.flatMap(([lines]) => lines.flat()), ...famousPeople.flat()];
  const tokenized = tokenizeNames(allNames);
  const tokensOf = new Map<string, string[]>();
  allNames.forEach((name, k) => {
    tokensOf.set(name, tokenized[k] as string[]);
  });
  const tokenizeName = (name: string) => tokensOf.get(name) as string[];

  const names = new Map<string, GazetteerEntry>();
  let maxNameTokens = 1;
  for (const [lines, type] of gazetteers) {
    for (const line of lines) {
      const canonical = line[0] as string;
      for (const v of line) {
        const tokens = tokenizeName(v);
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        if (names.has(key)) continue;
        names.set(key, { type, canonical });
        if (tokens.length > maxNameTokens) maxNameTokens = tokens.length;
      }
    }
  }

  const outletsAfterThe = new Map<string, GazetteerEntry>();
  for (const name of split(C.OUTLETS_AFTER_THE))
    outletsAfterThe.set(name, { type: 'outlet', canonical: `The ${name}` });

  const demonyms = new Set<string>();
  const demonymPairs = new Map<string, Set<string>>();
  // Plurals name groups of people too ("Serbs"); three-letter words are left alone ("Han" is no "Hans").
  const plural = (d: string) => (d.length >= 4 && !d.endsWith('s') ? [`${d}s`] : d === 'Jew' ? ['Jews'] : []);
  for (const d of [...split(DEMONYMS), ...split(C.DEMONYMS_EXTRA)]) {
    const words = d.split(' ');
    if (words.length === 2) {
      // "South Korean(s)": the pair, not either word alone ("South" is no demonym).
      const [a, b] = words as [string, string];
      const seconds = demonymPairs.get(a) ?? new Set<string>();
      for (const form of [b, ...plural(b)]) seconds.add(form);
      demonymPairs.set(a, seconds);
      continue;
    }
    demonyms.add(d);
    for (const form of plural(d)) demonyms.add(form);
  }

  // Given names that are also compass points or place prefixes ("West", "North") mislead more than they help.
  const placePrefixes = new Set(split(C.PLACE_PREFIXES));
  const firstNames = new Set(frontDecode(FIRST_NAMES).filter((n) => !placePrefixes.has(n.toLowerCase())));
  for (const n of split(C.FIRST_NAMES_EXTRA)) firstNames.add(n);

  const famous = new Map<string, string>();
  for (const line of famousPeople) {
    const [full, ...aliases] = line as [string, ...string[]];
    const words = tokenizeName(full);
    names.set(words.join(' '), { type: 'person', canonical: full });
    famous.set(words[words.length - 1] as string, full);
    for (const a of aliases) {
      const aw = tokenizeName(a);
      if (aw.length === 1) famous.set(aw[0] as string, full);
      else names.set(aw.join(' '), { type: 'person', canonical: full });
    }
  }

  const countries = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);
  for (const line of split(COUNTRIES, '\n')) countries.add(split(line, ';')[0] as string);

  const nameTrie: NameNode = { next: null, entry: null };
  for (const [key, entry] of names) {
    let node = nameTrie;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: null, entry: null };
        node.next.set(word, child);
      }
      node = child;
    }
    node.entry = entry;
  }

  cached = {
    names,
    nameTrie,
    countries,
    maxNameTokens,
    outletsAfterThe,
    common: new Set([...frontDecode(COMMON_WORDS), ...split(C.FUNCTION_WORDS)]),
    // Closed-class words only: "New", "First", "One" open names ("New Century", "First Union").
    functionWords: new Set(split(C.FUNCTION_WORDS).filter((w) => !OPEN_CLASS_FUNCTION_WORDS.has(w))),
    usStates: new Set(split(US_STATES)),
    famous,
    personGroupHeads: lowerSet(C.PERSON_GROUP_HEADS),
    placeNouns: lowerSet(C.PLACE_NOUNS),
    orgNouns: lowerSet(C.ORG_NOUNS),
    placeOfNouns: lowerSet(C.PLACE_OF_NOUNS),
    firstNames,
    demonyms,
    demonymPairs,
    nameOpeningAdjectives: new Set(split(C.NAME_OPENING_ADJECTIVES)),
    miscOpeners: lowerSet(C.MISC_OPENERS),
    miscNouns: lowerSet(C.MISC_NOUNS),
    calendar: lowerSet(C.CALENDAR),
    notNames: lowerSet(C.NOT_NAMES),
    titles: lowerSet(C.TITLES),
    titleQualifiers: lowerSet(C.TITLE_QUALIFIERS),
    orgHeads: lowerSet(C.ORG_HEADS),
    outletHeads: lowerSet(C.OUTLET_HEADS),
    ofHeads: lowerSet(C.OF_HEADS),
    placeHeads: lowerSet(C.PLACE_HEADS),
    placePrefixes: lowerSet(C.PLACE_PREFIXES),
    miscHeads: lowerSet(C.MISC_HEADS),
    connectors: lowerSet(C.CONNECTORS),
    nameParticles: lowerSet(C.NAME_PARTICLES),
    personSuffixes: split(C.PERSON_SUFFIXES),
    placeSuffixes: split(C.PLACE_SUFFIXES),
  };
  return cached;
}
