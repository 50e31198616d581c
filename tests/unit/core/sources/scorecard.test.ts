import { describe, expect, it } from 'vitest';
import { joinArticle } from '../../../../src/core/model/article.ts';
import type { Claim, ClaimKind } from '../../../../src/core/model/analysis.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { recognizeEntities } from '../../../../src/core/entities/recognize.ts';
import { analyseAttributions, statementsOnRecord } from '../../../../src/core/attribution/analyse.ts';
import { buildScorecard } from '../../../../src/core/sources/scorecard.ts';

/** Scores an article of paragraphs; `claims` marks sentences (by a quoted piece) as anonymous-source claims. */
function score(paragraphs: string[], claims: [string, ClaimKind][] = []) {
  const { text, blocks } = joinArticle({ title: '', blocks: paragraphs.map((t) => ({ kind: 'paragraph', text: t })) });
  const sentences = segmentSentences(text, blocks);
  const claimList: Claim[] = claims.map(([quote, kind]) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`not in text: ${quote}`);
    const end = start + quote.length;
    return { start, end, text: quote, kind, cue: { start, end, text: quote }, confidence: 0.9, reason: 'test' };
  });
  const entities = recognizeEntities(text, sentences);
  const statements = statementsOnRecord(analyseAttributions(text, sentences, entities));
  return buildScorecard(text, sentences, claimList, entities, statements);
}

describe('named sources', () => {
  it('credits people quoted by name, before or after the verb, and through "he said"', () => {
    const card = score([
      'Yellen said the Treasury was watching closely.',
      '"We have enough potential," said Dmitry Peskov, a spokesperson for the Kremlin.',
      'Treasury Secretary Janet Yellen told reporters on Tuesday the U.S. would act. She added nothing.',
      'Antony Blinken spoke next. He said the talks had failed.',
    ]);
    expect(card.namedSources).toEqual([
      { name: 'Janet Yellen', type: 'person', citations: 3 },
      { name: 'Dmitry Peskov', type: 'person', citations: 1 },
      { name: 'Antony Blinken', type: 'person', citations: 1 },
    ]);
  });

  it('credits organisations cited by name, including after "according to"', () => {
    const card = score([
      'At least 40 people were killed, according to Amnesty International.',
      'Hikvision said it complied with all laws.',
    ]);
    expect(card.namedSources.map((s) => [s.name, s.type])).toEqual([
      ['Amnesty International', 'organization'],
      ['Hikvision', 'organization'],
    ]);
  });

  it('does not count a person who is only mentioned', () => {
    const card = score(['The sanctions were first proposed by Janet Yellen last year.']);
    expect(card.namedSources).toEqual([]);
    expect(card.attributedStatements).toBe(0);
  });
});

describe('outlets relied on', () => {
  it('counts outlets the article cites: told, report found, credits and "the outlets reported"', () => {
    const card = score([
      'MOSCOW (Reuters) - Officials told the Associated Press and Bloomberg about the shipments.',
      'The parts came from three firms, the outlets reported.',
      'A Wall Street Journal report found similar sales last year.',
    ]);
    expect(card.outlets).toEqual([
      { name: 'Associated Press', type: 'outlet', citations: 2 },
      { name: 'Bloomberg', type: 'outlet', citations: 2 },
      { name: 'Reuters', type: 'outlet', citations: 1 },
      { name: 'Wall Street Journal', type: 'outlet', citations: 1 },
    ]);
  });

  it('does not count an outlet that is only the subject of the story', () => {
    const card = score(['Bloomberg is hiring 200 engineers in London.']);
    expect(card.outlets).toEqual([]);
  });
});

describe('claims and the anonymous share', () => {
  it('counts claims by kind and their share of attributed statements', () => {
    const card = score(
      [
        'Officials told the AP, speaking on condition of anonymity, that China sent parts.',
        'The shipments reportedly continued into March.',
        'Yellen said the U.S. would respond.',
        'Peskov denied it.',
      ],
      [
        ['Officials told the AP, speaking on condition of anonymity, that China sent parts.', 'condition-of-anonymity'],
        ['The shipments reportedly continued into March.', 'reportedly'],
      ],
    );
    expect(card.claims).toBe(2);
    expect(card.claimsByKind['condition-of-anonymity']).toBe(1);
    expect(card.claimsByKind.reportedly).toBe(1);
    expect(card.claimsByKind['familiar-with']).toBe(0);
    // Two anonymous claims plus Yellen's and Peskov's on-the-record statements.
    expect(card.attributedStatements).toBe(4);
    expect(card.anonymousShare).toBeCloseTo(0.5);
  });

  it('counts an institution on the record as attributed but not named', () => {
    const card = score(['Police said the suspect fled on foot.']);
    expect(card.attributedStatements).toBe(1);
    expect(card.anonymousShare).toBe(0);
    expect(card.namedSources).toEqual([]);
  });

  it('is zero, not NaN, when nothing is attributed', () => {
    const card = score(['The river rose two metres overnight.']);
    expect(card.anonymousShare).toBe(0);
    expect(card.claims).toBe(0);
  });
});

describe('entities, sentences and words', () => {
  it('ranks entities by mentions, linking short forms to one canonical name', () => {
    const card = score([
      'Janet Yellen visited China. Yellen met officials in Beijing.',
      'China said Yellen was welcome.',
    ]);
    expect(card.entities.slice(0, 2)).toEqual([
      { canonical: 'Janet Yellen', type: 'person', mentions: 3 },
      { canonical: 'China', type: 'place', mentions: 2 },
    ]);
    expect(card.sentences).toBe(3);
    expect(card.words).toBe(14);
  });
});
