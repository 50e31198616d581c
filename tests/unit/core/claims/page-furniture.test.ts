/**
 * What a reader-mode extractor leaves of a real page besides the story: pull quotes and their
 * credits, poll figures, asides from other outlets' styles. Made-up sentences, one per class.
 */
import { describe, expect, it } from 'vitest';
import { claimsIn, flags, ignores } from './helpers.ts';

describe('pull quotes credited to someone not named', () => {
  it('reads "— Treasury official" after a pull quote as an unnamed official', () => {
    const claims = claimsIn('The bill stalled.\n\n“Nobody will sign off on this before March” — Treasury official');
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['unnamed-official', 'Treasury official']]);
  });
  it('reads "— a nurse on the night shift" as an unnamed source', () => {
    const claims = claimsIn('Wards are full.\n\n"We stopped counting the trolleys" — a nurse on the night shift');
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['unnamed-source', 'a nurse']]);
  });
  it('leaves a credit that names someone, and a dash that goes on with the sentence', () => {
    expect(claimsIn('“We are proud of the team” — Mara Quist, chief executive')).toEqual([]);
    expect(claimsIn('“We will win” — and they did.')).toEqual([]);
  });
});

describe('polls, rumours about someone, titles with a portfolio, users on a forum', () => {
  flags([
    ['A briefing paper, which Der Standard has consulted, proposes closing two depots.', 'unattributed-document'],
    ['Scouts say the winger is the best crosser in the division.', 'unnamed-source'],
    [
      '"The floor went silent," one user wrote on Reddit, in a post that appeared to come from an employee.',
      'unnamed-source',
    ],
    // A share of what they say, not a share of them.
    ['The grant is less than half of what researchers say the lab needs.', 'unnamed-source'],
  ]);
  ignores([
    // The poll's finding, not unnamed people speaking.
    'According to a survey by the Institut Norde, 61% of Belgian voters say the tax is unfair.',
    'Six in 10 parents say the new timetable is worse, the council survey found.',
    // Rumours as background to a person, with nothing said in them.
    'The signing ends a summer of rumours that followed the striker from club to club.',
  ]);
  it('reads a minister named after a portfolio the article also uses as a ministry as on the record', () => {
    const claims = claimsIn(
      'The Ministry of Manpower issued new rules on Monday.\n\nMinister of State for Manpower Priya Raman told Parliament the rules would be reviewed.',
    );
    expect(claims).toEqual([]);
  });
});

describe('named officials with an owner, handles, trial results and reports cited again', () => {
  ignores([
    // A named official whose title has an owner: the tagger may open the source at the "'s".
    "Marta Quint, FEMA's regional director for the Northeast, said the agency had opened two centres.",
    // Pseudonymous but identified: a handle is a name.
    'A user posting as lantern_fox told the paper they had copied the files before they were pulled.',
    // What patients report of their bodies is a trial's finding.
    'Patients on the drug reported nausea and headaches more often than those on placebo, the company said.',
    // Negated: no suspicion was raised.
    'The board recorded no suspected adverse reactions during the trial.',
  ]);
  it('follows a leaked report with "the report found" in the next sentence', () => {
    const claims = claimsIn(
      'An internal audit report seen by the Tribune lists 40 unpaid invoices.\n\nCompiled in May, the report found that two contracts were never tendered.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['unattributed-document', 'unattributed-document']);
  });
});

describe('unnamed people at a briefing, credits with modifiers, a title standing for its holder', () => {
  flags([
    // Speaking at a briefing does not name them.
    [
      'Port authorities have asked carriers to reroute, a harbour official said at a briefing last week.',
      'unnamed-official',
    ],
  ]);
  it('reads a credit with a team word before its head', () => {
    const claims = claimsIn('He is doubtful.\n\n"He will not play on Sunday." — Lions team source');
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['unnamed-source', 'Lions team source']]);
  });
  ignores([
    // A related story's headline: the capitalised title stands for the minister it names.
    'READ MORE: Kerala to audit all dams before the monsoon, says Minister',
  ]);
});

describe('a leaked document cited again by "according to", single-quoted credits, councils deciding', () => {
  it('follows a leaked review with "According to the review" a few sentences on', () => {
    const claims = claimsIn(
      'An internal review, a copy of which was obtained by the Herald, found 30 faults.\n\nThe council declined to comment.\n\nAccording to the review, two of the faults were never repaired.',
    );
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([
      ['unattributed-document', 'a copy of which was obtained by the Herald'],
      ['unattributed-document', 'According to the review'],
    ]);
  });
  it('reads a credit after a single closing quote and an en dash', () => {
    const claims = claimsIn('Protesters gathered.\n\n‘They fired without warning’ – witness');
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['unnamed-source', 'witness']]);
  });
  ignores([
    // With no leaked document before it, "according to the review" cites one the story has named.
    'According to the review, two of the faults were never repaired.',
    // What elected members decide is their own act.
    'Read more: Councillors reject call for review of depot sales',
  ]);
});

