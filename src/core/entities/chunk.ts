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
}

/** Title-cases an ALL-CAPS word so it can be looked up ("MOSCOW" → "Moscow", "AL-AIN" → "Al-Ain"). */
export function titleCase(word: string): string {
  if (word.includes('.')) return word;
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

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

  /** Whether token j may continue a name begun before it: same line, separated by a space (or "&"). */
  joinable(j: number): boolean {
    const gap = (this.tokens[j] as Token).gap;
    return gap === ' ' || gap === ' & ' || gap === '&' || /^[ \t\u00a0]+$/.test(gap);
  }

  isCommon(i: number): boolean {
    const t = this.tokens[i] as Token;
    const lower = t.text.toLowerCase();
    if (this.lex.calendar.has(lower)) return true;
    for (const form of baseForms(lower)) if (this.lex.common.has(form) || this.ctx.seenLower.has(form)) return true;
    // Sentence-initial adverbs and participles ("Separately", "Speaking") are rarely names.
    return /(?:ly|ing|ed)$/.test(lower) && lower.length > 5 && !this.ctx.seenCapMid.has(t.text);
  }

  /** A token that can be part of a name in its position. */
  nameLike(i: number): boolean {
    const t = this.tokens[i] as Token;
    if (!t.cap || t.num) return false;
    const lower = t.text.toLowerCase();
    // "Chinese-produced", "Russian-speaking": a modifier, not a name.
    const hyphen = t.text.lastIndexOf('-');
    if (hyphen > 0 && /^\p{Ll}/u.test(t.text.slice(hyphen + 1))) return false;
    if (this.lex.calendar.has(lower.replace(/\.$/, ''))) {
      // "Theresa May": a month name right after a given name is a surname.
      const prev = this.tokens[i - 1];
      return !!prev && this.joinable(i) && this.lex.firstNames.has(this.key(i - 1));
    }
    return true;
  }

  /** In headlines and at sentence starts, capitals say nothing: common words there are not names. */
  capitalsUninformative(i: number): boolean {
    return this.ctx.mode[i] !== 'prose' || this.ctx.initial[i] === 1;
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
        if (this.nameLike(j) && !(this.ctx.initial[j] === 1)) {
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
    while (i <= b) {
      const t = this.tokens[i] as Token;
      // "The" opens outlets ("The Guardian") and a few places ("The Hague"); otherwise it is dropped.
      if (t.text === 'The' || t.text === 'THE') {
        flush(i - 1);
        const next = i + 1 <= b ? this.key(i + 1) : '';
        const outlet = this.lex.outletsAfterThe.get(next);
        const hit = this.lookup(i, b);
        if (hit && hit[1] > 1) {
          out.push({ first: i, last: i + hit[1] - 1, known: hit[0], role: pendingRole });
          pendingRole = null;
          i += hit[1];
        } else if (outlet && (i + 2 > b || !this.nameLike(i + 2))) {
          out.push({ first: i + 1, last: i + 1, known: outlet, role: null });
          i += 2;
        } else i++;
        continue;
      }
      const hit = this.lookup(i, b);
      if (hit && hit[1] > 1) {
        flush(i - 1);
        out.push({ first: i, last: i + hit[1] - 1, known: hit[0], role: pendingRole });
        pendingRole = null;
        i += hit[1];
        continue;
      }
      const roleEnd = this.roleAt(i, b);
      if (roleEnd >= 0) {
        flush(i - 1);
        pendingRole = { start: t.start, end: (this.tokens[roleEnd] as Token).end };
        i = roleEnd + 1;
        unknownStart = -1;
        continue;
      }
      if (this.isConnector(i)) {
        // A connector kept inside a run joins the names on both sides; decided in splitUnknown.
        if (unknownStart < 0) {
          i++;
          continue;
        }
        i++;
        continue;
      }
      if (hit && unknownStart < 0 && !this.continuesAsName(i, b)) {
        if (!(this.capitalsUninformative(i) && this.ctx.mode[i] !== 'prose' && this.isCommon(i) && hit[0].type !== 'place')) {
          out.push({ first: i, last: i, known: hit[0], role: null });
        }
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
      if (hit && unknownStart >= 0 && hit[0].type === 'place' && this.ctx.mode[i] !== 'prose') {
        flush(i - 1);
        out.push({ first: i, last: i, known: hit[0], role: null });
        i++;
        continue;
      }
      if (unknownStart < 0) unknownStart = i;
      i++;
    }
    flush(b);
  }

  /** A known one-word name followed by more of the same name ("Wuhan Tongsheng Technology"). */
  private continuesAsName(i: number, b: number): boolean {
    if (i + 1 > b || this.isConnector(i + 1) || this.roleStarts(i + 1)) return false;
    const hit = this.lookup(i, i)?.[0];
    if (!hit) return false;
    // A place followed by unknown words that end in an organisation head: one organisation.
    let j = i + 1;
    while (j <= b && !this.isConnector(j) && !this.roleStarts(j)) j++;
    const headLower = this.lower(j - 1);
    if (j - 1 > i && this.lex.orgHeads.has(headLower)) return true;
    // In prose a known first word followed by an unknown capitalised word is one name.
    return hit.type !== 'place' && hit.type !== 'outlet' && this.ctx.mode[i] === 'prose' && !this.lookup(i + 1, b);
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
    // The role runs to its last title or qualifier; what follows must look like a person's name.
    const end = j - 1;
    let k = j;
    while (k <= b && !this.isConnector(k)) k++;
    const tail = this.lower(k - 1);
    if (this.lex.orgHeads.has(tail) || this.lex.placeHeads.has(tail) || this.lex.miscHeads.has(tail)) return -1;
    const hit = this.lookup(j, b);
    if (hit && hit[0].type !== 'person' && hit[1] === k - j) {
      // "Prime Minister of Britain" is not a name; a known org or place after a title stays itself.
      return -1;
    }
    return end;
  }

  /** Splits an unknown stretch at connectors that do not join, drops nationality words and events. */
  private splitUnknown(a: number, b: number, role: Candidate['role'], out: Candidate[]): void {
    // Trim connectors at the edges.
    while (a <= b && this.isConnector(a)) a++;
    while (b >= a && this.isConnector(b)) b--;
    if (a > b) return;
    let start = a;
    for (let i = a + 1; i <= b; i++) {
      if (!this.isConnector(i)) continue;
      const word = this.lower(i);
      let c = i;
      while (c + 1 <= b && this.isConnector(c + 1)) c++;
      if (!this.connectorJoins(word, start, i - 1, c + 1, b)) {
        this.emitUnknown(start, i - 1, role, out);
        role = null;
        start = c + 1;
      }
      i = c;
    }
    this.emitUnknown(start, b, role, out);
  }

  private connectorJoins(word: string, leftStart: number, leftEnd: number, rightStart: number, b: number): boolean {
    const leftHead = this.lower(leftEnd);
    if (this.lex.nameParticles.has(word) && word !== 'the') return true;
    if (word === 'of') return this.lex.ofHeads.has(leftHead) || this.lex.orgHeads.has(leftHead);
    if (word === 'for') return this.lex.orgHeads.has(leftHead) || this.lex.ofHeads.has(leftHead);
    if (word === 'and' || word === '&') {
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
    // A qualifier left without its title ("Foreign Ministry" keeps "Foreign"; a lone "Deputy" goes).
    if (a > b) return;
    const tail = this.lower(b);
    if (this.lex.miscHeads.has(tail) && !this.lex.orgHeads.has(tail)) return;
    if (a === b && this.lex.notNames.has(this.lower(a))) return;
    let allTitles = true;
    for (let i = a; i <= b && allTitles; i++) allTitles = this.roleStarts(i) || this.isConnector(i);
    if (allTitles) return;
    out.push({ first: a, last: b, known: null, role });
  }
}
