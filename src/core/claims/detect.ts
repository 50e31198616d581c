/**
 * The anonymous-source claim detector: cues (cues.ts) are grouped into claims, one per sentence
 * or, when a sentence carries separate cues for separate claims, one per clause. A source met
 * earlier ("officials told the AP, speaking on condition of anonymity") is followed into later
 * sentences that rest on it ("Those officials …", "They said …").
 */
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { ALL_FAMILIES, findCues, type Cue, type Family } from './cues.ts';
import type { Entity } from '../model/analysis.ts';
import { analyseAttributions, type JudgedAttribution } from '../attribution/analyse.ts';
import { attributionCues, closedByNamed, openedByNamed } from '../attribution/claim-cues.ts';
import { INFORMATION_CUES, STANCE_CUES } from '../attribution/words.ts';
import { KINDRED } from './lexicon.ts';
import { recognizeEntities } from '../entities/recognize.ts';
import { anaphoraCue, type Antecedent } from './anaphora.ts';
import { ATTRIBUTION } from './clauses.ts';

/** How far back "those officials" or "the person" may reach for the source it means. */
const FOLLOW_SENTENCES = 8;
/** How far back "the emails show" may reach for the emails an unnamed source gave. */
const FOLLOW_DOCUMENT = 15;
/** Kinds whose cue names a source that later sentences can lean on. */
const SOURCE_KINDS = new Set<ClaimKind>(['unnamed-official', 'unnamed-source', 'familiar-with']);

const RANK = new Map<ClaimKind, number>(CLAIM_KINDS.map((k, i) => [k, i]));
/** A sentence about the source just cited: "They spoke …", "The officials requested …". */
const REFERS_BACK =
  /^(?:they|he|she|both|all|the (?:\w+ )?(?:officials?|sources?|people|person|employees?|diplomats?|aides?))\b/i;

export interface DetectOptions {
  /** The article's entities, when already recognised (else they are recognised here). */
  entities?: Entity[];
  /** Rule families to run beside the attribution model (default: RULE_FAMILIES). */
  families?: ReadonlySet<Family>;
  /** Whether the attribution model's cues are used (default true). */
  model?: boolean;
  /** The article's attributions, when already found (else they are found here). */
  attributions?: JudgedAttribution[];
}

/** A document's source span that names who made it: "data from the European Cocoa Association". */
const NAMED_PAPERS =
  /\b(?:data|figures|statistics|report|reports|survey|study|records|documents?|filings?|analysis)\s+(?:from|by|of|published by|released by)\s+(?:the\s+)?\p{Lu}/iu;

/** A people cue whose verb is of knowing or judging ("officials feared"), not of saying. */
function isView(text: string, cue: Cue): boolean {
  if (!SOURCE_KINDS.has(cue.kind)) return false;
  const last = /(\p{L}+)\W*$/u.exec(text.slice(cue.start, cue.end))?.[1]?.toLowerCase() ?? '';
  return INFORMATION_CUES.has(last) || STANCE_CUES.has(last);
}

/** The rule layers kept beside the attribution model (each one's figure is in its file's header). */
export const RULE_FAMILIES: ReadonlySet<Family> = ALL_FAMILIES;

