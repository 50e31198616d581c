/**
 * Hedges, court reporting, anonymity and documents in the forms the first families did not know:
 * "It is learnt that", "Word in the paddock is that", "…, court hears", "on condition her name not
 * be used", "a paper, which DER SPIEGEL has obtained". Look-alikes must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { claimsIn, flags, ignores } from './helpers.ts';

describe('hearsay with no source', () => {
  flags([
    ['It is learnt that the leadership has asked both sides to stay quiet.', 'reportedly'],
    ['Word in the paddock is that the board wanted a younger line-up.', 'reportedly'],
    ['The word around Westminster is that the whips have given up.', 'reportedly'],
    ['Shares fell amid speculation that the chief executive would resign.', 'reportedly'],
    ['Mainland media reported that customs officers had stepped up inspections.', 'reportedly'],
    ['Enthusiasts have circulated videos purporting to show the sample levitating.', 'allegedly'],
  ]);
  ignores([
    'The word is out, and tickets sold within minutes.',
    'She had a word with the coach after the match.',
    'The company does not comment on market speculation.',
    'Asked about reports that troops would be sent, the minister said no decision had been made.',
  ]);
});

describe('court reporting', () => {
  it('flags a headline that closes on "court hears"', () => {
    const claims = claimsIn(
      'The trial continues.',
      "Care home boss 'siphoned £1.2m to fund luxury lifestyle', court hears",
    );
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['allegedly', 'court hears']]);
  });

  flags([
    [
      'Opening the prosecution case, Anna Whitcombe KC told the jury that the owner had treated the company like a piggy bank.',
      'allegedly',
    ],
    ['The prosecution alleges that the money was moved to an account in Jersey.', 'allegedly'],
  ]);
  ignores([
    'The prosecution case collapsed when the witness withdrew.',
    'The prosecution said it would appeal against the sentence.',
    'The court heard evidence from three former employees on Tuesday.',
    'Former manager Karen Lisle told the jury she had raised concerns a dozen times.',
  ]);
});

describe('anonymity in other words', () => {
  flags([
    [
      'A board member, who spoke in confidence because he was not mandated to speak on the matter, said the banks wanted more time.',
      'condition-of-anonymity',
    ],
    [
      'One nurse, who spoke on condition her name not be used, said she had cared for a patient in a corridor for 31 hours.',
      'condition-of-anonymity',
    ],
    [
      'An officer, who spoke on condition that neither his name nor his unit be disclosed, said his companies were at half strength.',
      'condition-of-anonymity',
    ],
    ['A senior minister, who did not wish to be identified, said the talks had not begun.', 'condition-of-anonymity'],
  ]);
  ignores([
    'She spoke in confidence to her lawyer before the hearing, the court heard.',
    'His name was withheld by police until his relatives had been told.',
    'The victim’s name was withheld pending notification of relatives.',
  ]);
});

describe('documents the outlet holds without saying who gave them', () => {
  flags([
    [
      'A paper from the Finance Ministry, which DER SPIEGEL has obtained, lists cuts of 4.2 billion euros.',
      'unattributed-document',
    ],
    [
      'A briefing note for the minister, portions of which have been seen by the ABC, warns of a cost overrun.',
      'unattributed-document',
    ],
    ['Internal figures obtained by CBC News show the median wait rose to 19 hours.', 'unattributed-document'],
    ['The memo, which Reuters has seen, sets out three options.', 'unattributed-document'],
  ]);
  ignores([
    'The licence, which the company has obtained after years of delay, runs until 2040.',
    'Figures published by the statistics office show wages rose 4 percent.',
  ]);
});

describe('tolls, trade tips and headline reports nobody has confirmed', () => {
  flags([
    ['Hundreds feared dead as floods sweep through river towns', 'reportedly'],
    ['At least 12 miners were feared trapped after the shaft collapsed.', 'reportedly'],
    ['The new handset is tipped for a spring launch in Europe.', 'reportedly'],
    ['Porto close in on midfielder, say reports', 'reportedly'],
    ['The manager has lost the dressing room, Madrid’s sports papers reported on Monday.', 'reportedly'],
  ]);
  ignores(['Papers reported in Nature show a five percent rise.', 'Officials feared the worst, the mayor said.']);
});

describe('documents the outlet has heard, seen or had read to it', () => {
  flags([
    ['Documents available with the Tribune show that the loan was never repaid.', 'unattributed-document'],
    [
      'A letter from the Health Ministry to the Office of the Prime Minister, seen by the Gazette, warns of shortages.',
      'unattributed-document',
    ],
    [
      'A recording of the board meeting, which The Courier has heard, captures the chair promising cuts.',
      'unattributed-document',
    ],
    [
      'A Treasury assessment, portions of which were read to the BBC, found the scheme had been abused.',
      'unattributed-document',
    ],
  ]);
  ignores([
    'Tickets are available to the public from Monday.',
    'The minister, who has seen the report, said it was damning.',
    'She has seen the letter and read to the end.',
  ]);
});

describe('gossip, talk and rumours with no one to say them', () => {
  flags([
    ['Holyrood gossip has it that two ministers have already cleared their desks.', 'reportedly'],
    ['There has been talk among parents that the school could merge with its neighbour.', 'reportedly'],
    ['The rumour around the paddock last week was that the team would switch engines.', 'reportedly'],
  ]);
  ignores([
    'There has been talk of a merger for years, the chief executive said.',
    'The rumour was false, the mayor said.',
    'She denied a rumour that she would resign.',
    'The gossip columns were full of it.',
  ]);
});

describe('a question put to an unnamed person', () => {
  flags([['Asked one senior backbencher: “Who would want the job now?”', 'unnamed-official']]);
  ignores(['Asked the same question, Ms. Ortiz declined to answer.']);
});

describe('people described by their fears', () => {
  ignores(['The levy has rattled foreign investors who fear a repeat of last year’s losses.']);
});

describe('pictures and live-blog reports with no known source', () => {
  flags([
    ['Video shared on social media appears to show a crane toppling onto the ring road.', 'unattributed-document'],
    ['We’re getting reports of flooding on the coast road near Ballycastle.', 'reportedly'],
  ]);
  ignores([
    'The minister shared a video on social media thanking volunteers.',
    'We are getting reports from our correspondent in Kyiv.',
  ]);
});
