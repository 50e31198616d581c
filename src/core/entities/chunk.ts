/**
 * Cuts runs of capitalised words into candidate names: known names from the gazetteers (longest
 * match first), titles split off as roles ("Treasury Secretary | Janet Yellen"), lists split at
 * "and" when both sides are complete names, nationality words and events dropped.
 */
import type { Lexicon, GazetteerEntry } from '../lexicon/index.ts';
import type { TokenContext } from './context.ts';
import { baseForms, type Token } from './tokens.ts';

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
}

/** Title-cases an ALL-CAPS word so it can be looked up ("MOSCOW" → "Moscow", "AL-AIN" → "Al-Ain"). */
export function titleCase(word: string): string {
  if (word.includes('.')) return word;
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const PRODUCT_PART = /^(?:\p{Lu}{1,3}|\p{Lu}?\d+\p{L}*)$/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|abu|bani)-\p{Lu}/u;

export class Chunker {
  constructor(
    private readonly lex: Lexicon,
    private readonly tokens: Token[],
    private readonly ctx: TokenContext,
  ) {}

  /** The text a token is looked up by: exact, or title-cased inside ALL-CAPS lines. */
  key(i: number): string {
    const t = this.tokens[i] as Token;
    return this.ctx.mode[i] === 'caps' && t.upper && t.text.length > 1 ? titleCase(t.text) : t.text;
  }

  lower(i: number): string {
    return (this.tokens[i] as Token).text.toLowerCase();
  }

  private tabular(i: number): boolean {
    return this.ctx.tabular[this.ctx.sentence[i] ?? 0] === 1;
  }

  /** Longest gazetteer name starting at token i and ending by token `limit`, as [entry, length]. */
  lookup(i: number, limit: number): [GazetteerEntry, number] | null {
    const { names, maxNameTokens } = this.lex;
    let key = '';
    let exactKey = '';
    let best: [GazetteerEntry, number] | null = null;
    for (let j = i; j <= limit && j - i < maxNameTokens; j++) {
      if (j > i && !this.joinable(j)) break;
      const sep = j > i ? ' ' : '';
      key += sep + this.key(j);
      exactKey += sep + (this.tokens[j] as Token).text;
      const hit = names.get(key) ?? (exactKey !== key ? names.get(exactKey) : undefined);
      if (hit) best = [hit, j - i + 1];
    }
    return best;
  }

  /** Whether token j may continue a name begun before it: same sentence, separated by spaces (or "&"). */
  joinable(j: number): boolean {
    const t = this.tokens[j] as Token;
    const gap = t.gap;
    if (gap === ' ' || gap === ' & ' || gap === '&' || /^[ \t\u00a0]+$/.test(gap)) return true;
    // A hard-wrapped line inside one sentence ("International Criminal\nCourt").
    return /^[ \t]*\n[ \t]*$/.test(gap) && !t.upper && this.ctx.sentence[j] === this.ctx.sentence[j - 1] && this.ctx.initial[j] === 0;
  }

  isCommon(i: number): boolean {
    const lower = this.lower(i);
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
    const seen = this.ctx.seenLower;
    return (
      seen.has(stem) ||
      seen.has(`${stem}s`) ||
      seen.has(`${stem}es`) ||
      seen.has(`${stem}ed`) ||
      seen.has(`${stem}d`) ||
      seen.has(`${stem}ing`) ||
      (stem.endsWith('e') && seen.has(`${stem.slice(0, -1)}ing`))
    );
  }

  /** A token that can be part of a name in its position. */
  nameLike(i: number): boolean {
    const t = this.tokens[i] as Token;
    if (!t.cap || t.num || t.suffix) return false;
    const hyphen = t.text.indexOf('-');
    if (hyphen > 0 && this.ctx.mode[i] !== 'caps' && !PARTICLE_NAME.test(t.text)) {
      const parts = t.text.split('-');
      // "Chinese-produced", "U.S.-Israeli", "Soyuz-FG", "MS-04": modifiers and models, not names.
      if (parts.some((p) => /^\p{Ll}/u.test(p) || this.lex.demonyms.has(p))) return false;
      const tail = parts[parts.length - 1] as string;
      if (/\d/.test(tail) || (PRODUCT_PART.test(tail) && !/^\p{Lu}+$/u.test(parts[0] as string))) return false;
    }
    if (hyphen > 0 && this.ctx.mode[i] === 'caps' && t.text.split('-').some((p) => this.lex.demonyms.has(titleCase(p)))) return false;
    const lower = t.text.toLowerCase();
    if (this.lex.calendar.has(lower.replace(/\.$/, ''))) {
      // "Theresa May", "Sheffield Wednesday": a calendar word right after a name is part of it.
      const prev = this.tokens[i - 1];
      if (!prev || !prev.cap || !this.joinable(i)) return false;
      return this.lex.firstNames.has(this.key(i - 1)) || (this.tabular(i) && !!this.lookup(i - 1, i - 1));
    }
    return true;
  }

