/**
 * Features of the entity tagger, hashed from a template number and per-word hashes computed once
 * per distinct word (no feature string is built). One sequence is one document, so that what the
 * document says elsewhere about a word can weigh in.
 *
 * At token i the model sees (CRFsuite's and spaCy v1's NER features, and Ratinov & Roth 2009's
 * non-local ones): the word as written and lower-cased, prefixes 2–4 and suffixes 1–4, its shape,
 * its neighbours two either side, bigrams, whether its sentence is written in capitals (CoNLL's
 * headlines) and whether it opens it, its place in a run of capitalised words, gazetteer matches
 * (known outlets, organisations, places, famous people, first names) and word classes of the
 * lexicon (titles, organisation and place heads, particles, calendar words …), document facts
 * (the word also written in lower case, or capitalised inside a sentence), the types already given
 * to earlier occurrences of the word and of the next word, and the two previous tags.
 *
 * What the groups beyond the word and its neighbours are worth (`npm run train -- --only entities
 * --ablations`: retrained without the group, eng.testa exact-span micro-F1 as shipped, all on 0.926):
 * gazetteers −0.008 (ORG −0.019), lexicon classes −0.005 (PER −0.013), both −0.017, document facts
 * −0.003, types given earlier −0.010 (PER −0.016). Every group is kept.
 */
import { hashString, mix } from '../../tagger/hash.ts';
import type { FeatureFn } from '../../tagger/model.ts';
import { vocabulary } from '../../tagger/vocabulary.ts';
import type { GazetteerEntry, Lexicon, NameNode } from '../../lexicon/index.ts';
import { NER_TAGS } from './tags.ts';

/** What is known of a distinct word, whatever its context. */
export interface WordInfo {
  exact: number;
  lower: number;
  affixes: Uint32Array;
  shape: number;
  shortShape: number;
  /** 0 no capital, 1 initial capital, 2 all capitals, 3 other mixes ("eBay", "McDonald"). */
  cap: number;
  /** Lexicon classes (CLASS_* bits). */
  classes: number;
  /** The form gazetteers are keyed by: itself, or title case for an all-caps word ("MOSCOW" → "Moscow"). */
  title: string;
  /** The name trie's node after this word (`title`) at its root: names it may start; null for none. */
  named: NameNode | null;
  letters: boolean;
  /** The number of its lower-cased form in the vocabulary, shared by every form ("The", "the"). */
  slot: number;
  /** The word's features as a neighbour (templates 13–18), mixed once per distinct word. */
  near: Uint32Array;
  /**
   * The decoder's state for the word (see decode.ts): the generation of its store it is valid in,
   * where the word's weight sums start there, and which roles it has met and summed (bits).
   */
  sumsIn: number;
  sumsAt: number;
  roles: number;
  /** The word these facts are of (no soft hyphen): a token is this word as written when it equals it. */
  written: string;
  /**
   * For the rules (recognize.ts), filled on first use: the word's lookup key in a sentence in
   * capitals, and the gazetteer's entries for the word and for that key (null for none).
   */
  capsKey: string | undefined;
  entry: GazetteerEntry | null | undefined;
  capsEntry: GazetteerEntry | null | undefined;
  /** What the rules ask of the word as written, as bits (recognize.ts; 0 until first asked). */
  rules: number;
}

// Lexicon classes of a word, one bit each.
const CLASS_SETS = [
  'titles',
  'titleQualifiers',
  'orgHeads',
  'outletHeads',
  'ofHeads',
  'placeHeads',
  'placePrefixes',
  'miscHeads',
  'nameParticles',
  'calendar',
  'notNames',
  'common',
  'functionWords',
  'placeNouns',
  'orgNouns',
  'personGroupHeads',
  'miscOpeners',
  'miscNouns',
] as const;
const CLASS_FIRST_NAME = 1 << CLASS_SETS.length;
const CLASS_DEMONYM = CLASS_FIRST_NAME << 1;
const CLASS_COUNTRY = CLASS_DEMONYM << 1;
const CLASS_US_STATE = CLASS_COUNTRY << 1;
const CLASS_PERSON_SUFFIX = CLASS_US_STATE << 1;
const CLASS_PLACE_SUFFIX = CLASS_PERSON_SUFFIX << 1;
const CLASS_BITS = CLASS_SETS.length + 6;
const COMMON = 1 << CLASS_SETS.indexOf('common');

