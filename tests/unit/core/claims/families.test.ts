/**
 * One block per cue family: sentences in the style of wire copy that must be flagged with their
 * kind, and look-alikes that must not be.
 */
import { describe, expect, it } from 'vitest';
import { flags, ignores, oneClaim } from './helpers.ts';

describe('unnamed officials', () => {
  flags([
    ['A senior administration official said the talks would resume next week.', 'unnamed-official'],
    ['The United States is preparing new sanctions, two U.S. officials told Reuters on Tuesday.', 'unnamed-official'],
    ['Western diplomats said the proposal had little chance of passing.', 'unnamed-official'],
    ['Pentagon officials have long argued that the base is vital.', 'unnamed-official'],
    ['The strike killed at least 12 fighters, said a U.S. military official.', 'unnamed-official'],
    ['The plan is on hold, according to two Israeli officials.', 'unnamed-official'],
    ['The decision echoes earlier concerns from European officials about the deal.', 'unnamed-official'],
    ['Prosecutors say the defendant wired the money to an offshore account.', 'unnamed-official'],
    ['U.S. Officials Say Iran Is Arming the Rebels', 'unnamed-official'],
    ['Con Edison officials said the outage was caused by a transformer fire.', 'unnamed-official'],
    ['Officials in Kyiv said the strike hit a power plant.', 'unnamed-official'],
    ['The plant will close next year, said an official with the ruling party.', 'unnamed-official'],
    ['Officials warned that the storm could bring flooding.', 'unnamed-official'],
    ['U.S. intelligence officials believe Moscow ordered the attack.', 'unnamed-official'],
    ['An intelligence officer said the drones were launched from Iran.', 'unnamed-official'],
    ['A senior minister told the BBC that the plan was dead.', 'unnamed-official'],
    ['Chinese officials pushed back on the claims.', 'unnamed-official'],
    ['Officials there said the bridge would reopen in May.', 'unnamed-official'],
    // Speaking at a briefing does not name them; a statement is the institution's own.
    ['Health officials said at a briefing that cases were falling.', 'unnamed-official'],
  ]);
  ignores([
    'Treasury Secretary Janet Yellen said the sanctions would take effect immediately.',
    'The official, John Smith, said the report was accurate.',
    'Officials including Secretary of State Antony Blinken said the deal was close.',
    'State Department spokesperson Vedant Patel said Thursday that ties were strong.',
    'Dmitry Peskov, a spokesperson for the Kremlin, said Russia had enough capacity.',
    'Officials said in a statement that the plant would close.',
    'Police said the suspect was arrested on Monday.',
    'Officials declined to comment on the report.',
    'Company officials did not respond to requests for comment.',
    'Ars is asking Mojang for comment and will update this post if company officials respond.',
    'She told officials that she had been threatened.',
    'Officials will meet on Tuesday to discuss the budget.',
    'The official death toll rose to 45 on Sunday.',
    'Official figures show inflation rose 3.2 percent in March.',
    'Officials told residents to evacuate before the storm.',
    'A spokesman for the company said the recall was voluntary.',
    'China has increasingly warned a U.S. ally that it could act.',
    'The minister said the plan was dead.',
    'Prime Minister Keir Starmer said the plan was dead.',
    'Officials questioned the suspect for six hours.',
    'Officials recalled the ambassador on Friday.',
    'Officials pushed for a deal before the deadline.',
    'Officials agreed to a ceasefire on Sunday.',
    'The ministry named three officials in its report.',
    'Police said two people were killed in the Kharkiv region.',
    'Pentagon spokesman Maj. Gen. Pat Ryder declined to comment on the report.',
    'Russia’s Defense Ministry said its forces had struck “military-industrial targets.”',
  ]);
});

