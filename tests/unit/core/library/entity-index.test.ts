import { describe, expect, it } from 'vitest';
import { indexEntities } from '../../../../src/core/library/entity-index.ts';
import { newAnnotation } from '../../../../src/core/annotations/create.ts';
import { describe as describeSelectors } from '../../../../src/core/annotations/selectors.ts';

function note(quote: string, noteText = '', url = 'https://news.example/a') {
  const text = `Before. ${quote} After.`;
  const start = text.indexOf(quote);
  return newAnnotation({ source: url, selector: describeSelectors(text, start, start + quote.length), note: noteText });
}

describe('entity index', () => {
  it('lists who and what the notes mention, with the notes that mention each', () => {
    const a = note('Treasury Secretary Janet Yellen warned Chinese firms on Tuesday.');
    const b = note(
      'Officials in Moscow declined to comment.',
      'Compare with what Yellen said in Beijing.',
      'https://other.example/b',
    );
    const c = note('The weather was mild.');
    const index = indexEntities([a, b, c]);
    const yellen = index.find((e) => e.canonical === 'Janet Yellen');
    expect(yellen?.type).toBe('person');
    expect(yellen?.annotations.sort()).toEqual([a.id, b.id].sort());
    expect(index.some((e) => e.canonical === 'Yellen')).toBe(false);
    expect(index.find((e) => e.canonical === 'Moscow')?.annotations).toEqual([b.id]);
    expect(index.flatMap((e) => e.annotations)).not.toContain(c.id);
  });

  it('puts the most mentioned entities first', () => {
    const notes = [
      note('Vladimir Putin met aides.'),
      note('Vladimir Putin spoke in Moscow.'),
      note('Moscow was quiet.'),
      note('Vladimir Putin left.'),
    ];
    const index = indexEntities(notes);
    expect(index[0]?.canonical).toBe('Vladimir Putin');
    expect(index[0]?.annotations).toHaveLength(3);
  });
});
