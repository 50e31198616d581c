/** Builds small PolNeAR-shaped documents for tests: attributions given by their phrases, found in order. */
import type { Attribution, PolnearDoc, Span } from '../../../scripts/lib/polnear.ts';

export interface Phrases {
  source?: string;
  cue?: string;
  content?: string;
  /** Look the phrases up after this text instead (for a source inside an earlier quote). */
  after?: string;
}

export function makeDoc(text: string, attributions: Phrases[], id = 'test-doc'): PolnearDoc {
  let from = 0;
  const find = (phrase: string | undefined, after: number): Span | null => {
    if (phrase === undefined) return null;
    const start = text.indexOf(phrase, after);
    if (start < 0) throw new Error(`"${phrase}" is not in the test text after ${after}`);
    return { start, end: start + phrase.length, fragments: [[start, start + phrase.length]], text: phrase };
  };
  const out: Attribution[] = attributions.map((p, i) => {
    // Each attribution's phrases are looked up after the previous attribution's cue (or its first phrase).
    if (p.after !== undefined) from = text.indexOf(p.after);
    const spans = { source: find(p.source, from), cue: find(p.cue, from), content: find(p.content, from) };
    const starts = [spans.source, spans.cue, spans.content].filter((s): s is Span => s !== null).map((s) => s.start);
    from = spans.cue ? spans.cue.end : Math.min(...starts) + 1;
    return {
      id: `T${i}`,
      noSource: !spans.source,
      cue: spans.cue,
      source: spans.source,
      contents: spans.content ? [spans.content] : [],
    };
  });
  return { id, split: 'dev', text, attributions: out, discard: [] };
}