describe('anonymity granted', () => {
  flags([
    [
      'The officials spoke on condition of anonymity because they were not authorized to discuss the matter publicly.',
      'condition-of-anonymity',
    ],
    ['One person, who asked not to be named, said the deal was worth $2 billion.', 'condition-of-anonymity'],
    ['The official, who was not authorized to speak publicly, said the plan was on hold.', 'condition-of-anonymity'],
    ['A diplomat who requested anonymity said the vote would be delayed.', 'condition-of-anonymity'],
    ['A senior aide, speaking anonymously, said the minister would resign.', 'condition-of-anonymity'],
    ['Officials briefed reporters on background about the new strategy.', 'condition-of-anonymity'],
  ]);
  it("looks past an aside for the official's verb and keeps the whole sentence", () => {
    const sentence =
      'A senior State Department official, who briefed reporters on the condition of anonymity, said Washington was ready to act.';
    expect(oneClaim(sentence)).toMatchObject({
      kind: 'condition-of-anonymity',
      text: sentence,
      reason: 'an unnamed official; anonymity granted',
    });
  });

  it('reads "officials … speaking on the condition of anonymity" as one claim with both reasons', () => {
    const claim = oneClaim(
      'China is providing Russia with drone parts, officials told the AP, speaking on the condition of anonymity, as the war drags on.',
    );
    expect(claim.kind).toBe('condition-of-anonymity');
    expect(claim.reason).toBe('unnamed officials; anonymity granted');
    expect(claim.source).toBe('officials');
    expect(claim.confidence).toBeGreaterThan(0.9);
  });
  ignores([
    'The hacker group Anonymous claimed responsibility for the attack.',
    'An anonymous donor gave $1 million to the hospital.',
    'The samples are sent anonymously to the lab from around the world.',
    'Tor is designed to protect online anonymity.',
    'The unidentified man was taken to hospital.',
    'The council ran background checks on all applicants.',
  ]);
});

describe('people familiar with the matter', () => {
  flags([
    ['The company is exploring a sale, according to people familiar with the matter.', 'familiar-with'],
    ['A person briefed on the discussions said no decision had been made.', 'familiar-with'],
    ['Two people with knowledge of the negotiations said the deal could collapse.', 'familiar-with'],
    ['A source close to the talks said the sides remained far apart.', 'familiar-with'],
    ['Those familiar with his thinking say he will not run again.', 'familiar-with'],
    ['Sources familiar with the investigation said charges were likely.', 'familiar-with'],
    ['People who have seen the plan say it is ambitious.', 'familiar-with'],
    ['The talks have stalled, according to a person involved in the negotiations.', 'familiar-with'],
    ['People close to the president say he is furious.', 'familiar-with'],
  ]);
  ignores([
    'He is familiar with the challenges facing the industry.',
    'She looked familiar to the guards.',
    'The village is close to the border with Syria.',
    'The storm killed close to 50 people.',
    'Officials were aware of the risks for years.',
    'The minister was briefed on the plan last week.',
    'He has seen the report and disagrees with it.',
    'Officials involved in the scandal were fired last year.',
    'People close to the border fled their homes.',
  ]);
});

describe('documents with no named source', () => {
  flags([
    ['The plan is described in a memo obtained by The Washington Post.', 'unattributed-document'],
    ['According to documents seen by the BBC, the firm paid no tax for a decade.', 'unattributed-document'],
    ['Leaked emails show the executives knew of the flaw.', 'unattributed-document'],
    ['The army lost 200 tanks, according to intelligence reports seen by Reuters.', 'unattributed-document'],
    ['According to an internal memo, the layoffs will begin in May.', 'unattributed-document'],
    ['Other studies have said the drug is safe.', 'unattributed-document'],
    [
      'A draft of the report, a copy of which was obtained by The Guardian, recommends closing the plant.',
      'unattributed-document',
    ],
    ['A transcript reviewed by NBC News shows the call lasted 30 minutes.', 'unattributed-document'],
  ]);
  ignores([
    'A report released by the Congressional Budget Office found that deficits would rise.',
    'The film was seen by millions of viewers.',
    'The data was provided by C4ADS, a nonprofit.',
    'Researchers at Stanford University published the study in Nature.',
    'The studies by Harvard economists found no effect.',
  ]);
});

