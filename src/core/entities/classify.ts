/**
 * Types a candidate name the gazetteers do not know, from its own words (heads like "Technology",
 * "River"; a given name first), its surroundings ("in ___", "___-based", a title before it, a
 * sports results line) and the shape of the word (Slavic surname endings, "-stan").
 */
import type { EntityType } from '../model/analysis.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Candidate, Chunker } from './chunk.ts';
import type { TokenContext } from './context.ts';
import type { Token } from './tokens.ts';

/** How sure the typing is: later, document-wide evidence may overrule a weak guess. */
export type Evidence = 'known' | 'strong' | 'weak';

export interface Typed {
  type: EntityType;
  evidence: Evidence;
}

const CORP_SUFFIXES = new Set('inc|inc.|corp|corp.|ltd|ltd.|llc|plc|gmbh|ag|co.|s.a.|nv|n.v.|bv|spa|s.p.a.|sa|lp|llp|ab|asa|oyj|se|pjsc|ojsc'.split('|'));
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
const DATE = /^\d{4}-\d\d-\d\d$|^\d{1,2}-\d\d-\d{2,4}$/;

export class Classifier {
  constructor(
    private readonly lex: Lexicon,
    private readonly tokens: Token[],
    private readonly ctx: TokenContext,
    private readonly chunker: Chunker,
  ) {
    for (const t of tokens) if (t.suffix === 'based' || t.suffix === 'born' || t.suffix === 'headquartered') this.basedIn.add(t.text);
  }

  /** Names the article uses as "___-based", "___-born": places. */
  private readonly basedIn = new Set<string>();

  classify(c: Candidate): Typed {
    if (c.known) {
      // A club named after its city in a results line is the club (CoNLL-style); countries stay places.
      if (c.known.type === 'place' && this.isTeamSlot(c)) return { type: 'organization', evidence: 'strong' };
      return { type: c.known.type, evidence: 'known' };
    }
    const { lex, chunker } = this;
    const n = c.last - c.first + 1;
    const head = chunker.lower(c.last);
    const firstKey = chunker.key(c.first);

    if (c.role) return { type: 'person', evidence: 'strong' };
    if (c.personHint) return { type: 'person', evidence: 'strong' };
    if (n === 1 && lex.famous.has(firstKey)) return { type: 'person', evidence: 'strong' };

    let hasCorp = false;
    let ofHead = '';
    let initials = false;
    let acronym = false;
    let commonWords = 0;
    for (let i = c.first; i <= c.last; i++) {
      const t = this.tokens[i] as Token;
      const lower = chunker.lower(i);
      if (CORP_SUFFIXES.has(lower) && i > c.first) hasCorp = true;
      if (lower === 'of' && i > c.first && !ofHead) ofHead = chunker.lower(i - 1);
      if (/^\p{Lu}\.$/u.test(t.text) && i > c.first) initials = true;
      if (t.upper && t.text.length >= 2 && !t.text.includes('.') && this.ctx.mode[i] !== 'caps') acronym = true;
      if (lex.common.has(lower)) commonWords++;
    }
    if (hasCorp) return { type: 'organization', evidence: 'strong' };
    if (this.isTeamSlot(c) && !(n >= 2 && lex.firstNames.has(firstKey))) return { type: 'organization', evidence: 'strong' };
    if (ofHead) {
      if (PLACE_OF_HEADS.has(ofHead)) return { type: 'place', evidence: 'strong' };
      if (lex.ofHeads.has(ofHead) || lex.orgHeads.has(ofHead)) return { type: this.orgOrOutlet(ofHead, n), evidence: 'strong' };
    }
    if (lex.orgHeads.has(head) && (n >= 2 || !lex.common.has(head))) {
      return { type: this.orgOrOutlet(head, n), evidence: n >= 2 ? 'strong' : 'weak' };
    }
    if (n >= 2 && lex.placeHeads.has(head)) return { type: 'place', evidence: 'strong' };
    if (n >= 2 && STRICT_PLACE_PREFIXES.has(chunker.lower(c.first))) return { type: 'place', evidence: 'strong' };
    if (n >= 2 && (lex.firstNames.has(firstKey) || initials) && !acronym) return { type: 'person', evidence: 'strong' };
    if (this.isTeamSlot(c)) return { type: 'organization', evidence: 'strong' };
    if (this.isDateline(c)) return { type: 'place', evidence: 'strong' };

    // What the words around the name say it is.
    const next = this.tokens[c.last + 1];
    const nextWord = next && !next.cap && /^\s+$/.test(next.gap) ? next.text.toLowerCase() : '';
    if (lex.placeNouns.has(nextWord)) return { type: 'place', evidence: 'strong' };
    if (lex.orgNouns.has(nextWord)) return { type: 'organization', evidence: 'strong' };
    const prev = this.tokens[c.first - 1];
    const prevWord = prev && !prev.cap && /^\s+$/.test(this.tokens[c.first]?.gap ?? '') ? prev.text.toLowerCase() : '';
    const prev2 = this.tokens[c.first - 2];
    if (prevWord === 'of' && prev2 && lex.placeOfNouns.has(prev2.text.toLowerCase())) return { type: 'place', evidence: 'strong' };
    if (acronym) return { type: 'organization', evidence: n >= 2 ? 'strong' : 'weak' };
    if (n === 1 && this.basedIn.has(firstKey)) return { type: 'place', evidence: 'strong' };
    const speaks = (nextWord !== '' && SPEECH.has(nextWord)) || (prevWord !== '' && SPEECH.has(prevWord));

    const word = chunker.key(c.last);
    if (n <= 2 && LOCATIVE.has(prevWord) && !lex.firstNames.has(firstKey) && !speaks) return { type: 'place', evidence: 'weak' };
    if (n === 1) {
      if (word.length >= 5 && lex.personSuffixes.some((s) => word.endsWith(s))) return { type: 'person', evidence: 'weak' };
      if (word.length >= 6 && lex.placeSuffixes.some((s) => word.endsWith(s))) return { type: 'place', evidence: 'weak' };
      return { type: 'organization', evidence: 'weak' };
    }
    // Two to four unknown name-like words with no organisation head are most often a person.
    if (commonWords === 0 && n <= 4) return { type: 'person', evidence: speaks ? 'strong' : 'weak' };
    return { type: 'organization', evidence: 'weak' };
  }

  private orgOrOutlet(head: string, n: number): EntityType {
    return n >= 2 && this.lex.outletHeads.has(head) ? 'outlet' : 'organization';
  }

  /** A name right before a score in a results or standings line. */
  private isTeamSlot(c: Candidate): boolean {
    const s = this.ctx.sentence[c.first] ?? -1;
    if (s < 0 || !this.ctx.tabular[s]) return false;
    if (c.known && c.known.canonical && this.isCountry(c)) return false;
    const next = this.tokens[c.last + 1];
    return !!next && next.num && /^\s+$/.test(next.gap) && /^\d{1,3}$/.test(next.text);
  }

  private isCountry(c: Candidate): boolean {
    return !!c.known && c.known.type === 'place' && this.lex.countries.has(c.known.canonical);
  }

  /** "AL-AIN , United Arab Emirates 1996-12-06" or "MOSCOW (Reuters) -": the first words of a dispatch. */
  private isDateline(c: Candidate): boolean {
    if (!this.ctx.initial[c.first]) return false;
    const t = this.tokens[c.first] as Token;
    if (!t.upper) return false;
    const next = this.tokens[c.last + 1];
    if (!next) return false;
    return DATE.test(next.text) || /^\s*[,(]/.test(next.gap) || /^\s*[-\u2013\u2014]/.test(next.gap);
  }
}