/** Which feature groups are on (all by default); the training script switches them off for ablations. */
export interface FeatureSwitches {
  gazetteers: boolean;
  classes: boolean;
  document: boolean;
  history: boolean;
}
export const ALL_FEATURES: FeatureSwitches = { gazetteers: true, classes: true, document: true, history: true };

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function shapeOf(word: string, max: number): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && shape.length < max; i++) {
    const ch = word[i]!;
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    // Runs longer than two fold into two ("Xxxxx" → "Xxx" in the long shape, "Xx" in the short).
    run = c === last ? run + 1 : 1;
    if (run <= (max > 6 ? 2 : 1)) shape += c;
    last = c;
  }
  return shape;
}

/** Words a Title Case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(
  'a|an|the|of|and|or|but|for|nor|in|on|at|to|by|with|from|as|vs|vs.|via|per|into|over'.split('|'),
);

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/**
 * The word facts and gazetteer of one lexicon, with a cache of distinct words that lives as long as
 * the module (cleared when it grows past a limit).
 */
export class NerVocabulary {
  private readonly cache = new Map<string, WordInfo>();
  private readonly slots = new Map<string, number>();
  /**
   * Per lower-cased form (by slot), which document numbered it last and its number there: in typed
   * arrays, not objects, as every token of a document reads them.
   */
  private slotStamp = new Int32Array(1024);
  private slotId = new Int32Array(1024);
  private readonly sets: Set<string>[];

  constructor(readonly lex: Lexicon) {
    this.sets = CLASS_SETS.map((k) => lex[k]);
  }

  /**
   * Whether the word `info` was last asked for is the one its facts are of (`written`: no soft hyphen
   * was taken out), told without comparing the strings: nerFacts notes it per token.
   */
  asWritten = true;

  info(word: string): WordInfo {
    // Keys have no soft hyphen: a word found as written needs no search for one.
    let info = this.cache.get(word);
    this.asWritten = info !== undefined;
    if (info) return info;
    const written = word;
    if (word.includes('\u00ad')) {
      word = word.replace(/\u00ad/g, '');
      info = this.cache.get(word);
      if (info) return info;
    }
    // A copy of the word, not a slice of the article V8 may keep alive through it.
    info = this.compute(` ${word}`.slice(1));
    this.cache.set(info.written, info);
    this.asWritten = written === word;
    return info;
  }

  /**
   * The facts of the engine vocabulary's word `id` (tagger/vocabulary.ts), which is `word`, of
   * generation `byIdGeneration`: an array read, where `info` costs a Map look-up by string. Only
   * words whose facts are their own as written are kept by id (a soft-hyphened one asks `info`).
   */
  private byId: Array<WordInfo | undefined> = [];
  private byIdGeneration = -1;

  infoById(id: number, word: string): WordInfo {
    const known = this.byId[id];
    if (known !== undefined) {
      this.asWritten = true;
      return known;
    }
    const info = this.info(word);
    if (this.asWritten) {
      // Filled up to the id (ids come mostly in order), so the array never turns sparse.
      while (this.byId.length <= id) this.byId.push(undefined);
      this.byId[id] = info;
    }
    return info;
  }

  /** Between documents: forgets the words once there are many (a document's words stay together). */
  trim(): void {
    if (this.cache.size > 100_000) {
      this.cache.clear();
      this.slots.clear();
      // Slots start again: facts kept by id would carry numbers now given to other words.
      this.byId = [];
    }
    // The engine's ids started again: an id now names another word.
    if (this.byIdGeneration !== vocabulary.generation) {
      this.byId = [];
      this.byIdGeneration = vocabulary.generation;
    }
  }