describe('unnamed sources and vague attribution', () => {
  flags([
    ['Sources said the minister would resign on Friday.', 'unnamed-source'],
    ['A Whitehall source said the prime minister was furious.', 'unnamed-source'],
    ['Law enforcement sources tell TMZ the dress was taken from her room.', 'unnamed-source'],
    ['Insiders say the board is split.', 'unnamed-source'],
    ['Allies of the prime minister say she will fight on.', 'familiar-with'],
    ['Critics say the law will hurt the poor.', 'unnamed-source'],
    ['Most experts say a recession is unlikely.', 'unnamed-source'],
    ['The combination, say economists, marks a journey into uncharted territory.', 'unnamed-source'],
    ['CNN has learned that the president will veto the bill.', 'unnamed-source'],
    ['We’re told there is security footage of the theft.', 'unnamed-source'],
    ['Local people reported seeing a flash of light.', 'unnamed-source'],
    ['“It is a scam,” one user wrote on the forum.', 'unnamed-source'],
    ['The BBC understands the chancellor will delay the budget.', 'unnamed-source'],
    ['Sky News has been told the deal is off.', 'unnamed-source'],
    ['A friend of the couple said they had separated months ago.', 'unnamed-source'],
    ['Witnesses said the gunman fired at least 20 shots.', 'unnamed-source'],
    ['Economists polled by Reuters expect growth to slow.', 'unnamed-source'],
    ['Some say the plan is doomed.', 'unnamed-source'],
    ['A Democratic strategist said the ad would backfire.', 'unnamed-source'],
    ['One attendee said the mood in the room was tense.', 'unnamed-source'],
    ['Others say the reforms did not go far enough.', 'unnamed-source'],
  ]);
  ignores([
    'The company released the source code for the app.',
    'Solar power is a growing source of energy in the region.',
    'The source of the fire was not immediately clear.',
    'Source: Reuters',
    'The Russian space agency would not describe the malfunction, saying its experts were looking into it.',
    'The experts were invited to testify before Congress.',
    '“There is no reason to believe the guys in charge have changed,” said Mr. Reeves, a senior fellow at Harvard.',
    'She has learned to live with the pain.',
    'He said the company had learned from its mistakes.',
    'Many people were killed in the attack.',
    'Smith has learned that his contract will not be renewed.',
    'Workers at the plant said they were worried about their jobs.',
    'Residents said they would not leave their homes.',
    'Some people were injured in the blast.',
    'The researchers published their findings in Nature.',
    'Others were injured in the crash.',
    'The researcher, Dr. Ann Lee, said the results were clear.',
    'Dr. Ann Lee, a researcher at Oxford, said the results were clear.',
  ]);
});

describe('hedges', () => {
  flags([
    ['The company reportedly plans to cut 1,000 jobs.', 'reportedly'],
    ['The singer is said to be furious about the leak.', 'reportedly'],
    ['It is understood that the talks broke down on Tuesday.', 'reportedly'],
    ['The tablets were believed to contain a dangerous dose of the drug.', 'reportedly'],
    ['The couple is rumored to be engaged.', 'reportedly'],
    ['The army has lost 300 tanks, according to local news reports.', 'reportedly'],
    ['The man allegedly stole $5,000 from the charity.', 'allegedly'],
    ['The video purportedly shows the missile strike.', 'allegedly'],
    ['A suspected Chinese spy balloon drifted over Montana.', 'allegedly'],
    ['The government was suspected of sponsoring terrorism.', 'allegedly'],
    ['He is alleged to have taken bribes.', 'allegedly'],
    ['Reports say the minister will resign on Friday.', 'reportedly'],
    ['It has emerged that the minister knew about the leak.', 'reportedly'],
    ['The ship is thought to have sunk within minutes.', 'reportedly'],
    ['The reputed mob boss was arrested in Queens.', 'reportedly'],
    ['He was accused of taking bribes.', 'allegedly'],
    ['The president faces accusations that he misused funds.', 'allegedly'],
  ]);
  ignores([
    'Facebook believe that Emery is impartial enough to label fake news.',
    'He also claimed the tax cuts would pay for themselves.',
    'China had for months publicly claimed neutrality in the war.',
    'The agency has not commented on the allegations.',
    'He said to reporters that he would not resign.',
    'I believe the plan will work.',
    "The CBO's reports say deficits will rise.",
  ]);
});

