import { newAnnotation } from '../../../../src/core/annotations/create.ts';
import { describe as describeText } from '../../../../src/core/annotations/selectors.ts';
import type { Annotation } from '../../../../src/core/annotations/schema.ts';

export const storyText =
  'China is providing Russia with equipment used to build drones, officials told the Associated Press, speaking on the condition of anonymity. ' +
  'The ministry denied it. =HYPERLINK("http://evil.test","click") was posted below the article. <script>alert(1)</script> # not a heading';

const at = (passage: string) => {
  const start = storyText.indexOf(passage);
  if (start < 0) throw new Error(passage);
  return describeText(storyText, start, start + passage.length);
};

/** A small library: a claim with verdict, a correction, a markdown note, a note on another page. */
export function sample(): Annotation[] {
  return [
    newAnnotation(
      {
        source: 'https://www.example.com/world/china-russia',
        selector: at('officials told the Associated Press, speaking on the condition of anonymity'),
        page: { title: 'China Sending Russia Missile Parts, U.S. Reportedly Warns' },
        verdict: 'needs-source',
        tags: ['china', 'russia'],
        note: 'Which officials?\nNo names, no agency.',
        claim: { kind: 'condition-of-anonymity', cue: 'speaking on the condition of anonymity' },
      },
      { id: '11111111-1111-4111-8111-111111111111', now: new Date('2024-05-01T09:30:00.000Z') },
    ),
    newAnnotation(
      {
        source: 'https://www.example.com/world/china-russia',
        selector: at('The ministry denied it.'),
        page: { title: 'China Sending Russia Missile Parts, U.S. Reportedly Warns' },
        correction: 'not-a-claim',
      },
      { id: '22222222-2222-4222-8222-222222222222', now: new Date('2024-05-01T09:35:00.000Z') },
    ),
    newAnnotation(
      {
        source: 'https://news.example.org/live',
        selector: at('=HYPERLINK("http://evil.test","click")'),
        page: { title: '[Live] <b>Updates</b> | #1' },
        verdict: 'misleading',
        note: '**Bold** claim, see [the report](https://example.org/r).',
        format: 'markdown',
      },
      { id: '33333333-3333-4333-8333-333333333333', now: new Date('2024-05-02T10:00:00.000Z') },
    ),
  ];
}