  /** In headlines and at sentence starts, capitals say nothing: common words there are not names. */
  capitalsUninformative(i: number): boolean {
    if (this.ctx.mode[i] !== 'prose') return true;
    // In a results table every line starts with a club's name.
    return this.ctx.initial[i] === 1 && !this.tabular(i);
  }

  isConnector(i: number): boolean {
    const t = this.tokens[i] as Token;
    if (t.cap && this.ctx.mode[i] !== 'caps') return false;
    return this.lex.connectors.has(t.text.toLowerCase());
  }

  /** All candidates in the document, in order. */
  candidates(): Candidate[] {
    const out: Candidate[] = [];
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
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
    return out;
  }

  private splitRun(a: number, b: number, out: Candidate[]): void {
    let i = a;
    let pendingRole: Candidate['role'] = null;
    let unknownStart = -1;
    const flush = (upTo: number) => {
      if (unknownStart >= 0 && upTo >= unknownStart) this.splitUnknown(unknownStart, upTo, pendingRole, out);
      if (unknownStart >= 0) pendingRole = null;
      unknownStart = -1;
    };
    const emitKnown = (first: number, last: number, known: GazetteerEntry, role: Candidate['role']) => {
      out.push({ first, last, known, role: known.type === 'person' ? role : null, personHint: false, fragile: false });
    };
    while (i <= b) {
      const t = this.tokens[i] as Token;
      // "The" opens outlets ("The Guardian") and a few places ("The Hague"); otherwise it is dropped.
      if (t.text === 'The' || t.text === 'THE') {
        flush(i - 1);
        const hit = this.lookup(i, b);
        const outlet = i + 1 <= b ? this.lex.outletsAfterThe.get(this.key(i + 1)) : undefined;
        if (hit && hit[1] > 1) {
          emitKnown(i, i + hit[1] - 1, hit[0], pendingRole);
          i += hit[1];
        } else if (outlet && (i + 2 > b || !this.nameLike(i + 2))) {
          emitKnown(i + 1, i + 1, outlet, null);
          i += 2;
        } else i++;
        pendingRole = null;
        continue;
      }
      if (this.isConnector(i)) {
        i++;
        continue;
      }
      const hit = this.lookup(i, b);
      if (hit && unknownStart < 0 && this.continuesAsName(i, b, hit)) {
        unknownStart = i;
        i += hit[1];
        continue;
      }
      if (hit && hit[1] > 1) {
        flush(i - 1);
        emitKnown(i, i + hit[1] - 1, hit[0], pendingRole);
        pendingRole = null;
        i += hit[1];
        continue;
      }
      const roleEnd = this.roleAt(i, b);
      if (roleEnd >= 0) {
        flush(i - 1);
        pendingRole = { start: t.start, end: (this.tokens[roleEnd] as Token).end };
        i = roleEnd + 1;
        continue;
      }
      if (hit && (unknownStart < 0 || this.ctx.mode[i] !== 'prose')) {
        flush(i - 1);
        const headlineWord = this.capitalsUninformative(i) && this.ctx.mode[i] !== 'prose' && this.isCommon(i);
        if (!headlineWord || hit[0].type === 'place') emitKnown(i, i, hit[0], pendingRole);
        pendingRole = null;
        i++;
        continue;
      }
      if (this.capitalsUninformative(i) && this.isCommon(i) && !this.keepsCommon(i, b)) {
        flush(i - 1);
        pendingRole = null;
        i++;
        continue;
      }
      // In headlines an unknown word counts only if the article also capitalises it in prose.
      if (this.ctx.mode[i] !== 'prose' && !this.backedByProse(i) && !(this.lex.firstNames.has(this.key(i)) && i < b)) {
        flush(i - 1);
        pendingRole = null;
        i++;
        continue;
      }
      if (unknownStart < 0) unknownStart = i;
      i++;
    }
    flush(b);
  }

