import { describe, expect, it } from 'vitest';
import { entity, found, recognize } from './helpers.ts';

const typed = (r: { entities: { type: string; text: string }[] }) => r.entities.map((e) => `${e.type}:${e.text}`);

describe('datelines', () => {
  it('takes the ALL-CAPS place a dispatch opens with, however many words', () => {
    expect(typed(recognize('Stocks rally', 'NEW YORK (Reuters) - Stocks rose.'))).toEqual([
      'place:NEW YORK',
      'outlet:Reuters',
    ]);
    expect(typed(recognize('Markets', 'FRANKFURT 1997-01-16', 'The mark firmed.'))).toEqual(['place:FRANKFURT']);
    expect(typed(recognize('Storm', 'KANO, Nigeria (Reuters) - Gunmen struck.'))).toEqual([
      'place:KANO',
      'place:Nigeria',
      'outlet:Reuters',
    ]);
  });

  it('does not take a sports slug before a dash for a place', () => {
    expect(typed(recognize('SOCCER - JAPAN GET LUCKY WIN .', 'Japan won.'))).not.toContain('place:SOCCER');
  });
});

describe('results and tables', () => {
  it('reads competitors with their country in brackets as people', () => {
    const r = recognize(
      'ATHLETICS - RESULTS .',
      '2. Frankie Fredericks ( Namibia ) 10.01',
      '3. Dennis Mitchell ( U.S. ) 10.12',
    );
    expect(typed(r)).toEqual(['person:Frankie Fredericks', 'place:Namibia', 'person:Dennis Mitchell', 'place:U.S.']);
  });

  it('reads scorers in brackets and scorecard shorthand as people, the sides as clubs', () => {
    const r = recognize(
      'SOCCER - RESULTS .',
      'Rangers 2 ( Gascoigne 13 , Laudrup 51 ) Celtic 0',
      'Saeed Anwar c Croft b Mullally 12',
    );
    expect(typed(r)).toEqual([
      'organization:Rangers',
      'person:Gascoigne',
      'person:Laudrup',
      'organization:Celtic',
      'person:Saeed Anwar',
      'person:Croft',
      'person:Mullally',
    ]);
  });

  it('takes both names of a fixtures line for clubs, even one that starts like a given name', () => {
    expect(typed(recognize('SOCCER - RESULTS .', 'Wolverhampton 1 Crystal Palace 1'))).toEqual([
      'organization:Wolverhampton',
      'organization:Crystal Palace',
    ]);
  });

  it('reads a list of players as names, not as a Title Case headline', () => {
    expect(typed(recognize('RUGBY', 'Team : Christian Cullen , Jeff Wilson , Walter Little .'))).toEqual([
      'person:Christian Cullen',
      'person:Jeff Wilson',
      'person:Walter Little',
    ]);
  });
});

describe('clubs and countries in match reports', () => {
  it('makes a town a club once it is a side in a match, headline included', () => {
    const r = recognize('SOCCER - BAYERN BEAT HAMBURG .', 'Bayern Munich beat Hamburg 2-0 on Saturday.');
    expect(typed(r)).toEqual([
      'organization:BAYERN',
      'organization:HAMBURG',
      'organization:Bayern Munich',
      'organization:Hamburg',
    ]);
  });

  it('keeps countries as places when they are the side (CoNLL-2003)', () => {
    expect(found('Japan beat Syria 2-1 in Al Ain.')).toEqual(['place:Japan', 'place:Syria', 'place:Al Ain']);
  });

  it('does not make players of a tennis match into clubs', () => {
    expect(found('Carlos Alcaraz beat Jannik Sinner 2-6, 6-3, 6-4 in Paris.')).toEqual([
      'person:Carlos Alcaraz',
      'person:Jannik Sinner',
      'place:Paris',
    ]);
  });
});

describe('organisations', () => {
  it('keeps company suffixes and splits lists of companies', () => {
    expect(found('Shares of Boeing Co fell.')).toEqual(['organization:Boeing Co']);
    expect(found('Rival JPMorgan Chase & Co and Citigroup Inc report results later.')).toEqual([
      'organization:JPMorgan Chase & Co',
      'organization:Citigroup Inc',
    ]);
  });

  it('drops a nationality before a ministry', () => {
    expect(found('A spokesman for the Russian Foreign Ministry said so.')).toEqual(['organization:Foreign Ministry']);
  });

  // Known miss of the learned tagger (CoNLL reads "Christian" as MISC); taking a MISC word into the
  // organisation after it cost ORG F1 on eng.testa (0.857 → 0.852), so it is not done. Passes once fixed.
  it.fails('keeps a group adjective that opens a name (known miss)', () => {
    expect(found('Polls put the Christian Democratic Union ahead.')).toEqual([
      'organization:Christian Democratic Union',
    ]);
  });

  it('reads "… Administration" as a body unless a person names it', () => {
    expect(found('It filed with the National Highway Traffic Safety Administration on Monday.')).toEqual([
      'organization:National Highway Traffic Safety Administration',
    ]);
    expect(found('Officials of the Trump Administration declined to comment.')).toEqual(['person:Trump']);
  });

  it('reads a comma phrase after an unknown name', () => {
    expect(found('Tomorrow, NetChoice, a trade group, sued.')).toEqual(['organization:NetChoice']);
  });
});

describe('people', () => {
  it('links a Korean family name to the full name', () => {
    const r = recognize('', 'Party leader Lee Jae-myung spoke.', 'Lee said the vote would come.');
    expect(entity(r, 'Lee Jae-myung').type).toBe('person');
    expect(entity(r, 'Lee').canonical).toBe('Lee Jae-myung');
  });

  it('reads given names beyond the English lists and particles like "ten"', () => {
    expect(found('The club sacked Erik ten Hag and hired Mehmet Scholl.')).toEqual([
      'person:Erik ten Hag',
      'person:Mehmet Scholl',
    ]);
  });

  it('keeps the period of a sentence out of a name that ends a paragraph', () => {
    expect(found('Among them were Leung Kwok-hung and Claudia Mo.')).toEqual([
      'person:Leung Kwok-hung',
      'person:Claudia Mo',
    ]);
  });
});

describe('not entities', () => {
  it('drops events named after places, storms and market indices', () => {
    expect(found('He won the Chicago Marathon and the U.S. Open.')).toEqual([]);
    expect(found('Storm Ciaran lashed France.')).toEqual(['place:France']);
    expect(found('The Nikkei share average rose in Tokyo.')).toEqual(['place:Tokyo']);
  });

  it('drops an event with the place it is named after', () => {
    expect(found('He won a stage of the Tour of Spain.')).toEqual([]);
  });
});
