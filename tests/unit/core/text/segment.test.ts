import { describe, expect, it } from 'vitest';
import { joinArticle, type Block } from '../../../../src/core/model/article.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';

/** The sentences of one paragraph, as text. */
function split(text: string): string[] {
  return splitBlocks([{ kind: 'paragraph', text }]);
}

function splitBlocks(blocks: Block[], title = ''): string[] {
  const { text, blocks: spans } = joinArticle({ title, blocks });
  return segmentSentences(text, spans).map((s) => text.slice(s.start, s.end));
}

describe('segmentSentences', () => {
  it('splits plain sentences and keeps their end punctuation', () => {
    expect(split('The vote passed. Critics were furious! Will it last?')).toEqual([
      'The vote passed.',
      'Critics were furious!',
      'Will it last?',
    ]);
  });

  it('does not end a sentence at titles, months and numbering', () => {
    expect(
      split('Gen. Mark Milley met Sen. Jim Risch on Jan. 5 to discuss item No. 2 with Dr. Ruth Lee. They agreed.'),
    ).toEqual([
      'Gen. Mark Milley met Sen. Jim Risch on Jan. 5 to discuss item No. 2 with Dr. Ruth Lee.',
      'They agreed.',
    ]);
  });

  it('keeps U.S. and Inc. inside a sentence but ends one after them when a new sentence starts', () => {
    expect(
      split(
        'The U.S. Treasury fined Acme Inc. for fraud. They moved to the U.S. The move was costly. He worked for Acme Inc. The firm grew.',
      ),
    ).toEqual([
      'The U.S. Treasury fined Acme Inc. for fraud.',
      'They moved to the U.S.',
      'The move was costly.',
      'He worked for Acme Inc.',
      'The firm grew.',
    ]);
  });

  it('ends a sentence after a lettered label ("Plan B.") but not after an initial', () => {
    expect(
      split('Leaders have drafted a Plan B. Aides said it would fund the military. Donald J. Trump was briefed.'),
    ).toEqual([
      'Leaders have drafted a Plan B.',
      'Aides said it would fund the military.',
      'Donald J. Trump was briefed.',
    ]);
  });

  it('after a quotation closed by a period, joins only an attribution that ends there', () => {
    expect(
      split('“It is over.” Smith said. “It was a deliberate attempt.” He said the penalties would follow.'),
    ).toEqual(['“It is over.” Smith said.', '“It was a deliberate attempt.”', 'He said the penalties would follow.']);
    expect(split('“Why now?” Smith asked the crowd.')).toEqual(['“Why now?” Smith asked the crowd.']);
  });

  it('keeps initials with the name', () => {
    expect(split('J. K. Rowling wrote it. President-elect Donald J. Trump was briefed.')).toEqual([
      'J. K. Rowling wrote it.',
      'President-elect Donald J. Trump was briefed.',
    ]);
  });

  it('does not split decimals, amounts, times, URLs or e-mail addresses', () => {
    expect(
      split(
        'Shares rose 3.5 percent to $12.50 at 10:30 a.m. Tuesday. Details at example.com/news or press@example.org today.',
      ),
    ).toEqual([
      'Shares rose 3.5 percent to $12.50 at 10:30 a.m. Tuesday.',
      'Details at example.com/news or press@example.org today.',
    ]);
  });

  it('ends a sentence after a closing quotation mark, but not before the attribution that follows it', () => {
    expect(split('“We will win,” he said. “Why?” she asked. He said “no.” Then he left. ‘Really?’ Yes.')).toEqual([
      '“We will win,” he said.',
      '“Why?” she asked.',
      'He said “no.”',
      'Then he left.',
      '‘Really?’',
      'Yes.',
    ]);
  });

  it('keeps a quoted question with the name and verb that attribute it', () => {
    expect(split('“Why don’t we do it?” Caudevilla told me. “Never!” Mr. Smith said. “No.” The vote failed.')).toEqual([
      '“Why don’t we do it?” Caudevilla told me.',
      '“Never!” Mr. Smith said.',
      '“No.”',
      'The vote failed.',
    ]);
  });

  it('ends a sentence after a name with "&" before its last letter', () => {
    expect(split('Two officials told the M&G. One of them said the bids were rushed.')).toEqual([
      'Two officials told the M&G.',
      'One of them said the bids were rushed.',
    ]);
  });

  it('keeps a pull quote with the credit after its dash', () => {
    expect(split('“We stopped counting.” — a ward nurse')).toEqual(['“We stopped counting.” — a ward nurse']);
  });

  it('keeps a multi-sentence quotation with its attribution', () => {
    expect(split('“He’s amazing. A gift to this community,” one user wrote. Others disagreed.')).toEqual([
      '“He’s amazing. A gift to this community,” one user wrote.',
      'Others disagreed.',
    ]);
  });

  it('treats a spaced ellipsis as a pause and an attached one as an end', () => {
    expect(split('The dress was stolen ... TMZ has learned. He paused... Then he spoke.')).toEqual([
      'The dress was stolen ... TMZ has learned.',
      'He paused...',
      'Then he spoke.',
    ]);
  });

  it('never joins across blocks and makes headlines and headings sentences of their own', () => {
    expect(
      splitBlocks(
        [
          { kind: 'heading', text: 'KEY BACKGROUND' },
          { kind: 'paragraph', text: 'Officials spoke on Monday' },
          { kind: 'paragraph', text: 'nothing was decided. The end.' },
        ],
        'China Sending Russia Missile Parts, U.S. Reportedly Warns',
      ),
    ).toEqual([
      'China Sending Russia Missile Parts, U.S. Reportedly Warns',
      'KEY BACKGROUND',
      'Officials spoke on Monday',
      'nothing was decided.',
      'The end.',
    ]);
  });

  it('gives offsets into the joined text and the index of the block', () => {
    const { text, blocks } = joinArticle({ title: 'Headline', blocks: [{ kind: 'paragraph', text: 'One.  Two.' }] });
    const sentences = segmentSentences(text, blocks);
    expect(sentences).toEqual([
      { start: 0, end: 8, block: 0 },
      { start: 10, end: 14, block: 1 },
      { start: 16, end: 20, block: 1 },
    ]);
  });

  it('takes linear time on long blocks full of candidate ends', () => {
    const text = 'No. 1 U.S. J. “a. '.repeat(50_000);
    const t0 = performance.now();
    segmentSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