  private backedByProse(i: number): boolean {
    const k = this.key(i);
    return this.ctx.seenCapMid.has(k) || this.lex.famous.has(k);
  }

  /**
   * A known name that is only the start of a longer one: "Wuhan Tongsheng Technology", "New York
   * Mercantile Exchange", "Douglas Hogg", "U.N. General Assembly", a club like "Nottingham Forest".
   */
  private continuesAsName(i: number, b: number, hit: [GazetteerEntry, number]): boolean {
    const after = i + hit[1];
    if (after > b || this.ctx.mode[i] !== 'prose') return false;
    const nextHit = this.isConnector(after) ? null : this.lookup(after, b);
    // "U.N. General Assembly"
    if (hit[0].type === 'organization' && (this.tokens[i] as Token).upper && nextHit && nextHit[0].type === 'organization' && nextHit[1] > 1) {
      return true;
    }
    // "Rio Grande do Sul"
    if (hit[0].type === 'place' && this.isConnector(after) && this.lex.nameParticles.has(this.lower(after)) && after + 1 <= b) return true;
    if (this.isConnector(after) || this.roleStarts(after)) return false;
    if (this.tabular(i) && !nextHit) return true;
    // Up to the next connector or title: does the stretch end in an organisation head?
    let j = after;
    while (j <= b && !this.isConnector(j) && !this.isTitle(j)) j++;
    if (j - 1 >= after && this.lex.orgHeads.has(this.lower(j - 1)) && !(nextHit && after + nextHit[1] - 1 === j - 1)) return true;
    if (hit[1] > 1) return false;
    // A given name that is also a town ("Douglas Hogg"), or a known org/outlet followed by more name.
    if (this.lex.firstNames.has(this.key(i)) && !nextHit && !this.isCommon(after)) return true;
    return hit[0].type !== 'place' && hit[0].type !== 'outlet' && hit[0].type !== 'person' && !nextHit && !this.isCommon(after);
  }

  /** A common word at a sentence start that still begins a name ("Global Times", "Bill Gates"). */
  private keepsCommon(i: number, b: number): boolean {
    if (i + 1 > b || this.isConnector(i + 1)) return false;
    if (this.lex.firstNames.has(this.key(i)) && (this.ctx.mode[i] === 'prose' || !this.isCommon(i + 1))) return true;
    if (this.ctx.mode[i] !== 'prose') return false;
    // "Global Sensor Technology said": the run ends in an organisation head.
    let j = i + 1;
    while (j <= b && !this.isConnector(j)) j++;
    return j - 1 > i && this.lex.orgHeads.has(this.lower(j - 1));
  }

  private isTitle(i: number): boolean {
    return this.lex.titles.has(this.lower(i));
  }

  private isQualifier(i: number): boolean {
    return this.lex.titleQualifiers.has(this.lower(i));
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
  private splitUnknown(a: number, b: number, role: Candidate['role'], out: Candidate[]): void {
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

  private connectorJoins(word: string, leftStart: number, leftEnd: number, rightStart: number, b: number, inOf: boolean): boolean {
    const leftHead = this.lower(leftEnd);
    if (this.lex.nameParticles.has(word) && word !== 'the') return true;
    const headed = this.lex.ofHeads.has(leftHead) || this.lex.orgHeads.has(leftHead);
    if (word === 'of' || word === 'for' || word === 'on') return headed;
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

  private emitUnknown(a: number, b: number, role: Candidate['role'], out: Candidate[]): void {
    if (a > b) return;
    // Nationality words ("Chinese", "Russian") are not entities; in front of a name they are dropped
    // ("Russian Foreign Ministry" → "Foreign Ministry"), unless the whole is one organisation head
    // ("British Airways").
    while (a <= b && this.lex.demonyms.has(this.key(a))) {
      if (a + 1 === b && this.lex.orgHeads.has(this.lower(b)) && !this.isQualifier(b)) break;
      a++;
    }
    if (a > b) return;
    let personHint = false;
    // "the Biden Administration": the person, not an organisation.
    if (b > a && this.lex.personGroupHeads.has(this.lower(b)) && !role) {
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
      ((a === b && this.capitalsUninformative(a) && !this.ctx.seenCapMid.has(this.key(a))) ||
        (allCommon && !this.lex.orgHeads.has(tail)));
    out.push({ first: a, last: b, known: null, role, personHint, fragile });
  }
}
