/**
 * Hedges: the claim is passed on without a source ("reportedly", "is said to", "it is understood",
 * "according to reports") or as unproven ("allegedly", "a suspected spy balloon", "accusations that").
 */
import type { ClaimKind } from '../model/analysis.ts';
import { ADJ_CONTEXT, BE_FORMS } from './lexicon.ts';
import { isCapitalized, isWord, type Token } from './tokens.ts';
import { before, after, cue, type Candidate, type Cue } from './candidate.ts';

const ADVERB_GAP = new Set(['widely', 'also', 'generally', 'now', 'long', 'previously', 'once', 'still', 'largely', 'further', 'commonly']);

function hedge(c: Candidate, kind: ClaimKind, conf: number, reason: string, start = c.start): Cue {
  return cue(c, start, c.end, kind, conf, reason);
}

export function reportCue(c: Candidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 3);
  const right = after(c, 3);
  if (lo === 'reportedly' || lo === 'reputedly') return hedge(c, 'reportedly', 0.8, `hedged: "${lo}", source not given`);
  if (lo === 'reputed') return ADJ_CONTEXT.has(left[0]?.lo ?? '') ? hedge(c, 'reportedly', 0.6, 'hedged: "reputed"') : null;
  if (lo.startsWith('rumo')) {
    if (/rs$/.test(lo)) return ['that', 'of'].includes(right[0]?.lo ?? '') || left[0]?.lo === 'amid' ? hedge(c, 'reportedly', 0.6, 'rumours cited') : null;
    return BE_FORMS.has(left[0]?.lo ?? '') || right[0]?.lo === 'to' || right[0]?.lo === 'that' ? hedge(c, 'reportedly', 0.7, 'hedged: rumoured') : null;
  }
  if (lo.startsWith('it ')) {
    // "it was reported by the BBC" names the reporter.
    if (right[0]?.lo === 'by' && isCapitalized(right[1] ?? right[2])) return null;
    if (/alleged$/.test(lo)) return hedge(c, 'allegedly', 0.7, 'hedged: "it is alleged"');
    return hedge(c, 'reportedly', 0.75, `hedged: "${c.word}", source not given`);
  }
  if (lo.startsWith('reports ')) {
    // "Reports say", "media reports suggest"; not "his reports said" or "the CBO's reports say".
    const p0 = left[0];
    const unnamed = !p0 || !isWord(p0) || ['news', 'media', 'press', 'local', 'unconfirmed', 'earlier', 'initial', 'some', 'several',
      'multiple', 'other', 'conflicting', 'recent', 'and', 'but', 'as', 'state', 'online', 'social', 'western', 'foreign', 'on', 'amid',
      'denied', 'dismissed', 'rejected', 'about', 'over'].includes(p0.lo);
    return unnamed ? hedge(c, 'reportedly', 0.7, 'unnamed reports cited') : null;
  }
  // "<be> (widely) said/believed/thought to": the passive hides who says so.
  let i = 0;
  while (left[i] && ADVERB_GAP.has((left[i] as Token).lo)) i++;
  const be = left[i];
  if (!be || !BE_FORMS.has(be.lo)) return null;
  const verb = lo.split(' ')[0] as string;
  if (verb === 'alleged') return hedge(c, 'allegedly', 0.75, 'hedged: "alleged to"', be.start);
  return hedge(c, 'reportedly', verb === 'believed' || verb === 'thought' ? 0.65 : 0.75, `hedged: "${be.t} ${c.word}", source not given`, be.start);
}

// "allegedly", "a suspected spy balloon", "was suspected of", "accusations that"

export function allegedCue(c: Candidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 3);
  const right = after(c, 2);
  const p0 = left[0];
  const reason = `hedged: "${c.word}", not established`;
  if (lo === 'allegedly' || lo === 'purportedly' || lo === 'supposedly') return cue(c, c.start, c.end, 'allegedly', 0.8, reason);
  const adjective = (!p0 || ADJ_CONTEXT.has(p0.lo) || p0.t === ',' || p0.t === '(' || /'s$/.test(p0.lo)) && isWord(right[0]) && !['that', 'to', 'by', 'in', 'of'].includes(right[0]?.lo ?? '');
  let i = 0;
  while (left[i] && (ADVERB_GAP.has((left[i] as Token).lo) || /ly$/.test((left[i] as Token).lo))) i++;
  const passive = left[i] !== undefined && (BE_FORMS.has((left[i] as Token).lo) || ['stands', 'stand', 'remains'].includes((left[i] as Token).lo));
  if (lo === 'alleged' || lo === 'purported') {
    return adjective ? cue(c, c.start, c.end, 'allegedly', 0.7, reason) : null;
  }
  if (lo === 'suspected') {
    if (adjective) return cue(c, c.start, c.end, 'allegedly', 0.6, reason);
    if (passive && ['of', 'to', 'in'].includes(right[0]?.lo ?? '')) return cue(c, (left[i] as Token).start, (right[0] as Token).end, 'allegedly', 0.65, reason);
    return null;
  }
  if (lo === 'accused of') return passive ? cue(c, (left[i] as Token).start, c.end, 'allegedly', 0.55, reason) : null;
  // "accusations that …", "allegations of …": the claim is someone's, not established.
  if (['that', 'of'].includes(right[0]?.lo ?? '')) return cue(c, c.start, (right[0] as Token).end, 'allegedly', 0.5, reason);
  return null;
}