export function detectClaims(text: string, sentences: Sentence[], options: DetectOptions = {}): Claim[] {
  const model = options.model ?? true;
  const entities =
    options.entities ?? (model && !options.attributions ? recognizeEntities(text, sentences) : undefined);
  const judged = model ? (options.attributions ?? analyseAttributions(text, sentences, entities ?? [])) : [];
  const organizations = entities
    ?.filter((e) => e.type === 'organization' || e.type === 'outlet')
    .sort((a, b) => a.start - b.start);
  const extra = attributionCues(text, judged);
  const fromModel = new Set(extra);
  // "Officials feared the worst, the mayor said.": the rules' view rests on the named speaker too.
  // "Rourke said the leaked memo showed …": a document a named speaker cites is theirs, on the record.
  const cues = findCues(text, sentences, { families: options.families ?? RULE_FAMILIES, extra, organizations }).filter(
    (cue) =>
      fromModel.has(cue) ||
      !(
        (isView(text, cue) && closedByNamed(text, judged, cue.end)) ||
        (cue.kind === 'unattributed-document' && openedByNamed(text, judged, cue.start))
      ),
  );
  const claims: Claim[] = [];
  let antecedent: Antecedent | null = null;
  let lastDocument = -Infinity;
  // "…, according to data from the European Cocoa Association. The figures, a proxy for demand,
  // showed …": after a document whose author is named, "the figures" are those, not an earlier leak.
  const namedDocuments = new Set(
    judged
      .filter(
        (a) => a.verdict.status === 'named' && a.source && NAMED_PAPERS.test(text.slice(a.source.start, a.source.end)),
      )
      .map((a) => a.sentence),
  );
  let lastNamedDocument = -Infinity;
  let lastFamiliar = -Infinity;
  let c = 0;
  sentences.forEach((sentence, index) => {
    if (namedDocuments.has(index - 1)) lastNamedDocument = index - 1;
    const mine: Cue[] = [];
    while (c < cues.length && (cues[c] as Cue).start < sentence.end) {
      const cue = cues[c++] as Cue;
      if (cue.needsAntecedent === 'document') {
        if (index - lastDocument > FOLLOW_DOCUMENT || lastNamedDocument > lastDocument) continue;
      } else if (cue.needsAntecedent === 'same') {
        if (!antecedent || !samePerson(cue, antecedent, index)) continue;
        cue.kind = antecedent.kind;
      } else if (cue.needsAntecedent) {
        const recent = antecedent !== null && index - antecedent.sentence <= FOLLOW_SENTENCES;
        if (!recent || (cue.needsAntecedent === 'official' && !antecedent?.official)) continue;
        if (cue.needsAntecedent === 'any' && antecedent) cue.kind = antecedent.kind;
      }
      // "the people said" after "people familiar with the matter" keeps their kind, even when
      // other sources were cited in between.
      if (cue.anaphoric && index - lastFamiliar <= FOLLOW_DOCUMENT && carriesFamiliar(cue, antecedent)) {
        cue.kind = 'familiar-with';
        cue.reason = 'the same unnamed source as before';
      }
      mine.push(cue);
    }
    if (mine.length === 0 && antecedent) {
      const back = anaphoraCue(text, sentence, antecedent, index);
      if (back) mine.push(back);
      // Someone else speaks: "they" or "he" in a later sentence may no longer mean the source.
      // Not a "they said" inside the source's own quoted words: "“They said if we don't pay …”".
      else if (
        !antecedent.interrupted &&
        index - antecedent.sentence < 2 &&
        ATTRIBUTION.test(outsideQuotes(text, sentence.start, sentence.end))
      ) {
        antecedent.interrupted = true;
      }
    }
    if (mine.length === 0) return;
    // "… officials said. They spoke on condition of anonymity because …": the anonymity is the
    // previous claim's too.
    const previous = claims[claims.length - 1];
    if (
      previous &&
      previous.kind !== 'condition-of-anonymity' &&
      SOURCE_KINDS.has(previous.kind) &&
      mine.every((k) => k.modifier) &&
      antecedent?.sentence === index - 1 &&
      REFERS_BACK.test(text.slice(sentence.start, sentence.start + 20))
    ) {
      previous.kind = 'condition-of-anonymity';
      previous.reason += '; anonymity granted';
      // The source is still the one talked about: "“…,” one of them said" may follow.
      antecedent.sentence = index;
    }
    for (const claim of claimsOf(text, sentence, mine)) claims.push(claim);
    if (mine.some((k) => k.kind === 'familiar-with')) lastFamiliar = index;
    if (mine.some((k) => k.kind === 'unattributed-document')) lastDocument = index;
    const group = mine.filter((k) => k.source && SOURCE_KINDS.has(k.kind)).sort(bySpecificity)[0];
    if (group) {
      const official = group.kind === 'unnamed-official' && group.plural === true;
      antecedent = {
        sentence: index,
        kind: group.kind,
        official,
        plural: group.plural === true,
        source: group.source ?? '',
        interrupted: false,
      };
    }
  });
  return claims;
}

