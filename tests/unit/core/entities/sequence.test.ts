import { describe, expect, it } from 'vitest';
import { recognize } from './helpers.ts';

// The recogniser reuses its per-token buffers from one article to the next (entities/scratch.ts) and
// keeps what the lexicon says of each word across articles: nothing of one article may show in the next.
describe('articles read one after another', () => {
  // Headlines in capitals, a dateline, brackets, a results table: every per-token column gets marks.
  const earlier = [
    'RUSSIA WARNS NATO OVER BALTIC EXERCISES',
    ...Array.from({ length: 6 }, () => [
      'MOSCOW (Reuters) - Foreign Minister Sergei Lavrov said on Monday that NATO drills near the border were a provocation.',
      'SOCCER - ENGLISH LEAGUE RESULTS',
      'Arsenal 2 ( Saka 13 , Havertz 51 ) Leeds 0',
      'Scorers : Gascoigne 13 , Laudrup 51',
    ]).flat(),
  ];
  const later = [
    'Quiet trading day',
    'Apple and Microsoft reported results on Tuesday, and Tim Cook said demand held up in Seattle.',
    'Cook told analysts the company would keep buying back shares.',
  ];

  it('finds the same entities in an article whether or not a longer one was read just before', () => {
    const alone = recognize(...later).entities;
    recognize(...earlier);
    const after = recognize(...later).entities;
    expect(after).toEqual(alone);
    expect(after.map((e) => `${e.type}:${e.text}`)).toEqual([
      'organization:Apple',
      'organization:Microsoft',
      'person:Tim Cook',
      'place:Seattle',
      'person:Cook',
    ]);
    expect(after.find((e) => e.text === 'Cook')?.canonical).toBe('Tim Cook');
  });
});