  /**
   * Numbers the lower-cased forms of a document's words (their `slots`; `stamp` tells the document
   * from earlier ones) in order of first appearance into `wordId`; returns how many there are.
   */
  numberWords(slots: Int32Array, stamp: number, wordId: Int32Array): number {
    const { slotStamp, slotId } = this;
    let distinct = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      if (slotStamp[slot] !== stamp) {
        slotStamp[slot] = stamp;
        slotId[slot] = distinct++;
      }
      wordId[i] = slotId[slot]!;
    }
    return distinct;
  }

  private compute(word: string): WordInfo {
    const lower = word.toLowerCase();
    let slot = this.slots.get(lower);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(lower, slot);
      if (slot >= this.slotStamp.length) {
        const stamps = new Int32Array(this.slotStamp.length * 2);
        const ids = new Int32Array(stamps.length);
        stamps.set(this.slotStamp);
        ids.set(this.slotId);
        this.slotStamp = stamps;
        this.slotId = ids;
      }
    }
    const upper = UPPER.test(word);
    const hasLower = LOWER.test(word);
    const first = word.charAt(0);
    const cap = !upper ? 0 : !hasLower ? 2 : first !== first.toLowerCase() && !UPPER.test(word.slice(1)) ? 1 : 3;
    const title = cap === 2 && word.length > 1 ? titleCase(word) : word;
    let classes = 0;
    for (let k = 0; k < this.sets.length; k++) if (this.sets[k]!.has(lower)) classes |= 1 << k;
    const lex = this.lex;
    if (lex.firstNames.has(title)) classes |= CLASS_FIRST_NAME;
    if (lex.demonyms.has(title)) classes |= CLASS_DEMONYM;
    if (lex.countries.has(title)) classes |= CLASS_COUNTRY;
    if (lex.usStates.has(title)) classes |= CLASS_US_STATE;
    if (upper && lower.length > 4) {
      if (lex.personSuffixes.some((s) => lower.endsWith(s))) classes |= CLASS_PERSON_SUFFIX;
      if (lex.placeSuffixes.some((s) => lower.endsWith(s))) classes |= CLASS_PLACE_SUFFIX;
    }
    const affixes = new Uint32Array(7);
    for (let k = 2; k <= 4; k++) affixes[k - 2] = mix(100 + k, hashString(lower.slice(0, k)));
    for (let k = 1; k <= 4; k++) affixes[k + 2] = mix(110 + k, hashString(lower.slice(-k)));
    return {
      exact: hashString(word),
      lower: hashString(lower),
      affixes,
      shape: hashString(shapeOf(word, 8)),
      shortShape: hashString(shapeOf(word, 4)),
      cap,
      classes,
      title,
      named: lex.nameTrie.next?.get(title) ?? null,
      letters: LETTER.test(word),
      slot,
      near: nearFeatures(hashString(lower), hashString(shapeOf(word, 4))),
      sumsIn: 0,
      sumsAt: 0,
      roles: 0,
      written: word,
      capsKey: undefined,
      entry: undefined,
      capsEntry: undefined,
      rules: 0,
    };
  }

  /** The gazetteer entry types as small numbers: 1 person, 2 organisation, 3 outlet, 4 place. */
  static readonly GAZ_TYPE = { person: 1, organization: 2, outlet: 3, place: 4 } as const;
}

/** Templates 13–16 (the word lower-cased, as each of the four neighbours) and 17–18 (its short shape). */
function nearFeatures(lower: number, shortShape: number): Uint32Array {
  return Uint32Array.of(
    mix(13, lower),
    mix(14, lower),
    mix(15, lower),
    mix(16, lower),
    mix(17, shortShape),
    mix(18, shortShape),
  );
}

/** Documents read so far: the stamp that tells this document's word numbers from earlier ones'. */
let documents = 0;

/** Per-token facts of one document. */
export interface NerFacts {
  length: number;
  infos: WordInfo[];
  /** Token opens its sentence. */
  first: Uint8Array;
  /** Token's sentence is written in capitals. */
  capsSentence: Uint8Array;
  /** Gazetteer match: type × 4 + position (0 single, 1 first, 2 inside, 3 last); 0 none. */
  gazetteer: Uint8Array;
  /** Place in a run of capitalised words: 0 none, 1 alone, 2 first, 3 inside, 4 last. */
  run: Uint8Array;
  /** Document facts of the word: 1 also written all lower case, 2 capitalised inside a prose sentence. */
  doc: Uint8Array;
  /** The capitals of each token's word (WordInfo.cap), in a column the rules read without loading the word's facts. */
  cap: Uint8Array;
  /**
   * 1 where `infos` holds the facts of the token as written, 0 where they are another form's (a soft
   * hyphen taken out, a Title Case headline read in capitals).
   */
  asWritten: Uint8Array;
  /** Index of the token's lower-cased word among the document's distinct words. */
  wordId: Int32Array;
  distinct: number;
  /** Positions worth scoring (see `activeTokens`). */
  active: Uint8Array;
  switches: FeatureSwitches;
}

