/**
 * Following an unnamed source into the next sentence: after "Obama administration officials said
 * …", a sentence opening "They said …" or "Many of them said …" rests on the same officials.
 */
import type { ClaimKind } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import type { Cue } from './cues.ts';
import { FILLERS, SAY_VERBS } from './lexicon.ts';
import { tokensAfter, type Token } from './tokens.ts';

export interface Antecedent {
  /** Index of the sentence where the group was last cited. */
  sentence: number;
  kind: ClaimKind;
  /** The group is officials, so "those officials" can refer back to it. */
  official: boolean;
  /** A group, so "they" can refer back to it. */
  plural: boolean;
  source: string;
}

const OPENERS = [['they'], ['many', 'of', 'them'], ['some', 'of', 'them'], ['most', 'of', 'them'], ['all', 'of', 'them'],
  ['several', 'of', 'them'], ['both', 'of', 'them'], ['one', 'of', 'them'], ['two', 'of', 'them'], ['each', 'of', 'them']];

/** Only the sentence right after the group was cited: a pronoun further away is too uncertain. */
export function anaphoraCue(text: string, sentence: Sentence, antecedent: Antecedent, index: number): Cue | null {
  if (index !== antecedent.sentence + 1 || !antecedent.plural) return null;
  const toks = tokensAfter(text, sentence.start, sentence.end, 8);
  const opener = OPENERS.find((o) => o.every((w, i) => toks[i]?.lo === w));
  if (!opener) return null;
  let i = opener.length;
  while (toks[i] && FILLERS.has((toks[i] as Token).lo) && i < opener.length + 2) i++;
  const verb = toks[i];
  if (!verb || !SAY_VERBS.has(verb.lo)) return null;
  return {
    start: sentence.start,
    end: verb.end,
    kind: antecedent.kind,
    confidence: 0.6,
    reason: `the same ${antecedent.official ? 'unnamed officials' : 'unnamed sources'} as before`,
    source: antecedent.source,
    plural: true,
  };
}