/**
 * "the people said", "according to one of the people": people, persons and sources cited as
 * familiar with the matter, unless the source cited last goes by the same word ("Multiple sources
 * tell CNN … The sources said").
 */
function carriesFamiliar(cue: Cue, antecedent: Antecedent | null): boolean {
  const head = headOf(cue.source);
  if (!['people', 'person', 'source', 'sources'].includes(head)) return false;
  return !antecedent || antecedent.kind === 'familiar-with' || headOf(antecedent.source) !== head;
}

/** How far "the friend added" may reach back for the one unnamed person it means. */
const FOLLOW_SAME = 4;

/**
 * "A purchasing executive …, who spoke on condition …, said … "…," the executive said": a single
 * unnamed person cited a few sentences before, with nobody else quoted since, called by the same
 * word or a kindred one.
 */
function samePerson(cue: Cue, antecedent: Antecedent, index: number): boolean {
  if (antecedent.plural || antecedent.interrupted || index - antecedent.sentence > FOLLOW_SAME) return false;
  const mine = headOf(cue.source);
  const theirs = headOf(antecedent.source);
  return mine === theirs || (KINDRED.has(mine) && KINDRED.has(theirs));
}

const headOf = (source: string | undefined): string => (source ?? '').toLowerCase().split(/\s+/).pop() ?? '';

/**
 * The sentence without its quoted words, which belong to whoever is quoted. A sentence whose first
 * quotation mark closes a quote began inside one ("… fuming. This was meant to be our break.”").
 */
function outsideQuotes(text: string, start: number, end: number): string {
  let open = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '“') break;
    if (
      ch === '”' ||
      (ch === '"' && i > start && /\S/.test(text[i - 1] as string) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))
    ) {
      open = true;
      break;
    }
    if (ch === '"') break;
  }
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '“' && ch !== '”' && ch !== '"') continue;
    if (open) {
      if (ch !== '“') {
        open = false;
        from = i + 1;
      }
    } else if (ch !== '”') {
      out += text.slice(from, i);
      open = true;
    }
  }
  return open ? out : out + text.slice(from, end);
}

/** The clause a position falls in. */
function clauseAt(clauses: Clause[], pos: number): number {
  for (let i = 0; i < clauses.length; i++) if (pos < (clauses[i] as Clause).end) return i;
  return clauses.length - 1;
}

interface Group {
  first: number;
  last: number;
  cues: Cue[];
}

