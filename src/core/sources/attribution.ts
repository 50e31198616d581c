/**
 * On-the-record sourcing: statements the article attributes to someone ("Yellen said", "said Dmitry
 * Peskov, a spokesperson for the Kremlin", "according to Amnesty International", "police said"),
 * who that someone is when named, and which news outlets the article relies on ("told the
 * Associated Press", "a Wall Street Journal report found", "the outlets reported", "(Reuters)").
 */
import type { Entity } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';

export interface Attribution {
  /** The attribution cue ("said", "according to", "told"). */
  start: number;
  end: number;
  /** Index of the sentence the cue is in. */
  sentence: number;
  /** The named person or organisation the statement is attributed to, when named. */
  speaker: Entity | null;
}

export interface Sourcing {
  attributions: Attribution[];
  /** Outlet mentions the article relies on as a source, plus the cited outlets a phrase like "the outlets reported" points back to. */
  outletCitations: Entity[];
}

const SPEECH =
  'said|says|say|told|tells|added|adds|stated|wrote|writes|noted|notes|explained|explains|argued|argues|insisted|insists|' +
  'warned|warns|warning|suggested|suggests|claimed|claims|announced|announces|confirmed|confirms|denied|denies|acknowledged|' +
  'acknowledges|admitted|admits|testified|tweeted|posted|replied|responded|urged|urges|predicted|estimated|recalled|' +
  'complained|cautioned|emphasized|emphasised|stressed|maintained|countered|conceded|revealed|disclosed|alleged|alleges|' +
  'accused|accuses|asserted|asserts|contended|observed|remarked|pointed out|told reporters|said in a statement';
/** One pass finds every cue: speech verbs, "according to", reports that "found" something. */
const CUE = new RegExp(
  `\\b(?:according to|(?:${SPEECH})(?:\\s+(?:on|in)\\s+(?:a|an|the)\\s+(?:statement|interview|briefing|post|email|letter))?|` +
    `(?:report|reports|reported|investigation|analysis|review|story|article)\\s+(?:found|showed|shows|finds|revealed|says|said)|` +
    `(?:reported|reports|reporting))\\b`,
  'gi',
);
const PRONOUN_BEFORE = /\b(?:he|she)\s+$/i;
/** Words that, right before an outlet, show the article relies on it. */
const OUTLET_LEAD = /(?:\b(?:told|to|according to|by|with|in|from|via|cited|citing|per)\s+(?:the\s+)?|\(\s*)$/i;
const OUTLET_TAIL = /^(?:'s|’s)?\s*(?:\)|reported|reports|report|reporting|said|says|story|article|investigation|analysis|found|first reported|was first|,? citing)/i;
const OUTLETS_REPORTED = /\bthe\s+(?:outlets|news outlets|publications|newspapers|papers|reports)\s+(?:reported|said|say|found)/gi;

/** Linear scan: cue positions and entities are both sorted, so each is visited a bounded number of times. */
export function findSourcing(text: string, sentences: Sentence[], entities: Entity[]): Sourcing {
  const attributions: Attribution[] = [];
  let e = 0;
  let s = 0;
  let lastPerson: Entity | null = null;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    const sent = sentences[s];
    const sStart = sent && sent.start <= start ? sent.start : Math.max(0, text.lastIndexOf('\n', start) + 1);
    const sEnd = sent && sent.start <= start ? sent.end : text.length;
    // Entities before the cue within its sentence; remember the last person named for "he said".
    while (e < entities.length && (entities[e] as Entity).end <= start) {
      const ent = entities[e] as Entity;
      if (ent.type === 'person') lastPerson = ent;
      e++;
    }
    const speaker = speakerFor(text, entities, e, start, end, sStart, sEnd, m[0].toLowerCase(), lastPerson);
    attributions.push({ start, end, sentence: sent && sent.start <= start ? s : -1, speaker });
  }
  return { attributions, outletCitations: outletCitations(text, entities) };
}

function speakerFor(
  text: string,
  entities: Entity[],
  after: number,
  cueStart: number,
  cueEnd: number,
  sStart: number,
  sEnd: number,
  cue: string,
  lastPerson: Entity | null,
): Entity | null {
  const isSource = (x: Entity | undefined): boolean => !!x && (x.type === 'person' || x.type === 'organization');
  const before = text.slice(sStart, cueStart);
  // "said Dmitry Peskov", '," said Peskov', "according to Amnesty International": the name follows
  // the cue when nothing but a quotation or a comma stands before it.
  const next = entities[after];
  const inverted = cue.startsWith('according to') || /(?:^|[,"”’'])\s*$/.test(before);
  if (inverted && next && next.start < sEnd && /^[\s,]*(?:the\s+)?$/i.test(text.slice(cueEnd, next.start))) {
    return isSource(next) ? next : null;
  }
  if (cue.startsWith('according to') || /^(?:report|investigation|analysis|review|story|article)/.test(cue)) return null;
  // "Yellen said", "Dmitry Peskov, a spokesperson for the Kremlin, suggested": the nearest person
  // before the cue in its sentence, else an organisation right before it ("Hikvision said").
  let org: Entity | null = null;
  for (let k = after - 1; k >= 0; k--) {
    const x = entities[k] as Entity;
    if (x.end < sStart || cueStart - x.end > 160) break;
    if (x.type === 'person') return x;
    const between = text.slice(x.end, cueStart);
    if (!org && isSource(x) && /^\s*(?:,[^.;]*,)?\s*$/.test(between)) org = x;
  }
  if (org) return org;
  if (lastPerson && PRONOUN_BEFORE.test(text.slice(Math.max(sStart, cueStart - 6), cueStart))) return lastPerson;
  return null;
}

function outletCitations(text: string, entities: Entity[]): Entity[] {
  const cited: Entity[] = [];
  const recent: Entity[] = [];
  let lastCited: Entity | null = null;
  for (const x of entities) {
    if (x.type !== 'outlet') continue;
    // "told the Associated Press and Bloomberg": an outlet listed with a cited one is cited too.
    if (lastCited && /^\s*(?:,|and|or|&|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(lastCited.end, x.start))) {
      cited.push(x);
      recent.push(x);
      lastCited = x;
      continue;
    }
    const before = text.slice(Math.max(0, x.start - 24), x.start);
    const after = text.slice(x.end, x.end + 24);
    const credit = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    if (credit || OUTLET_LEAD.test(before) || OUTLET_TAIL.test(after) || /^\s*(?:report|reporting|story|investigation|analysis)\b/i.test(after)) {
      cited.push(x);
      // A wire credit is the article's own byline, not one of "the outlets" it quotes.
      if (!credit) recent.push(x);
      lastCited = credit ? null : x;
    }
  }
  // "the outlets reported": every distinct outlet named before the phrase in its paragraph or the one before.
  // Only a phrase after the first cited outlet can point back to one: the text before it (all of it,
  // in an article that cites none) is not searched.
  if (recent.length === 0) return cited;
  OUTLETS_REPORTED.lastIndex = (recent[0] as Entity).end;
  for (let m = OUTLETS_REPORTED.exec(text); m; m = OUTLETS_REPORTED.exec(text)) {
    const at = m.index;
    const seen = new Set<string>();
    for (let k = recent.length - 1; k >= 0; k--) {
      const x = recent[k] as Entity;
      if (x.end > at) continue;
      if (at - x.end > 1500) break;
      if (!seen.has(x.canonical)) {
        seen.add(x.canonical);
        cited.push(x);
      }
    }
  }
  return cited;
}
