/**
 * The news outlets an article relies on ("told the Associated Press", "a Wall Street Journal report
 * found", "the outlets reported", "(Reuters)"). Statements on the record come from the attribution
 * model (attribution/analyse.ts), not from here.
 */
import type { Entity } from '../model/analysis.ts';

/** Words that, right before an outlet, show the article relies on it. */
const OUTLET_LEAD = /(?:\b(?:told|to|according to|by|with|in|from|via|cited|citing|per)\s+(?:the\s+)?|\(\s*)$/i;
const OUTLET_TAIL =
  /^(?:'s|’s)?\s*(?:\)|reported|reports|report|reporting|said|says|story|article|investigation|analysis|found|first reported|was first|,? citing)/i;
const OUTLETS_REPORTED =
  /\bthe\s+(?:outlets|news outlets|publications|newspapers|papers|reports)\s+(?:reported|said|say|found)/gi;

/** Outlet mentions the article relies on as a source, plus the cited outlets a phrase like "the outlets reported" points back to. */
export function outletCitations(text: string, entities: Entity[]): Entity[] {
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
    if (
      credit ||
      OUTLET_LEAD.test(before) ||
      OUTLET_TAIL.test(after) ||
      /^\s*(?:report|reporting|story|investigation|analysis)\b/i.test(after)
    ) {
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