/**
 * Facts of a document's tokens. `words` are the token texts, `sentenceFirst` marks each sentence's
 * first token; `ids`, where given, are the tokens' word ids in the engine's vocabulary (from
 * sentenceTokens), used while their generation is the vocabulary's. Only tokens near a capitalised
 * word are looked at closely (the others are O).
 */
export function nerFacts(
  vocab: NerVocabulary,
  words: readonly string[],
  sentenceFirst: ArrayLike<number>,
  switches: FeatureSwitches = ALL_FEATURES,
  ids?: { ids: Int32Array; generation: number },
): NerFacts {
  const length = words.length;
  vocab.trim();
  const known = ids?.generation === vocabulary.generation ? ids.ids : null;
  const infos = new Array<WordInfo>(length);
  // What the passes below read of each word, in columns: each word's facts object is loaded once, here.
  const cap = new Uint8Array(length);
  const letters = new Uint8Array(length);
  const slots = new Int32Array(length);
  const first = new Uint8Array(length);
  const capsSentence = new Uint8Array(length);
  const active = new Uint8Array(length);
  const run = new Uint8Array(length);
  const asWritten = new Uint8Array(length);
  // Sentence by sentence, the words' facts are read and, in the same pass, whether the sentence is in
  // capitals: most of its words with letters are all capitals. A headline in Title Case says as little
  // through its capitals: it is read as if in capitals, as CoNLL writes them.
  for (let s = 0; s < length; ) {
    let e = s + 1;
    while (e < length && !sentenceFirst[e]) e++;
    let caps = 0;
    let lettered = 0;
    let ordinary = 0;
    let other = 0;
    for (let k = s; k < e; k++) {
      const w = words[k]!;
      const inf = known ? vocab.infoById(known[k]!, w) : vocab.info(w);
      asWritten[k] = vocab.asWritten ? 1 : 0;
      infos[k] = inf;
      const c = inf.cap;
      cap[k] = c;
      slots[k] = inf.slot;
      if (!inf.letters) {
        // Lists of names ("Ernie Els ( South Africa ) , Scott Hoch") are no headline.
        if (w === ',' || w === '(') other++;
        continue;
      }
      letters[k] = 1;
      lettered++;
      if (c === 2 && w.length > 1) caps++;
      else if (c === 1 && k > s && inf.classes & COMMON && !(inf.classes & CLASS_FIRST_NAME)) ordinary++;
      // Only whether `other` stays 0 matters: once it is not, no need to ask the set.
      else if (c === 0 && other === 0 && !HEADLINE_LOWER.has(w)) other++;
    }
    let isCaps = lettered >= 2 && caps * 3 >= lettered * 2 ? 1 : 0;
    // Title Case: no lower-case word but the small ones, and ordinary words capitalised ("Warns", "Parts").
    if (!isCaps && lettered >= 4 && other === 0 && ordinary >= 2) {
      isCaps = 1;
      for (let k = s; k < e; k++) {
        const inf = vocab.info(words[k]!.toUpperCase());
        asWritten[k] = inf.written === words[k] ? 1 : 0;
        infos[k] = inf;
        cap[k] = inf.cap;
        letters[k] = inf.letters ? 1 : 0;
        slots[k] = inf.slot;
      }
    }
    first[s] = 1;
    if (isCaps) capsSentence.fill(1, s, e);
    // Runs of capitalised words (a run ends with its sentence), while the sentence's columns are at hand;
    // a capitalised word is scored (see activeTokens).
    for (let i = s; i < e; ) {
      if (cap[i] === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < e && cap[j] !== 0) j++;
      // Set one by one: most runs are a word or two, shorter than a call to `fill` is worth.
      for (let k = i; k < j; k++) active[k] = 1;
      if (j === i + 1) run[i] = 1;
      else {
        run[i] = 2;
        for (let k = i + 1; k < j - 1; k++) run[k] = 3;
        run[j - 1] = 4;
      }
      i = j;
    }
    s = e;
  }
  activeTokens(vocab.lex, cap, words, active);
  const gazetteer = new Uint8Array(length);
  if (switches.gazetteers) markGazetteer(infos, cap, gazetteer);
  // Document facts and word ids by lower-cased form, numbered in order of first appearance.
  const wordId = new Int32Array(length);
  const distinct = vocab.numberWords(slots, ++documents, wordId);
  const docBits = new Uint8Array(distinct);
  for (let i = 0; i < length; i++) {
    if (letters[i] && cap[i] === 0) docBits[wordId[i]!]! |= 1;
    else if (cap[i] === 1 && !first[i] && !capsSentence[i]) docBits[wordId[i]!]! |= 2;
  }
  const doc = new Uint8Array(length);
  for (let i = 0; i < length; i++) doc[i] = docBits[wordId[i]!]!;
  return {
    length,
    infos,
    asWritten,
    first,
    capsSentence,
    gazetteer,
    run,
    doc,
    cap,
    wordId,
    distinct,
    active,
    switches,
  };
}

