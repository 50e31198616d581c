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

export interface Lexicon {
  /** Known names keyed by their token texts joined with one space, exact case ("Associated Press"). */
  names: Map<string, GazetteerEntry>;
  /** Longest known name, in tokens. */
  maxNameTokens: number;
  /** Outlets recognised only after "The" ("The Guardian"). */
  outletsAfterThe: Map<string, GazetteerEntry>;
  /** Canonical names of countries (and the home nations, which field national teams). */
  countries: Set<string>;
  common: Set<string>;
  firstNames: Set<string>;
  demonyms: Set<string>;
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
const lowerSet = (s: string) => new Set(split(s).map((w) => w.toLowerCase()));

/** Splits a gazetteer name into the token texts the tokenizer would produce. */
export type NameTokenizer = (name: string) => string[];

let cached: Lexicon | null = null;

export function lexicon(tokenizeName: NameTokenizer): Lexicon {
  if (cached) return cached;
  const names = new Map<string, GazetteerEntry>();
  let maxNameTokens = 1;
  const add = (entries: string, type: EntityType, sep = '|', override = false) => {
    for (const line of split(entries, sep)) {
      const variants = split(line, ';');
      const canonical = variants[0] as string;
      for (const v of variants) {
        const tokens = tokenizeName(v);
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        if (!override && names.has(key)) continue;
        names.set(key, { type, canonical });
        if (tokens.length > maxNameTokens) maxNameTokens = tokens.length;
      }
    }
  };
  // Most specific first: later lists never replace an earlier entry unless told to.
  add(C.OUTLETS, 'outlet');
  add(C.ORGANIZATIONS, 'organization');
  add(C.PLACES, 'place');
  add(COUNTRIES, 'place', '\n');
  add(US_STATES, 'place');
  add(CITIES, 'place');

  const outletsAfterThe = new Map<string, GazetteerEntry>();
  for (const name of split(C.OUTLETS_AFTER_THE)) outletsAfterThe.set(name, { type: 'outlet', canonical: `The ${name}` });

  const demonyms = new Set<string>();
  for (const d of [...split(DEMONYMS), ...split(C.DEMONYMS_EXTRA)]) {
    demonyms.add(d);
    demonyms.add(d.endsWith('s') ? d : `${d}s`);
  }

  // Given names that are also compass points or place prefixes ("West", "North") mislead more than they help.
  const firstNames = new Set(split(FIRST_NAMES).filter((n) => !C.PLACE_PREFIXES.split('|').includes(n.toLowerCase())));
  for (const n of split(C.FIRST_NAMES_EXTRA)) firstNames.add(n);

  const famous = new Map<string, string>();
  for (const line of split(C.FAMOUS_PEOPLE)) {
    const [full, ...aliases] = split(line, ';') as [string, ...string[]];
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

  cached = {
    names,
    countries,
    maxNameTokens,
    outletsAfterThe,
    common: new Set([...split(COMMON_WORDS), ...split(C.FUNCTION_WORDS)]),
    famous,
    personGroupHeads: lowerSet(C.PERSON_GROUP_HEADS),
    placeNouns: lowerSet(C.PLACE_NOUNS),
    orgNouns: lowerSet(C.ORG_NOUNS),
    placeOfNouns: lowerSet(C.PLACE_OF_NOUNS),
    firstNames,
    demonyms,
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
