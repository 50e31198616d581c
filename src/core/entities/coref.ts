/**
 * Links the mentions of one entity within an article and settles weak guesses with what the rest of
 * the article says: "Yellen" is the "Janet Yellen" named earlier (or later), "AP" the "Associated
 * Press", "the Journal" the "Wall Street Journal", "Hikvision" the "Hikvision Digital Technology".
 */
import type { EntityType } from '../model/analysis.ts';
import type { Evidence } from './classify.ts';
import { HYPHENATED_GIVEN_NAME } from './chunk.ts';

export interface Mention {
  start: number;
  end: number;
  /** Token indices of its first and last word. */
  first: number;
  last: number;
  /** The words' lookup keys ("Janet", "Yellen"; title-cased when the text is in capitals) joined with one space. */
  key: string;
  type: EntityType;
  evidence: Evidence;
  canonical: string;
  // Every mention carries every field, so all of them share one shape (one hidden class in V8).
  role: string | null;
  /** Set when the rest of the article decided this mention's entity. */
  linked: boolean;
  /** Named as a side in a match: every mention of that town in the article is the club. */
  team: boolean;
  /** The place a dispatch is filed from: a place whatever else the article says. */
  dateline: boolean;
  /** A weak guess kept only if the rest of the article backs it (links it). */
  fragile: boolean;
}

interface Referent {
  type: EntityType;
  canonical: string;
}

const OUTLET_SHORT_HEADS = new Set([
  'Journal',
  'Times',
  'Post',
  'Herald',
  'Tribune',
  'Telegraph',
  'Gazette',
  'Chronicle',
]);
const INITIAL_SKIP = new Set(['of', 'and', 'for', 'the', '&', 'de', 'la', 'du']);

function acronym(words: string[]): string {
  let out = '';
  for (const w of words) {
    if (INITIAL_SKIP.has(w.toLowerCase())) continue;
    // The first character of each part between hyphens, read in place rather than split apart.
    for (let i = 0; i < w.length; i++) if (w[i] !== '-' && (i === 0 || w[i - 1] === '-')) out += w[i]!.toUpperCase();
  }
  return out;
}

/** The lookup keys of a mention's words, in a fresh array. */
export type WordsOf = (m: Mention) => string[];

/**
 * Resolves types and canonical names in place. Linear in the number of mentions. Mentions do not
 * keep their words (an array per mention that lives to the end costs more in V8's garbage collector
 * than cutting the words again): `wordsOf` gives them for the names of two words or more.
 */
export function linkMentions(mentions: Mention[], wordsOf: WordsOf): void {
  const evidence = new ArticleEvidence(mentions, wordsOf);
  for (let k = 0; k < mentions.length; k++) evidence.settle(mentions[k] as Mention);
}

/**
 * Pass 1: what the confident mentions tell us, keyed by the short forms readers will meet later.
 *
 * The loops over the mentions run once per article, much of the time before V8 optimises them: the
 * work per mention is in methods (called once per mention, they are compiled early), and the loops
 * are indexed (unoptimised, for-of allocates an iterator result per step).
 */
class ArticleEvidence {
  private readonly surnames = new Map<string, Referent>();
  private readonly givenFirst = new Map<string, Referent>();
  private readonly exact = new Map<string, Referent>();
  private readonly shortForms = new Map<string, Referent>();
  /** Types the confident mentions of a name give it. Read only for the names of weak guesses: counted for those alone. */
  private readonly votes = new Map<string, Map<EntityType, number>>();
  /** Names whose acronym, outlet head and leading parts are registered already: first come, first kept, so a repeat adds nothing. */
  private readonly registered = { organization: new Set<string>(), outlet: new Set<string>() };
  /** Clubs named after their town: once a town is a side in a match, it is the club throughout. */
  private readonly teams = new Map<string, Referent>();

