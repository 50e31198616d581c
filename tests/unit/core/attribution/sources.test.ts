/**
 * Source spans the tagger cuts short, repaired before the source is judged: the phrase a reader
 * would name as the source, whole, with the verdict that follows from it.
 */
import { describe, expect, it } from 'vitest';
import { analyseAttributions } from '../../../../src/core/attribution/analyse.ts';
import { recognizeEntities } from '../../../../src/core/entities/recognize.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';

function sourcesIn(text: string): Array<{ source: string; status: string }> {
  const sentences = segmentSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
  return analyseAttributions(text, sentences, recognizeEntities(text, sentences)).map((a) => ({
    source: a.source ? text.slice(a.source.start, a.source.end) : '',
    status: a.verdict.status,
  }));
}

describe('source phrases taken whole', () => {
  it.each([
    [
      'Officials at the Energy Department have pushed for a higher levy, arguing that the grid loses money.',
      'Officials at the Energy Department',
    ],
    [
      'Pharmacists in at least four Ontario cities say they have run out of the drug.',
      'Pharmacists in at least four Ontario cities',
    ],
    [
      'An intermediary involved in the negotiations said the player wanted the move.',
      'An intermediary involved in the negotiations',
    ],
    ['Lopez’s aides believe the deal will hold.', 'Lopez’s aides'],
  ])('%s → "%s", unnamed', (sentence, source) => {
    expect(sourcesIn(sentence)).toContainEqual({ source, status: 'unnamed' });
  });
});