/**
 * Tokens the tagger scores: those with a capital letter, a word between two of them ("Bank of
 * England", "Newell 's Old Boys"), and lower-case name particles before a capitalised word ("de
 * Klerk", "van der Hoeven"). In CoNLL's training data these hold all but 0.7% of entity tokens.
 */
function activeTokens(lex: Lexicon, cap: Uint8Array, words: readonly string[], active: Uint8Array): void {
  const length = cap.length;
  // `active` holds the capitalised words already.
  for (let i = length - 2; i >= 0; i--) {
    if (active[i]) continue;
    if (i > 0 && active[i - 1] && cap[i + 1] !== 0) active[i] = 1;
    else if (active[i + 1] && lex.nameParticles.has(words[i]!)) active[i] = 1;
  }
}

/** Gazetteer matches starting at capitalised tokens (all of which are scored: see activeTokens). */
function markGazetteer(infos: WordInfo[], cap: Uint8Array, out: Uint8Array): void {
  const length = infos.length;
  for (let i = 0; i < length; ) {
    if (cap[i] === 0) {
      i++;
      continue;
    }
    // The trie's first step is the word's own (`named`): most words start no name, and stop here.
    let node: NameNode | null | undefined = infos[i]!.named;
    let end = -1;
    let type = 0;
    for (let j = i; node; ) {
      if (node.entry) {
        end = j;
        type = NerVocabulary.GAZ_TYPE[node.entry.type];
      }
      if (++j >= length || !node.next) break;
      node = node.next.get(infos[j]!.title);
    }
    if (end < 0) {
      i++;
      continue;
    }
    if (end === i) out[i] = type * 4;
    else {
      out[i] = type * 4 + 1;
      for (let k = i + 1; k < end; k++) out[k] = type * 4 + 2;
      out[end] = type * 4 + 3;
    }
    i = end + 1;
  }
}

const NONE = 0x9e3779b9;
const NEAR_NONE = nearFeatures(NONE, NONE);
const TYPES = NER_TAGS.types;
/** Type number of each tag: 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
export const TYPE_OF = NER_TAGS.names.map((_, t) => ['', 'PER', 'ORG', 'LOC', 'MISC'].indexOf(TYPES[t]!));

/** What stands beyond either end of the document, as a neighbour. */
const EDGE: WordInfo = {
  exact: NONE,
  lower: NONE,
  affixes: new Uint32Array(7),
  shape: NONE,
  shortShape: NONE,
  cap: 0,
  classes: 0,
  title: '',
  named: null,
  letters: false,
  slot: -1,
  near: NEAR_NONE,
  sumsIn: 0,
  sumsAt: 0,
  roles: 0,
  written: '',
  capsKey: '',
  entry: null,
  capsEntry: null,
  rules: 0,
};

/*
 * The features of a position come in groups: those of the word itself (given whether its sentence
 * is in capitals), those each neighbour gives as that neighbour, and the rest, which depend on the
 * position: pairs of neighbouring words and the word with its context (pairFeatures), and small
 * numbers alone (keyedFeatures: previous tags, places, gazetteer, document, memory). The word groups
 * are the same wherever a word stands and the keyed ones take few values: the decoder (decode.ts)
 * sums their weights once per distinct word or key. `nerFeatures` writes them all out for training.
 */