  constructor(
    mentions: Mention[],
    private readonly wordsOf: WordsOf,
  ) {
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.evidence === 'weak' && !this.votes.has(m.key)) this.votes.set(m.key, new Map());
    }
    for (let k = 0; k < mentions.length; k++) this.learn(mentions[k] as Mention);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.team) this.teams.set(m.canonical, { type: m.type, canonical: m.canonical });
    }
  }

  private learn(m: Mention): void {
    const full = m.key;
    if (m.evidence !== 'weak' && !this.exact.has(full)) this.exact.set(full, { type: m.type, canonical: m.canonical });
    if (m.evidence !== 'weak') {
      const v = this.votes.get(full);
      if (v) v.set(m.type, (v.get(m.type) ?? 0) + 1);
    }
    if (m.first === m.last) return;
    const ref = { type: m.type, canonical: m.canonical };
    if (m.type === 'person') {
      const words = this.wordsOf(m);
      const last = words[words.length - 1] as string;
      const prev = this.surnames.get(last);
      if (!prev || prev.canonical.length < m.canonical.length) this.surnames.set(last, ref);
      if (!this.givenFirst.has(words[0] as string)) this.givenFirst.set(words[0] as string, ref);
      // "Cha Bum-kun", "Lee Jae-myung": the family name comes first and is the short form.
      if (words.length === 2 && HYPHENATED_GIVEN_NAME.test(last) && !this.surnames.has(words[0] as string))
        this.surnames.set(words[0] as string, ref);
    } else if (m.type === 'organization' || m.type === 'outlet') {
      const words = this.wordsOf(m);
      const shortForms = this.shortForms;
      const done = this.registered[m.type];
      if (!done.has(full)) {
        done.add(full);
        const acr = acronym(words);
        if (acr.length >= 2 && !shortForms.has(acr)) shortForms.set(acr, ref);
        if (m.type === 'outlet') {
          const head = words[words.length - 1] as string;
          if (OUTLET_SHORT_HEADS.has(head) && !shortForms.has(head)) shortForms.set(head, ref);
        }
        // "Wuhan Tongsheng" for "Wuhan Tongsheng Technology": any shorter leading part of two words or more.
        for (let k = words.length - 1; k >= 2; k--) {
          const prefix = words.slice(0, k).join(' ');
          if (!shortForms.has(prefix)) shortForms.set(prefix, ref);
        }
      }
      // A later mention replaces this one's entry, so it is written for every mention.
      const lead = words[0] as string;
      if (!shortForms.has(lead) && m.evidence !== 'weak' && /\p{Ll}/u.test(lead.slice(1)))
        shortForms.set(`~${lead}`, ref);
    }
  }

  /** Pass 2: settles one mention's type and canonical name. */
  settle(m: Mention): void {
    const team = m.type === 'place' && !m.dateline ? this.teams.get(m.canonical) : undefined;
    if (team) {
      m.type = team.type;
      m.linked = true;
      return;
    }
    const full = m.key;
    if (m.first === m.last) {
      const word = full;
      const person = this.surnames.get(word) ?? (m.evidence === 'weak' ? this.givenFirst.get(word) : undefined);
      // A surname beats a gazetteer guess ("Jordan" after "Michael Jordan"), never a place named in full.
      if (person && (m.evidence !== 'known' || m.type !== 'place' || this.surnames.has(word))) {
        m.type = 'person';
        m.canonical = person.canonical;
        m.linked = true;
        return;
      }
    } else if (m.evidence === 'weak') {
      // "Bin Laden" after "Osama bin Laden": a shorter form ending in a known surname.
      const words = this.wordsOf(m);
      const person = this.surnames.get(words[words.length - 1] as string);
      if (person && person.canonical.endsWith(full.slice(full.lastIndexOf(' ') + 1))) {
        m.type = 'person';
        m.canonical = person.canonical;
        m.linked = true;
        return;
      }
    }
    if (m.evidence === 'known' && m.type !== 'organization') return;
    const short = this.shortForms.get(full) ?? (m.evidence === 'weak' ? this.shortForms.get(`~${full}`) : undefined);
    if (short && (m.evidence !== 'known' || short.type === m.type)) {
      if (m.evidence !== 'known') m.type = short.type;
      m.canonical = short.canonical;
      m.linked = true;
      return;
    }
    if (m.evidence === 'weak') {
      const v = this.votes.get(full);
      if (v) {
        let best: EntityType | null = null;
        let bestN = 0;
        for (const [t, n] of v) {
          if (n > bestN) {
            best = t;
            bestN = n;
          }
        }
        if (best) m.type = best;
      }
      const seen = this.exact.get(full);
      if (seen && seen.type === m.type) {
        m.canonical = seen.canonical;
        m.linked = true;
      }
    }
  }
}
