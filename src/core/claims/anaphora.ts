/**
 * Following an unnamed source into the sentences after it: after "Obama administration officials
 * said …", a sentence opening "They said …" or "Many of them said …" rests on the same officials;
 * after "A U.S. official said …", "He said …" rests on that official; after "Two of the sources
 * said …", so does "Another said …".
 */
import type { ClaimKind } from '../model/analysis.ts';
import type { Sentence } from '../text/sentence.ts';
import type { Cue } from './cues.ts';
import { FILLERS, SAY_VERBS } from './lexicon.ts';
import { tokensAfter, type Token } from './tokens.ts';

export interface Antecedent {
  /** Index of the sentence where the source was last cited. */
  sentence: number;
  kind: ClaimKind;
  /** The group is officials, so "those officials" can refer back to it. */
  official: boolean;
  /** A group, so "they" can refer back to it; a single person, so "he" or "she" can. */
  plural: boolean;
  source: string;
  /** A sentence since then attributed something to someone else. */
  interrupted: boolean;
}

type Number = 'plural' | 'singular' | 'either';

/** Sentence openers that refer back to a source, and whom they can refer to. */
const OPENERS: [string[], Number][] = [
  [['they'], 'plural'],
  [['many', 'of', 'them'], 'plural'],
  [['some', 'of', 'them'], 'plural'],
  [['most', 'of', 'them'], 'plural'],
  [['all', 'of', 'them'], 'plural'],
  [['several', 'of', 'them'], 'plural'],
  [['both', 'of', 'them'], 'plural'],
  [['one', 'of', 'them'], 'plural'],
  [['two', 'of', 'them'], 'plural'],
  [['each', 'of', 'them'], 'plural'],
  [['one'], 'plural'],
  [['others'], 'plural'],
  [['both'], 'plural'],
  // "All three said …", after "according to three permanent secretaries".
  [['all', 'three'], 'plural'],
  [['all', 'four'], 'plural'],
  [['all', 'five'], 'plural'],
  [['all'], 'plural'],
  [['most'], 'plural'],
  [['he'], 'singular'],
  [['she'], 'singular'],
  [['another'], 'either'],
  [['a', 'second'], 'either'],
  [['a', 'third'], 'either'],
  [['a', 'fourth'], 'either'],
];

/** "The president sided with Bessent, they said, but …": the pronoun and its verb set off by commas. */
// Also inverted: "“He's not himself,” said one."
const PARENTHETICAL =
  /,["”’]?\s+(?:(they|he|she|one(?: of them)?|another)\s+(?:said|say|says|added|noted|explained|insisted|told \w+)|(?:said|says|added)\s+(one(?: of them)?|another))\s*[,.;:]/i;

function parenthetical(text: string, sentence: Sentence, antecedent: Antecedent, distance: number): Cue | null {
  const m = PARENTHETICAL.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const who = (m[1] ?? (m[2] as string)).toLowerCase();
  // "“…,” one said" and "another said" pick one person out of the group cited before.
  if (who.startsWith('one') || who === 'another') {
    if (!antecedent.plural || distance > 1) return null;
  } else {
    const plural = who === 'they';
    if (plural !== antecedent.plural || (!plural && distance > 1)) return null;
  }
  const start = sentence.start + m.index + m[0].search(/\p{L}/u);
  const end = sentence.start + m.index + m[0].replace(/[\s,.;:]+$/, '').length;
  return {
    start,
    end,
    kind: antecedent.kind,
    confidence: 0.55,
    reason: `the same ${antecedent.official ? 'unnamed officials' : 'unnamed sources'} as before`,
    source: antecedent.source,
    plural: antecedent.plural,
  };
}

/**
 * A pronoun reaches back over at most one sentence that attributes nothing ("They said …" two
 * sentences on); "he" and "she" only to the sentence right before, where a named person is less
 * likely to have come in between.
 */
export function anaphoraCue(text: string, sentence: Sentence, antecedent: Antecedent, index: number): Cue | null {
  const distance = index - antecedent.sentence;
  if (distance < 1 || distance > 2 || antecedent.interrupted) return null;
  const toks = tokensAfter(text, sentence.start, sentence.end, 8);
  const found = OPENERS.find(([o]) => o.every((w, i) => toks[i]?.lo === w));
  if (!found) return parenthetical(text, sentence, antecedent, distance);
  const [opener, number] = found;
  if (number === 'plural' && !antecedent.plural) return null;
  if (number === 'singular' && (antecedent.plural || distance > 1)) return null;
  let i = opener.length;
  while (toks[i] && FILLERS.has((toks[i] as Token).lo) && i < opener.length + 2) i++;
  const verb = toks[i];
  if (!verb || !SAY_VERBS.has(verb.lo)) return null;
  // "All said and done, …" is an idiom, not the group speaking.
  if (toks[i + 1]?.lo === 'and' && toks[i + 2]?.lo === 'done') return null;
  return {
    start: sentence.start,
    end: verb.end,
    kind: antecedent.kind,
    confidence: number === 'singular' ? 0.55 : 0.6,
    reason: `the same ${antecedent.official ? 'unnamed officials' : 'unnamed sources'} as before`,
    source: antecedent.source,
    plural: antecedent.plural,
  };
}
