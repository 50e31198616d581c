/**
 * Look-alikes met in trade, policy and science copy: verbs of saying used for something else
 * ("foreign workers admitted to Canada", "workers reported for duty", "mediators expected to
 * meet"), people reporting their own state ("reported feeling less tired"), people inside what a
 * document shows ("emails show that managers raised concerns"), and a rule's condition ("when the
 * driver is suspected of a felony"). None is a claim resting on an unnamed source.
 */
import { describe, expect, it } from 'vitest';
import { claimsIn, oneClaim } from './helpers.ts';

describe('look-alikes of unnamed sources and hedges', () => {
  it.each([
    'The plan would cut the number of international students and foreign workers admitted to Canada.',
    'Several patients admitted to the hospital on Monday were later discharged.',
    'Night-shift workers reported for duty at 6 a.m.',
    'Two journalists reported from Kyiv for the paper during the siege.',
    'Two miners reported missing on Monday were found alive.',
    'Mediators from Qatar and Egypt expected to meet negotiators in Cairo next week.',
    'Participants in the curfew group also reported feeling less tired during morning lessons.',
    'Emails released under the Public Records Act show that managers in the agency raised concerns about the tool.',
    'Police said the pursuit policy allows officers to chase a car when the driver is suspected of a felony.',
    'Under the rules, a player may be suspended if he is accused of misconduct by a referee.',
  ])('does not flag %s', (sentence) => {
    expect(claimsIn(sentence)).toEqual([]);
  });

  it('still flags the same words when they carry a claim', () => {
    expect(oneClaim('Officials admitted that the plan had failed.').kind).toBe('unnamed-official');
    expect(oneClaim('Some residents reported that the water was brown for days.').kind).toBe('unnamed-source');
    expect(oneClaim('The man, who is suspected of stealing three cars, was arrested on Monday.').kind).toBe(
      'allegedly',
    );
    expect(
      oneClaim('Internal emails obtained by the Post show that officials raised concerns about the contract.').kind,
    ).toBe('unattributed-document');
  });
});