/** The word itself: bias, forms, affixes, shapes, lexicon classes (templates 1–12, 30, 40). */
export function ownFeatures(w: WordInfo, caps: number, switches: FeatureSwitches, out: Uint32Array, n: number): number {
  out[n++] = mix(1, 0);
  out[n++] = mix(2, w.exact);
  out[n++] = mix(3, w.lower);
  for (let k = 0; k < 7; k++) out[n++] = w.affixes[k]!;
  out[n++] = mix(11, w.shape);
  out[n++] = mix(12, w.shortShape);
  if (caps) out[n++] = mix(30, w.lower);
  if (switches.classes) {
    const c = w.classes;
    for (let b = 0; b < CLASS_BITS; b++) if (c & (1 << b)) out[n++] = mix(40, b * 8 + (w.cap & 3) * 2 + caps);
  }
  return n;
}

/** The word as the previous one (templates 13, 17, 41). */
export function previousFeatures(w: WordInfo, switches: FeatureSwitches, out: Uint32Array, n: number): number {
  out[n++] = w.near[0]!;
  out[n++] = w.near[4]!;
  if (switches.classes) out[n++] = mix(41, w.classes);
  return n;
}

/** The word as the next one (templates 14, 18, 42). */
export function nextFeatures(w: WordInfo, switches: FeatureSwitches, out: Uint32Array, n: number): number {
  out[n++] = w.near[1]!;
  out[n++] = w.near[5]!;
  if (switches.classes) out[n++] = mix(42, w.classes);
  return n;
}

/** The word as the one before the previous (templates 15, 43). */
export function beforePreviousFeatures(w: WordInfo, switches: FeatureSwitches, out: Uint32Array, n: number): number {
  out[n++] = w.near[2]!;
  if (switches.classes) out[n++] = mix(43, w.classes & 3);
  return n;
}

/** The word as the one after the next (template 16). */
export function afterNextFeatures(w: WordInfo, out: Uint32Array, n: number): number {
  out[n++] = w.near[3]!;
  return n;
}

/** The word at position k, or EDGE beyond the document. */
export function wordAt(f: NerFacts, k: number): WordInfo {
  return k >= 0 && k < f.length ? f.infos[k]! : EDGE;
}

/**
 * The type given most often so far to the word at k (`history` counts them per word id and type):
 * 0–4, 6 none yet, 7 beyond the document.
 */
function memoryAt(f: NerFacts, history: Int32Array, k: number): number {
  if (k < 0 || k >= f.length) return 7;
  const h = f.wordId[k]! * 5;
  let best = 6;
  let bestN = 0;
  for (let t = 0; t < 5; t++) {
    if (history[h + t]! > bestN) {
      best = t;
      bestN = history[h + t]!;
    }
  }
  return best;
}

/**
 * `mix` as a signed 32-bit integer: the same bits once written to a Uint32Array. Where V8 does not
 * inline a call (positionFeatures makes too many for all to be), an unsigned result over 2^31 would
 * come back as a heap-allocated number; an int32 stays in a register.
 */
