/** Claims that span sentences (a source followed by "they") and sentences that carry two claims. */
import { describe, expect, it } from 'vitest';
import { claimsIn } from './helpers.ts';

describe('following a source across sentences', () => {
  it('reads "They said" right after unnamed officials as the same officials', () => {
    const claims = claimsIn(
      'Obama administration officials said that they had briefed the transition team. They said that Sudan had a long way to go.',
    );
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([
      ['unnamed-official', 'Obama administration officials said'],
      ['unnamed-official', 'They said'],
    ]);
    expect(claims[1]?.source).toBe('Obama administration officials');
    expect(claims[1]?.reason).toBe('the same unnamed officials as before');
  });

  it('reads "Many of them said" after a group of unnamed officers and officials', () => {
    const claims = claimsIn(
      'Military officers and government officials described a chaotic night. Many of them said they learned of the order on TV.',
    );
    expect(claims.map((c) => c.cue.text)).toEqual(['government officials described', 'Many of them said']);
  });

  it('does not give a pronoun to anonymous officials when a named person spoke last', () => {
    const claims = claimsIn(
      'Officials said the deal was close. Mr. Reeves said he was appalled. They said the decision was wrong.',
    );
    expect(claims.map((c) => c.cue.text)).toEqual(['Officials said']);
  });

  it('takes "those officials" as a claim only after unnamed officials were cited', () => {
    const after = claimsIn(
      'The parts are shipped through Kazakhstan, officials told the AP, speaking on the condition of anonymity.\n\nThose officials are also urging allies to act.',
    );
    expect(after.map((c) => c.kind)).toEqual(['condition-of-anonymity', 'unnamed-official']);
    expect(
      claimsIn('The ministry named three officials in its report. Those officials are now under investigation.'),
    ).toEqual([]);
  });
});

describe('following "the person" and "the people" (Bloomberg style)', () => {
  it('keeps the familiar-with source for later sentences that rest on it', () => {
    const claims = claimsIn(
      'Apple is in talks to buy the startup, said a person familiar with the matter, who asked not to be identified because the talks are private. The deal could be announced next week, the person said.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['condition-of-anonymity', 'familiar-with']);
    expect(claims[0]?.reason).toContain('anonymity granted');
    const people = claimsIn(
      'The company is weighing a sale, according to people familiar with the matter. No decision has been made, the people said.',
    );
    expect(people.map((c) => c.kind)).toEqual(['familiar-with', 'familiar-with']);
  });

  it('does not flag "the person" when no unnamed source came before', () => {
    expect(claimsIn('The person said the weather was fine.')).toEqual([]);
  });
});

describe('one sentence, several claims', () => {
  it('splits clauses with separate cues into separate claims', () => {
    const claims = claimsIn(
      'Those officials said Chinese firms must stop the sales, which are allegedly routed through Kazakhstan, the outlets reported.',
    );
    expect(claims.map((c) => [c.kind, c.text])).toEqual([
      ['unnamed-official', 'Those officials said Chinese firms must stop the sales'],
      ['allegedly', 'which are allegedly routed through Kazakhstan, the outlets reported.'],
    ]);
  });

  it("leaves the named speaker's clause out of the claim", () => {
    const claims = claimsIn(
      'Dmitry Peskov, a Kremlin spokesman, told the Journal that Russia had enough capacity, while Chinese officials pushed back on U.S. claims.',
    );
    expect(claims.map((c) => c.text)).toEqual(['while Chinese officials pushed back on U.S. claims.']);
    const dash = claimsIn(
      'China had publicly claimed neutrality in the war—though U.S. officials have increasingly rejected that notion.',
    );
    expect(dash.map((c) => c.text)).toEqual(['though U.S. officials have increasingly rejected that notion.']);
  });

  it('keeps the whole sentence when the cue governs all of it', () => {
    const sentence = 'The economy grew 3 percent last year, but the pace will slow, analysts said.';
    expect(claimsIn(sentence).map((c) => c.text)).toEqual([sentence]);
  });

  it('merges an anonymity clause with the source it qualifies', () => {
    const sentence =
      'The Pentagon is weighing new deployments, according to two U.S. officials who spoke on condition of anonymity to discuss internal planning.';
    const claims = claimsIn(sentence);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'condition-of-anonymity', source: 'two U.S. officials', text: sentence });
  });

  it('returns claims sorted and without overlaps', () => {
    const text =
      'Officials said the deal was close. Sources said it was off, while critics say it never existed. The firm reportedly lost money; analysts expect more losses.';
    const claims = claimsIn(text);
    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < claims.length; i++) expect(claims[i]!.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
  });
});