/** Groups one sentence's cues into claims over its clauses. */
function claimsOf(text: string, sentence: Sentence, cues: Cue[]): Claim[] {
  const clauses = splitClauses(text, sentence.start, sentence.end);
  const groups = new Map<number, Cue[]>();
  const modifiers: Cue[] = [];
  for (const cue of cues) {
    if (cue.modifier) modifiers.push(cue);
    else push(groups, clauseAt(clauses, cue.start), cue);
  }
  // A qualifier ("speaking on condition of anonymity") belongs to the nearest source cue.
  for (const mod of modifiers) {
    const at = clauseAt(clauses, mod.start);
    let best = -1;
    for (const k of groups.keys()) {
      if (best < 0 || Math.abs(k - at) < Math.abs(best - at) || (Math.abs(k - at) === Math.abs(best - at) && k < best))
        best = k;
    }
    push(groups, best < 0 ? at : best, mod);
  }
  // A group covers every clause its cues touch: "A senior official, who …, said" spans the aside.
  const spans: Group[] = [...groups.keys()]
    .sort((a, b) => a - b)
    .map((k) => {
      const group: Group = { first: k, last: k, cues: groups.get(k) as Cue[] };
      for (const cue of group.cues) {
        group.first = Math.min(group.first, clauseAt(clauses, cue.start));
        group.last = Math.max(group.last, clauseAt(clauses, cue.end - 1));
      }
      return group;
    });
  let othersAttributed = false;
  clauses.forEach((cl, i) => {
    if (cl.attributed && !spans.some((g) => g.first <= i && i <= g.last)) othersAttributed = true;
  });
  if (spans.length === 1 && !othersAttributed) {
    return [makeClaim(text, sentence.start, sentence.end, (spans[0] as Group).cues)];
  }
  const claims: Claim[] = [];
  spans.forEach((g, n) => {
    // A claim runs on over the clauses after it that carry no cue and no attribution of their own.
    let last = g.last;
    const stop = spans[n + 1]?.first ?? clauses.length;
    while (last + 1 < stop && !(clauses[last + 1] as Clause).attributed) last++;
    const start = (clauses[g.first] as Clause).start;
    const prev = claims[claims.length - 1];
    claims.push(
      makeClaim(
        text,
        prev ? Math.max(start, prev.end) : start,
        trimEnd(text, (clauses[last] as Clause).end, sentence.end),
        g.cues,
      ),
    );
  });
  return claims;
}

/** Keeps the sentence's final punctuation when a clause claim runs to the sentence's end. */
function trimEnd(text: string, end: number, sentenceEnd: number): number {
  const rest = text.slice(end, sentenceEnd);
  return /^[.!?…"'”’)\]]+$/.test(rest) ? sentenceEnd : end;
}

/** Most specific kind first, then most confident. */
function bySpecificity(a: Cue, b: Cue): number {
  return (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) || b.confidence - a.confidence;
}

function push(map: Map<number, Cue[]>, key: number, cue: Cue): void {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}

function makeClaim(text: string, start: number, end: number, cues: Cue[]): Claim {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const best = [...cues].sort(bySpecificity)[0] as Cue;
  // A cue that names its own source ("people familiar with the matter") says all the cues inside it say.
  const shown = sorted.filter((k) => k === best || !best.source || k.end <= best.start || k.start >= best.end);
  const reasons = [...new Set(shown.map((k) => k.reason))];
  const confidence = Math.min(0.99, Math.max(...cues.map((k) => k.confidence)) + 0.05 * (cues.length - 1));
  const source = sorted.find((k) => k.source)?.source;
  // The claim always contains its cue, even when a cue runs past a clause boundary.
  const s = Math.min(start, best.start);
  const e = Math.max(end, best.end);
  const claim: Claim = {
    start: s,
    end: e,
    text: text.slice(s, e),
    kind: best.kind,
    cue: { start: best.start, end: best.end, text: text.slice(best.start, best.end) },
    confidence: Math.round(confidence * 100) / 100,
    reason: reasons.join('; '),
  };
  if (source) claim.source = source;
  const at = sorted.find((k) => k.sourceSpan)?.sourceSpan ?? (source ? locate(text, source, s, e, best) : undefined);
  if (at) claim.sourceSpan = { start: at.start, end: at.end, text: text.slice(at.start, at.end) };
  return claim;
}

/** Where a rule's source stands in the claim: the mention nearest its cue ("said a Treasury spokesman"). */
function locate(
  text: string,
  source: string,
  start: number,
  end: number,
  cue: Cue,
): { start: number; end: number } | undefined {
  let found: number | undefined;
  // Searched in the claim alone: the whole text's indexOf, from `start`, read a long article to its end
  // for every claim whose source is not there (quadratic in the article's length).
  const span = text.slice(start, end);
  for (let k = span.indexOf(source); k >= 0; k = span.indexOf(source, k + 1)) {
    const i = start + k;
    if (found === undefined || Math.abs(i - cue.start) < Math.abs(found - cue.start)) found = i;
  }
  return found === undefined ? undefined : { start: found, end: found + source.length };
}