describe('quoted speakers', () => {
  ignores([
    'Emery wrote, “Incredibly, some people actually think they have to put words in his mouth.”',
    '“Critics say we are reckless, but we are not,” the mayor said at a rally.',
  ]);
});

// Forms found missing on the blind set (tests/fixtures/claims/blind): each rule with a trap.

describe('more unnamed officials', () => {
  flags([
    ['Several Labour MPs told the BBC that the whips had lost control.', 'unnamed-official'],
    ['Authorities said the fire started in a kitchen.', 'unnamed-official'],
    ['Federal regulators said the airline had missed three inspections.', 'unnamed-official'],
    ['Regulators raised concerns about the merger in March.', 'unnamed-official'],
    ['Pentagon officials dismissed the reports as speculation.', 'unnamed-official'],
    ['The assessment was described to The Guardian by two officials.', 'unnamed-official'],
    ['Former officials who worked on the programme said it was never tested.', 'unnamed-official'],
    ['Officials with the Health Department – Region 5 & Islands said the clinic would close.', 'unnamed-official'],
  ]);
  it('starts "one of the diplomats" at the quantity', () => {
    expect(oneClaim('One of the diplomats said the talks had stalled.').cue.text).toBe('One of the diplomats said');
  });
  ignores([
    'Opposition lawmakers said they would boycott the vote.',
    'Several senators said on Tuesday they would oppose the nominee.',
    'Lawmakers said that if the bill failed they would try again in June.',
    'About 15% of MPs wrote to the committee chair.',
    'Political advisers who worry about the midterms urged restraint.',
    'The managers had been told that the plant would close.',
    'Officials questioned the driver for two hours.',
    'Officials dismissed the employee last year.',
  ]);
});

describe('more unnamed sources', () => {
  flags([
    ['Eagle-eyed fans noticed that the singer had deleted the photos.', 'unnamed-source'],
    ['One reader wrote that the bridge had been closed for weeks.', 'unnamed-source'],
    ['People in the village said the water had turned brown.', 'unnamed-source'],
    ['The company’s revenue doubled last year, per two sources.', 'unnamed-source'],
    ['Brenner nears deal for rival snack maker -sources', 'unnamed-source'],
    ['Sources: Ministry to delay the budget', 'unnamed-source'],
    ['The channel will close in June, Semafor has learned.', 'unnamed-source'],
    ['We hear the couple have already moved out.', 'unnamed-source'],
    ['A No 10 source said the prime minister was furious.', 'unnamed-source'],
    ['Some analysts have questioned whether the plan can work.', 'unnamed-source'],
    ['Economists polled by Reuters last week expected rates to stay on hold.', 'unnamed-source'],
  ]);
  ignores([
    'People were evacuated from the building.',
    'Residents said they were frustrated by the delays.',
    'Parents said they loved the new timetable.',
    'Members of the band said they had enjoyed the tour.',
    'Investors added to their bets on a rate cut.',
    'Researchers questioned the patients about their diets.',
    '“We hear you,” the mayor told protesters.',
    'The sources of the river are in the mountains.',
    'Smith has learned that his contract will not be renewed.',
    'The family of a patient accuses the hospital of negligence.',
  ]);
});

describe('more people familiar with the matter', () => {
  flags([
    ['An investor briefed on the round said the valuation had doubled.', 'familiar-with'],
    ['A banker familiar with the deal said it could close in May.', 'familiar-with'],
  ]);
});