function mixInt(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/**
 * What depends on the position and the words around it (templates 19–21, 24–26, 28): neighbouring
 * pairs, and the word with the previous tag or its place in the sentence and in a run of capitals.
 */
export function pairFeatures(f: NerFacts, i: number, prev: number, out: Uint32Array, n: number): number {
  const w = f.infos[i]!;
  const wm1 = wordAt(f, i - 1);
  const wp1 = wordAt(f, i + 1);
  const start = f.first[i]!;
  const p = start ? 0 : prev + 2;
  const ctx = f.capsSentence[i]! * 2 + start;
  out[n++] = mixInt(mixInt(mixInt(19, wm1.shortShape), w.shortShape), wp1.shortShape);
  out[n++] = mixInt(mixInt(20, wm1.lower), w.lower);
  out[n++] = mixInt(mixInt(21, w.lower), wp1.lower);
  out[n++] = mixInt(mixInt(24, p), w.lower);
  out[n++] = mixInt(mixInt(25, p), w.shortShape);
  out[n++] = mixInt(mixInt(26, ctx), w.shape);
  out[n++] = mixInt(mixInt(28, ctx * 8 + f.run[i]!), w.shortShape);
  return n;
}

/** Small numbers are below this in a keyed feature (KEY_SPAN × template + number). */
export const KEY_BITS = 10;
export const KEY_SPAN = 1 << KEY_BITS;

/**
 * What depends on the position through small numbers alone (templates 22, 23, 27, 29, 31–34,
 * 44–49): the previous tags `prev` and `prev2`, the place in the sentence and in a run of capitals,
 * gazetteer matches, document facts and the types given so far (`history`, see memoryAt). Written
 * as keys, KEY_SPAN × template + number; the feature is `mixInt(template, number)` (see
 * positionFeatures). A decoder may keep the weights of each key instead (decode.ts).
 */
export function keyedFeatures(
  f: NerFacts,
  history: Int32Array,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
  n: number,
): number {
  const { switches } = f;
  const w = f.infos[i]!;
  const wp1 = wordAt(f, i + 1);
  const start = f.first[i]!;
  const caps = f.capsSentence[i]!;
  // Tags do not carry over a sentence's start.
  const p = start ? 0 : prev + 2;
  const pp = start || (i > 0 && f.first[i - 1]) ? 0 : prev2 + 2;
  const ctx = caps * 2 + start;
  const run = f.run[i]!;
  out[n++] = 22 * KEY_SPAN + p;
  out[n++] = 23 * KEY_SPAN + p * 16 + pp;
  out[n++] = 27 * KEY_SPAN + ctx * 8 + run;
  out[n++] = 29 * KEY_SPAN + p * 8 + run;
  if (switches.gazetteers) {
    const g = f.gazetteer[i]!;
    out[n++] = 31 * KEY_SPAN + g;
    out[n++] = 32 * KEY_SPAN + g * 32 + (i > 0 ? f.gazetteer[i - 1]! : 31);
    out[n++] = 33 * KEY_SPAN + g * 32 + (i + 1 < f.length ? f.gazetteer[i + 1]! : 31);
    out[n++] = 34 * KEY_SPAN + g * 8 + p;
  }
  if (switches.document) {
    out[n++] = 44 * KEY_SPAN + f.doc[i]! * 16 + w.cap * 4 + ctx;
    out[n++] = 45 * KEY_SPAN + (i + 1 < f.length ? f.doc[i + 1]! : 7) * 4 + wp1.cap;
  }
  if (switches.history) {
    const m0 = memoryAt(f, history, i);
    out[n++] = 46 * KEY_SPAN + m0;
    out[n++] = 47 * KEY_SPAN + m0 * 64 + w.cap * 16 + ctx * 4;
    out[n++] = 48 * KEY_SPAN + memoryAt(f, history, i + 1) * 8 + m0;
    out[n++] = 49 * KEY_SPAN + m0 * 64 + p;
  }
  return n;
}

/** The feature of a key written by keyedFeatures. */
export function keyedFeature(key: number): number {
  return mixInt(key >>> KEY_BITS, key & (KEY_SPAN - 1));
}

/** Everything that depends on the position: pairFeatures, then keyedFeatures as features. */
function positionFeatures(
  f: NerFacts,
  history: Int32Array,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
  n: number,
): number {
  const from = pairFeatures(f, i, prev, out, n);
  const to = keyedFeatures(f, history, i, prev, prev2, out, from);
  for (let k = from; k < to; k++) out[k] = keyedFeature(out[k]!);
  return to;
}

/**
 * The feature function of one document, with the memory of the types given so far to each word
 * (`observe` must hear every decision, in order). Going back to an earlier position starts afresh.
 * Training reads features through it; tagging sums the same groups per word instead (decode.ts).
 */
export function nerFeatures(f: NerFacts): { featuresAt: FeatureFn; observe: (i: number, tag: number) => void } {
  const history = new Int32Array(f.distinct * 5);
  const { infos, switches } = f;
  const observe = (i: number, tag: number): void => {
    history[f.wordId[i]! * 5 + TYPE_OF[tag]!]!++;
  };
  let last = -1;
  const featuresAt: FeatureFn = (i, prev, prev2, out) => {
    // A new pass over the document (the first position may not be active): forget the last one.
    if (i <= last) history.fill(0);
    last = i;
    let n = ownFeatures(infos[i]!, f.capsSentence[i]!, switches, out, 0);
    n = previousFeatures(wordAt(f, i - 1), switches, out, n);
    n = nextFeatures(wordAt(f, i + 1), switches, out, n);
    n = beforePreviousFeatures(wordAt(f, i - 2), switches, out, n);
    n = afterNextFeatures(wordAt(f, i + 2), out, n);
    return positionFeatures(f, history, i, prev, prev2, out, n);
  };
  return { featuresAt, observe };
}
