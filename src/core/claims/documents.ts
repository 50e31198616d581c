/**
 * Documents and research whose source is not named: "a memo obtained by The Washington Post",
 * "leaked emails", "according to internal documents", "other studies have said".
 */
import { CALENDAR, DOC_NOUNS, DOC_SECRECY, FINDING_VERBS, NP_MODIFIERS, VAGUE_DETERMINERS } from './lexicon.ts';
import { isCapitalized, isWord, tokensBefore, type Token } from './tokens.ts';
import { before, after, cue, type Candidate, type Cue } from './candidate.ts';
import { nounPhrase, atClauseStart } from './people.ts';

export function documentCue(c: Candidate): Cue | null {
  const lo = c.lo;
  if (lo === 'according to') return accordingTo(c);
  const right = after(c, 4);
  if (lo === 'leaked') {
    const noun = right.slice(0, 3).find((t) => DOC_NOUNS.has(t.lo));
    if (!noun || right.slice(0, right.indexOf(noun)).some((t) => !isWord(t))) return null;
    return cue(c, c.start, noun.end, 'unattributed-document', 0.8, 'leaked document, source not named');
  }
  const left = before(c, 6);
  const noun = left.find((t) => DOC_NOUNS.has(t.lo));
  if (!noun) return null;
  // Only adjectives, determiners and capitalised words may sit between the document and "seen by".
  const between = left.slice(0, left.indexOf(noun));
  if (between.some((t) => !isWord(t) && t.t !== ',')) return null;
  const who = right[0];
  if (!who || !(isCapitalized(who) || ['us', 'the', 'this', 'our'].includes(who.lo))) return null;
  if (who.lo === 'the' && !isCapitalized(right[1])) return null;
  const np = nounPhrase({ ...c, start: noun.start, end: noun.end, lo: noun.lo }, tokensBefore(c.text, noun.start, c.sentence.start, 5));
  let end = who.end;
  for (const t of right.slice(1, 4)) {
    if (!isCapitalized(t)) break;
    end = t.end;
  }
  return cue(c, np.start, end, 'unattributed-document', 0.85, 'document whose source is not named');
}

function accordingTo(c: Candidate): Cue | null {
  const right = after(c, 6);
  let i = 0;
  const mods: string[] = [];
  if (right[i] && ['a', 'an', 'the', 'some', 'several', 'multiple', 'two', 'three'].includes((right[i] as Token).lo)) i++;
  while (right[i] && (DOC_SECRECY.has((right[i] as Token).lo) || ['unconfirmed', 'local', 'media', 'news', 'press', 'initial', 'early', 'earlier', 'some', 'several', 'multiple', 'unverified', 'government'].includes((right[i] as Token).lo))) {
    mods.push((right[i] as Token).lo);
    i++;
  }
  const noun = right[i];
  if (!noun) return null;
  const next = right[i + 1];
  // "according to a report by the CBO" names its author.
  if (next && ['by', 'from', 'in', 'of', 'released', 'published', 'issued'].includes(next.lo) && isCapitalized(right[i + 2] ?? right[i + 3])) return null;
  if (next && isCapitalized(next) && !CALENDAR.has(next.lo)) return null;
  if (noun.lo === 'reports' || (noun.lo === 'report' && mods.some((m) => m === 'media' || m === 'news' || m === 'press' || m === 'unconfirmed'))) {
    return cue(c, c.start, noun.end, 'reportedly', 0.7, 'unnamed reports cited');
  }
  const secret = mods.some((m) => DOC_SECRECY.has(m));
  if (DOC_NOUNS.has(noun.lo) && (secret || ['documents', 'document', 'memo', 'memos', 'emails', 'email', 'records', 'transcript', 'transcripts', 'copy', 'messages', 'recordings', 'files'].includes(noun.lo))) {
    return cue(c, c.start, noun.end, 'unattributed-document', secret ? 0.8 : 0.65, 'document whose source is not named');
  }
  return null;
}

// "studies have shown", "other studies have said"

export function researchCue(c: Candidate): Cue | null {
  const np = nounPhrase(c, before(c, 4));
  const det = np.determiner;
  if (det && !VAGUE_DETERMINERS.has(det)) return null;
  if (np.modifiers.some((m) => !VAGUE_DETERMINERS.has(m) && !NP_MODIFIERS.has(m))) return null;
  if (!det && np.prev && !atClauseStart(np) && np.prev.lo !== 'that') return null;
  const right = after(c, 4);
  // "studies by Harvard researchers" name their authors.
  if (right[0] && ['by', 'from', 'at', 'of', 'in'].includes(right[0].lo) && isCapitalized(right[1])) return null;
  let i = 0;
  while (right[i] && ['have', 'has', 'had', 'also', 'long', 'consistently', 'repeatedly'].includes((right[i] as Token).lo)) i++;
  const verb = right[i];
  if (!verb || !FINDING_VERBS.has(verb.lo)) return null;
  return cue(c, np.start, verb.end, 'unattributed-document', 0.6, 'studies cited without saying which');
}