describe('more documents with no named source', () => {
  flags([
    ['Internal memo shows plan to close 40 stores', 'unattributed-document'],
    ['Regulators ignored the warnings, emails show', 'unattributed-document'],
    ['Earlier studies have found links between the drug and liver damage.', 'unattributed-document'],
    ['According to a classified Pentagon assessment, the strike missed its target.', 'unattributed-document'],
    ['One recent study found that the drug halved the risk.', 'unattributed-document'],
    ['U.S. intelligence suggests the missile was fired from Yemen.', 'unattributed-document'],
  ]);
  ignores([
    'Democrats seized on the leaked memo.',
    'The hackers claimed to have leaked files from the company.',
    'According to a Pentagon report, the program is over budget.',
    'Court records show he was fined twice.',
    'Artificial intelligence shows promise in radiology.',
    'A study published in The Lancet found that the drug was safe.',
    'The emails show the plan was shelved.',
  ]);
});

describe('more hedges', () => {
  flags([
    ['A man believed to be in his 40s was arrested.', 'reportedly'],
    ['The striker, who has been linked with a move to Spain, scored twice.', 'reportedly'],
    ['There were unconfirmed reports of gunfire near the palace.', 'reportedly'],
    ['According to local media, the blast was heard 20 miles away.', 'reportedly'],
    ['According to Italian media, the fugitive had been hiding in a farmhouse.', 'reportedly'],
    ['According to reports in Spain, the fee is €80m.', 'reportedly'],
    ['Israeli media reported that the talks had collapsed.', 'reportedly'],
    ['Report: Apple plans a cheaper headset', 'reportedly'],
    ['Netflix raises prices again, report says', 'reportedly'],
    ['Reports have emerged that the coach will leave.', 'reportedly'],
    ['It’s understood the deal is close.', 'reportedly'],
    ['Police arrested a suspected arsonist on Friday.', 'allegedly'],
    ['Doctors are monitoring 12 suspected cases.', 'allegedly'],
    ['The lawsuit alleges that the company hid the defect.', 'allegedly'],
    // Hedges count even when the source is named (corpus rules): an allegation is not established.
    ['Smith alleges that his boss lied.', 'allegedly'],
  ]);
  ignores([
    'Police suspected the husband from the start.',
    'He said to be careful on the roads.',
    'She is credited with inventing the modern bra.',
    'Smoking is linked with heart disease.',
    'According to Bloomberg reports, the deal is off.',
    'According to reports in The Times, the deal is off.',
    'Smith alleges fraud in the count.',
    'Jones claimed to be a doctor.',
    'Social media said nothing of the kind.',
  ]);
});

// Bugs found by blind batch 2 (fixed after its figure was taken).
describe('noun phrases that were misread', () => {
  flags([
    ['An aide to the governor said the veto was certain.', 'unnamed-official'],
    ['“It was chaos,” a former senior aide to the mayor told me.', 'unnamed-official'],
    ['Several of the people I interviewed described him as ruthless.', 'unnamed-source'],
    ['A hospital employee, who was on shift at the time, said the man ran off.', 'unnamed-source'],
  ]);
  ignores([
    'The fire is spreading, with residents in three towns told it is too late to leave.',
    'Customers told to boil water after main breaks',
    'I said the plan would fail.',
  ]);
});

