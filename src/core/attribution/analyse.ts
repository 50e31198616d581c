/**
 * An article's attributions, found by the tagger and judged by who.ts: the one pass that claims,
 * on-the-record sources and the scorecard all read.
 */
import type { Entity } from '../model/analysis.ts';
import type { Statement } from '../sources/scorecard.ts';
import type { Sentence } from '../text/sentence.ts';
import { findAttributions, type FoundAttribution } from './find.ts';
import { tagAttributions } from './tagger.ts';
import { judge, type Verdict } from './who.ts';

export interface JudgedAttribution extends FoundAttribution {
  verdict: Verdict;
}

/** The attributions to named sources, as the scorecard counts them. */
export function statementsOnRecord(judged: JudgedAttribution[]): Statement[] {
  const out: Statement[] = [];
  for (const a of judged) {
    if (a.verdict.status !== 'named') continue;
    out.push({ start: a.cue.start, end: a.cue.end, sentence: a.sentence, speaker: a.verdict.speaker });
  }
  return out;
}

export function analyseAttributions(text: string, sentences: Sentence[], entities: Entity[]): JudgedAttribution[] {
  const tagged = tagAttributions(text, sentences);
  const found = findAttributions(tagged);
  const ctx = { text, tokens: tagged.tokens, entities };
  const judged: JudgedAttribution[] = [];
  const earlier: Array<{ a: FoundAttribution; v: Verdict }> = [];
  for (const a of found) {
    const verdict = judge(ctx, a, earlier);
    // Spelled out: a spread here cost a tenth of the stage's time (V8's generic object clone).
    judged.push({
      cue: a.cue,
      source: a.source,
      contents: a.contents,
      sentence: a.sentence,
      margin: a.margin,
      verdict,
    });
    earlier.push({ a, v: verdict });
  }
  return judged;
}
