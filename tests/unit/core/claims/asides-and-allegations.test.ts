/**
 * Forms a thirteenth blind batch found missing: an unnamed speaker behind a short aside ("MPs,
 * meanwhile, say"), two plain words before a role ("one dairy cooperative manager"), people picked
 * out by a relative clause ("Two suppliers that ship to the plant told"), acts done privately, a
 * nation's news sites, "talk in X is that", documents under names the lexicon lacked or first cited
 * as secret, a document cited again past an aside with commas of its own, and a named party's
 * "alleged … that". Look-alikes (a rumour called
 * nonsense in its own sentence, people allowed to do something) must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { claimsIn, flags, ignores } from './helpers.ts';

describe('unnamed speakers behind an aside, a compound role or a relative clause', () => {
  flags([
    ['Conservative councillors, meanwhile, say privately that the budget cannot pass.', 'unnamed-official'],
    ['One veteran trader, wary of the new rules, put it more simply to me: the market is frozen.', 'unnamed-source'],
    ['“It is chaos,” one dairy cooperative manager texted the Courier on Monday.', 'unnamed-source'],
    ['Three hauliers that deliver to the depot told the paper they had not been paid since June.', 'unnamed-source'],
  ]);
  ignores([
    'The reporting line lets factory workers raise safety complaints without giving their names.',
    'The fraud came to light only after a new finance clerk noticed that two invoices were identical.',
    'Dr Amal Rizk, however, said the results were encouraging.',
  ]);
});

describe('press reports and talk with no one named', () => {
  flags([
    ['Several Hungarian news sites reported on Monday that the minister had offered to resign.', 'reportedly'],
    ['Talk in the village is that the quarry will reopen next spring.', 'reportedly'],
  ]);
  ignores([
    'The sites reported outages across the region after the storm.',
    'Talk is cheap, the manager said after the draw.',
    'Talk in the village was of little else all summer.',
    'Rumours that the club had bid for him were “total nonsense,” manager Tom Reid told BBC Radio Leeds.',
  ]);
});

describe('documents whose source is not named', () => {
  flags([
    [
      'According to a staffing breakdown obtained by the Herald, the ward is short of nine nurses.',
      'unattributed-document',
    ],
    [
      'An internal notice, which was shared with The Tribune, tells staff not to discuss the outage.',
      'unattributed-document',
    ],
    ['An internal union tally obtained by the Courier puts the yes vote at 61 per cent.', 'unattributed-document'],
    [
      'A confidential planning brief written for the council in May warns that the bridge may close.',
      'unattributed-document',
    ],
  ]);
  ignores(['A woman seen by the Courier carried a placard.', 'In brief, the plan failed.']);

  it('finds a document cited again past an aside that holds commas of its own', () => {
    const claims = claimsIn(
      'Documents obtained by the Courier show the council paid the contractor twice.\n\n' +
        'The documents, which include invoices, bank statements and letters between the council and its lawyers, Hale & Finch, show that the second payment was approved by a junior officer.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['unattributed-document', 'unattributed-document']);
  });
});

describe('what unnamed people do in private', () => {
  flags([['Treasury officials have privately warned ministers that the fund will run dry.', 'unnamed-official']]);
  ignores(['Doctors at privately run clinics were not asked.']);
});

describe('allegations, named or not', () => {
  flags([
    ['Opposition leader Mara Keane alleged in the Dáil on Wednesday that the tender had been rigged.', 'allegedly'],
    ['The union alleged that managers had read staff emails.', 'allegedly'],
  ]);
  ignores(['The opposition alleges fraud as counting continues']);
});

describe('speaking only off the record', () => {
  flags([
    [
      '“It was chaos,” said one of three guards who saw the fight but did not want to speak on the record.',
      'condition-of-anonymity',
    ],
    ['Two council staff, speaking off the record, said the audit had been delayed.', 'condition-of-anonymity'],
  ]);
  ignores(['A spokeswoman declined to speak on the record.', 'The mayor spoke on the record for the first time.']);
});