describe('reading in linear time', () => {
  it('handles a long article packed with cues quickly', () => {
    const para =
      'Two senior U.S. officials, speaking on condition of anonymity, said the talks had stalled, according to people familiar with the matter. ';
    // 700 KB with five cues a sentence; a quadratic step would take minutes, linear work well under a second.
    const text = para.repeat(5_000);
    const t0 = performance.now();
    const claims = claimsIn(text);
    expect(claims.length).toBe(5_000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('following a source further (blind-set failure classes)', () => {
  it('reads "He said" right after a single unnamed official, and only then', () => {
    const next = claimsIn('A senior official said the talks had stalled. He said a deal was unlikely this year.');
    expect(next.map((c) => [c.kind, c.cue.text])).toEqual([
      ['unnamed-official', 'A senior official said'],
      ['unnamed-official', 'He said'],
    ]);
    expect(
      claimsIn(
        'A senior official said the talks had stalled. The minister arrived on Monday. He said a deal was unlikely.',
      ),
    ).toHaveLength(1);
    expect(claimsIn('Officials said the deal was close. He said it would be signed on Friday.')).toHaveLength(1);
  });

  it('reads "They said" over one sentence that quotes no one, not over one that quotes someone', () => {
    expect(
      claimsIn(
        'Two officials said the inquiry had found nothing. The inquiry began in May. They said it would end soon.',
      ),
    ).toHaveLength(2);
    expect(
      claimsIn(
        'Two officials said the inquiry had found nothing. The minister said it began in May. They said it would end soon.',
      ),
    ).toHaveLength(1);
  });

  it('reads "Another said" after sources', () => {
    const claims = claimsIn('Two of the sources said the vote would be close. Another said it could be delayed.');
    expect(claims.map((c) => c.cue.text)).toEqual(['Two of the sources said', 'Another said']);
  });

  it('gives the anonymity explained in the next sentence to the claim before it', () => {
    const claims = claimsIn(
      'Two employees said the plant would close. They spoke on condition of anonymity because they feared retaliation.',
    );
    expect(claims[0]?.kind).toBe('condition-of-anonymity');
  });

  it('keeps "the people" familiar with the matter even after other sources were cited', () => {
    const claims = claimsIn(
      'The company is weighing a sale, according to people familiar with the matter. Analysts said the price was high. ' +
        'Shares rose 4 percent. A buyer could emerge in May, according to one of the people.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['familiar-with', 'unnamed-source', 'familiar-with']);
  });

  it('follows a document cited earlier: "the emails show", "the memo, sent …, said"', () => {
    const claims = claimsIn(
      'Internal emails obtained by the BBC show the plan was shelved. Ministers met twice. The emails show they were warned. ' +
        'The memo, sent on Tuesday by the finance chief, said the cuts would begin in May. The minister said the cuts in the draft were small.',
    );
    expect(claims.map((c) => c.kind)).toEqual([
      'unattributed-document',
      'unattributed-document',
      'unattributed-document',
    ]);
  });
});

describe('a pronoun set off by commas', () => {
  it('reads ", they said," inside a later sentence as the same officials', () => {
    const claims = claimsIn(
      'Two officials said the meeting was tense. The president sided with the treasury, they said, but told both men to work it out.',
    );
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([
      ['unnamed-official', 'Two officials said'],
      ['unnamed-official', 'they said'],
    ]);
  });

  it('does not read ", he said," as a group of officials', () => {
    expect(
      claimsIn('Two officials said the meeting was tense. The president sided with the treasury, he said, and left.'),
    ).toHaveLength(1);
  });
});

describe('a pronoun after a closing quotation mark', () => {
  it('reads “…,” she said after one unnamed source as that source', () => {
    const claims = claimsIn('One manager said she found out from a spreadsheet. “I had no idea,” she said.');
    expect(claims.map((c) => c.cue.text)).toEqual(['One manager said', 'she said']);
  });
});
