/**
 * Sourcing in the forms of trade press, newsletters, local TV, magazines and transfer or market
 * copy: a plural trade opening its sentence ("Shipbrokers said"), a place before the role ("one
 * Bordeaux négociant"), places joined in a phrase, "attributed", "texted us", "merchants
 * reported", "is heard to have", "were reported fixed", "… has established", "Playbook hears",
 * a negated subject refused permission, "asked me not to use her name", rumours over a place
 * phrase, "according to five current and former developers", "someone who was in the room
 * recalls", unnamed outlets "are reporting", "the story that went around … was that", "I've
 * heard that from a couple of people", and a document cited again with "calls for".
 * Look-alikes must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { claimsIn, flags, ignores } from './helpers.ts';

describe('unnamed trades and people in trade and feature copy', () => {
  flags([
    ['Shipbrokers said tanker rates had risen by a quarter since the start of the month.', 'unnamed-source'],
    ['Négociants said the cut came too late to revive interest from collectors.', 'unnamed-source'],
    ['"Nobody is buying at these prices," one Bordeaux négociant told Decanter.', 'unnamed-source'],
    ['"We have aircraft sitting on the ground," one captain tells FlightGlobal.', 'unnamed-source'],
    ['Retail executives in Milan and Paris said orders for spring had been cut.', 'unnamed-official'],
    ['Market participants attributed the move to outages at two German refineries.', 'unnamed-source'],
    ['"It is over," a Republican strategist in Richmond texted us.', 'unnamed-source'],
    ['Prices fell, but merchants reported little appetite from collectors.', 'unnamed-source'],
    [
      'The game has slipped into 2027, according to five current and former developers who spoke to Kotaku.',
      'unnamed-source',
    ],
    ['Someone who was in the room recalls that he walked out halfway through.', 'unnamed-source'],
    ['A senior party leader close to the discussions said the president was losing patience.', 'familiar-with'],
  ]);
  ignores([
    // A surname met earlier in a name, not a trade.
    'Senator Bernie Sanders of Vermont spoke first. Sanders said the bill was a disgrace.',
    'Mediators from Qatar and Egypt expected to meet negotiators in Cairo next week.',
    'Developers said in a blog post that the update would ship in May.',
    "About 5,000 people attended, according to the organizers' own count published by the city.",
    'According to its developers, the app has 10 million users.',
    'Teachers texted the parents of every pupil on Friday night.',
  ]);
});

describe("the outlet's own sourcing, hearsay and hedges", () => {
  flags([
    ['The minister is preparing to replace the board, News24 has established.', 'unnamed-source'],
    ['Playbook hears that the Italian delegation wants something tangible on farm safeguards.', 'unnamed-source'],
    ['Word in the corridors of the Berlaymont is that the secretary-general is looking for the exit.', 'reportedly'],
    ['Rumours on the Place de Bordeaux suggest that another estate will hold back its wine.', 'reportedly'],
    ['The refinery is heard to have shut a crude unit over the weekend.', 'reportedly'],
    ['Two cargoes of Indian diesel were reported fixed to Europe last week.', 'reportedly'],
    ['Spanish outlets are reporting that the club will not stand in the way of a move.', 'reportedly'],
    ['The story that went around the docks afterwards was that he had been paid to keep quiet.', 'reportedly'],
    ['The talk doing the rounds in Westminster is that the chancellor will go.', 'reportedly'],
    ['"I\'ve heard that from a couple of people inside the building," the host said.', 'unnamed-source'],
    ['We have heard from sources at the club that the manager is safe.', 'unnamed-source'],
  ]);
  ignores([
    'The inquiry has established that the fire started in the kitchen.',
    'Smith hears cases in the county court every Tuesday.',
    'He was heard to say that the deal was off.',
    'The car was reported stolen on Tuesday.',
    'Fox News reported that the deal was done.',
    'Rumours on social media were quickly denied.',
    'The story that went around the internet was a hoax.',
    'I heard from my mother that the shop had closed.',
    'We heard from Jane Smith, the chair, that the vote would be delayed.',
  ]);
});

describe('anonymity and documents cited again', () => {
  flags([
    ['Neither official was permitted to speak to the media about the meeting.', 'condition-of-anonymity'],
    ['A former deputy, who asked me not to use her name, remembers the storm of 2018.', 'condition-of-anonymity'],
  ]);
  ignores([
    'Neither side was allowed to speak for more than ten minutes.',
    'Nobody was allowed to speak for more than five minutes at the meeting.',
  ]);

  it('follows a draft seen by the outlet into "The draft calls …"', () => {
    const claims = claimsIn(
      'Four countries are preparing a joint letter, according to a draft seen by POLITICO. The draft calls the proposal "neither realistic nor justified."',
    );
    expect(claims.map((c) => c.kind)).toEqual(['unattributed-document', 'unattributed-document']);
    expect(claims[1]?.text).toBe('The draft calls the proposal "neither realistic nor justified."');
  });

  it('does not follow a draft that no unnamed source gave', () => {
    expect(claimsIn('The draft calls for a hiring freeze, the company said.')).toEqual([]);
  });
});