// Newsroom vocabulary beyond the first lists: occupations, anonymity wording, legal allegations.
describe('wider vocabulary of sources', () => {
  flags([
    ['Russian military bloggers said the bridge had been hit.', 'unnamed-source'],
    ['Forecasters said the storm would strengthen overnight.', 'unnamed-source'],
    ['One longtime lobbyist said the bill was dead.', 'unnamed-source'],
    ['Federal agents said the suspect had fled to Mexico.', 'unnamed-official'],
    ['A sheriff’s deputy said the car had been stolen.', 'unnamed-official'],
    ['One legislator recalled being told to change his vote.', 'unnamed-official'],
    ['Several staffers expressed concern that the plan was rushed.', 'unnamed-official'],
    ['The nurse, who asked to remain anonymous, said staff were exhausted.', 'condition-of-anonymity'],
    ['A waiter, who declined to give his name, said the owner had left.', 'condition-of-anonymity'],
    ['State television reported that the president had won.', 'reportedly'],
    ['The post is open, with Rahul Dravid understood to be the frontrunner.', 'reportedly'],
    ['A lawsuit accusing the bank of fraud was filed on Monday.', 'allegedly'],
    ['The plaintiffs allege that the drug caused liver damage.', 'allegedly'],
    [
      'More than 200 hospitals have closed maternity wards, according to a study published last year.',
      'unattributed-document',
    ],
  ]);
  ignores([
    'According to a study published in Nature, the drug works.',
    'Sales fell, according to market research firm Counterpoint.',
    'The players said they were disappointed with the result.',
    'Smith said to reporters that he would stay.',
    'The pilot program will expand next year.',
    'Staff expressed frustration at the delays.',
    'Protesters said they would march again on Sunday.',
    'Alcoholics Anonymous meets on Tuesdays in the church hall.',
  ]);
});

// Speakers the role lists do not know, found from the verb of saying.
describe('unnamed speakers by their verb', () => {
  flags([
    ['Detainees say conditions have worsened since January.', 'unnamed-source'],
    ['“They went from house to house,” one man said.', 'unnamed-source'],
    ['One former caseworker said the staff had been cut in half.', 'unnamed-source'],
    ['Cardiologists who reviewed the data said the findings were not alarming.', 'unnamed-source'],
    ['Aid agencies say access to the area is extremely limited.', 'unnamed-source'],
    ['Some local shopkeepers told the BBC that the market had been shut for a week.', 'unnamed-source'],
    ['The road was closed for hours, said a woman who lives nearby.', 'unnamed-source'],
  ]);
  ignores([
    'Sanders said the bill would pass.',
    'Powers told the committee that he had resigned.',
    'The numbers say otherwise.',
    'A spokesman said the recall was voluntary.',
    'A statement said the plant would close.',
    'Lawyers for the family said they would appeal.',
    'A leaker who posts under the name Sonny shared what he said were photos of the phone.',
    'The school board approved a change supporters said would help students.',
    'Farmers said they would protest again on Monday.',
    '“The kids say we are mad,” the mayor said.',
  ]);
});

describe('more hedges and headline forms', () => {
  flags([
    ['RSF accused of killing dozens in village attack', 'allegedly'],
    ['A man has been arrested on suspicion of murder.', 'allegedly'],
    ['The chain was hit by a lawsuit from former workers alleging unpaid overtime.', 'allegedly'],
    ['Toyota to build battery plant in Indonesia, Nikkei learns', 'unnamed-source'],
  ]);
  ignores([
    'She learns to play the piano every Sunday.',
    'He accused of lying the very people who trusted him.',
    'Detective Inspector Hollis said: “Our thoughts are with her family. We understand this will cause concern.”',
    '“We were told for months that our money might be gone,” he said.',
  ]);
});

describe('names with abbreviations, joined modifiers, outlet formulas', () => {
  flags([
    ['An aide to Lt. Gov. Dan Patrick said the Senate would not accept the plan.', 'unnamed-official'],
    ['The cuts were chaotic, according to four current and former employees.', 'unnamed-source'],
    ['The singer has split from her husband, The Sun can reveal.', 'unnamed-source'],
    ['The mayor is weighing a run for governor, Playbook is told.', 'unnamed-source'],
    ['Israel and Hamas near deal on hostages, Hebrew media reports', 'reportedly'],
    ['Other paleontologists cautioned that the animals may have gathered by chance.', 'unnamed-source'],
  ]);
  ignores([
    'Approvals rose to 65,000, slightly higher than economists had forecast.',
    'Analysts at Jefferies wrote in a note that the outage could last months.',
    'Researchers report in the journal Nature that the fossils are 125 million years old.',
    'The court was told that the defendant had fled.',
    'We can reveal nothing until the trial ends, the judge said.',
  ]);
});