describe('headlines, infinitives, offices and reduced relatives', () => {
  flags([
    ['Harbour Logistics sale said to draw four bidders', 'reportedly'],
    ['Dam project: suspected falsification of safety tests delays opening', 'allegedly'],
    ['Most of those detained were suspected low-level couriers.', 'allegedly'],
    [
      'Revenue will reach $40 million, according to marketing materials reviewed by the Information.',
      'unattributed-document',
    ],
  ]);
  ignores([
    // An infinitive says what may be said, not what was.
    'The union has opened a hotline for members to report abuse from managers.',
    // An explainer's headline.
    'Read more: The new ballot for season-ticket holders explained',
    // An office's capitalised name in a sentence-case headline is its holder.
    'Read more: Parliamentary Budget Officer says deficit target at risk as growth slows',
    // Told to someone, not hearsay.
    'The club said the matter had been reported to it by a supporter.',
    // A reduced relative in a general rule: nobody in particular is suspected.
    'Under the rules, clubs can lose their allocation, and officers suspected of involvement can be suspended.',
  ]);
});

describe("credits after modifiers, the outlet's own reporter, a nation's press, public filings", () => {
  it('reads "– senior Army source" after a pull quote', () => {
    const claims = claimsIn('The order slipped.\n\n“The tanks were not ready” – senior Navy source');
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['unnamed-source', 'senior Navy source']]);
  });
  flags([
    ['Our correspondent gathered that the dispute began in March.', 'unnamed-source'],
    ['Ljubljana wants more time, Slovak media reported on Monday.', 'reportedly'],
    ['Two shipping firms suspected of re-flagging tankers were added to the list.', 'allegedly'],
  ]);
  ignores([
    'The petition, which the Assembly said it received anonymously by email, was read on the floor.',
    'Her stake stands at 3.1 percent, according to a regulatory filing.',
    'The house moved to investigate what lawmakers described as irregular payments.',
  ]);
});

describe("the writer's own documents, negated accusations, nouns that look like verbs", () => {
  flags([
    [
      'A private Slack thread from that spring, which I obtained, shows a manager asking for the logs.',
      'unattributed-document',
    ],
  ]);
  ignores([
    'The contractor has not been accused of wrongdoing.',
    'She was never suspected of anything.',
    // "report" is a noun here, the subject of "reinforced".
    'Bond traders piled into Treasuries on Friday after a weak jobs report reinforced bets on a rate cut.',
    // A restrictive clause, not the writer holding a document.
    'The plan that we reviewed, however, was dropped.',
  ]);
});

describe('credits with a place, allies by name, counts added, people in someone else’s story', () => {
  it('reads "— a producer at Brightwater Animation" after a pull quote', () => {
    const claims = claimsIn('Talks stalled.\n\n"That date is gone." — a producer at Harbour Pictures');
    expect(claims.map((c) => [c.kind, c.cue.text])).toEqual([['unnamed-source', 'a producer']]);
  });
  flags([['Her first job, one Okafor ally said, will be to rebuild the field team.', 'unnamed-source']]);
  ignores([
    'The firm lost customers while its two larger rivals added users.',
    'Mensah said she had received letters from readers who told her they had lost their jobs too.',
    'UOB and Maybank confirmed talks on Friday. The two lenders said no agreement had been reached.',
  ]);
});

describe('credits whose head the lists do not know, learning from people, title-case hedges', () => {
  it('reads "— a former line cook" after a pull quote, and not "— the crowd roared"', () => {
    const claims = claimsIn(
      'Tips vanished.\n\n"Nobody saw a dime" — a former dish washer\n\n"It was chaos" — the crowd roared',
    );
    expect(claims.map((c) => c.cue.text)).toEqual(['a former dish washer']);
  });
  flags([
    ['Caixin learned from people close to the talks that a deal was near.', 'familiar-with'],
    ['Police Detain Port Official Suspected of Smuggling Fuel', 'allegedly'],
  ]);
  ignores(['When patients who need to be admitted cannot be moved to a ward, they stay in the corridor.']);
  it('follows leaked figures with "The figures also show"', () => {
    const claims = claimsIn(
      'Internal figures obtained by the Herald show waits of 30 hours.\n\nThe figures also show the unit ran at 160 per cent of capacity.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['unattributed-document', 'unattributed-document']);
  });
  it('reads "The figures" after named data as those, not the leak before them', () => {
    const claims = claimsIn(
      'Internal figures obtained by the Herald show waits of 30 hours.\n\nAdmissions rose 4% in May, according to data from the Health Service Executive. The figures also show fewer beds.',
    );
    expect(claims.map((c) => c.cue.text)).toEqual(['Internal figures obtained by the Herald']);
  });
});

describe('fears that describe a thing', () => {
  ignores(['The vote comes as ministers prepare a budget for 2027 that investors fear will loosen policy.']);
  it('reads "One of them, who asked not to be named" after "two officials told the M&G."', () => {
    const claims = claimsIn(
      'The deal was rushed, two officials told the M&G. One of them, who asked not to be named, said bids were not read.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['unnamed-official', 'condition-of-anonymity']);
  });
});

describe('people after "said" with a verb of their own', () => {
  ignores(['Mira Osei, a director at the agency Northgate Realty, said buyers in the area were mostly end users.']);
  flags([
    [
      '"Everyone wants a consumer name," said a fund manager at a Dubai firm that has put in an order.',
      'unnamed-source',
    ],
  ]);
});

describe('an outlet the recogniser knows, after a sentence opener', () => {
  flags([
    [
      'But Le Monde has learned that the ministry drafted a fallback plan to pass the bill without a vote.',
      'unnamed-source',
    ],
  ]);
  ignores(['But Smith has learned that his contract will not be renewed.']);
});

describe('people who point something out', () => {
  flags([['Experts in the sector point out that the subsidy bill has outgrown the tariffs.', 'unnamed-source']]);
});
