/**
 * The detector's word lists, kept compact: it ships in a browser extension. All lower-case.
 * They encode newsroom conventions for attribution, not any particular article.
 */
import { OUTLETS } from '../lexicon/curated.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Roles of people who speak for a government or an organisation: "two U.S. officials". */
export const OFFICIAL_HEADS = set(`
  whips
  official officials diplomat diplomats aide aides adviser advisers advisor advisors staffer staffers
  prosecutors investigators negotiators envoy envoys officer officers minister ministers lawmaker mp
  lawmakers legislators legislator mps senators senator backbenchers backbencher authorities
  regulators regulator inspectors inspector detectives detective delegates delegate executives
  executive agents agent deputies deputy troopers trooper commanders commander mediators mediator
  councillors councillor councilors councilor commissioners commissioner parliamentarians
  parliamentarian td tds msp msps mla mlas mep meps secretaries
`);
/** Roles that, in the singular, usually name someone already introduced unless "a" or "one" comes first. */
export const SINGULAR_NEEDS_INDEFINITE = set(`officer minister lawmaker mp legislator senator backbencher regulator
  inspector detective delegate executive agent deputy trooper commander mediator councillor councilor
  commissioner parliamentarian td msp mla mep`);
// A spokesperson speaks for an institution on the record, so "a spokesman said" is not listed.

/** Unnamed people presented as a source of information or expertise. */
export const SOURCE_HEADS = set(`
  source sources insider insiders circles
`);
export const GROUP_HEADS = set(`
  expert experts analyst analysts economist economists critic critics observers watchers commentators
  scientists researchers scholars historians strategists traders dealers bankers witness witnesses
  eyewitness eyewitnesses resident residents locals neighbour neighbours neighbor neighbors user users
  commenter commenters bystanders onlookers employees workers doctors medics activists campaigners
  people person allies friends associates confidants relatives colleagues friend associate ally
  confidant relative colleague others attendee attendees participant participants scientist
  researcher scholar historian strategist trader dealer banker commentator observer doctor medic
  activist campaigner advocates advocate employee worker engineers engineer administrators administrator managers
  manager investors investor fans fan pals pal rivals rival teammates teammate members member staff
  viewers viewer readers reader customers customer passengers passenger parents parent teachers
  teacher nurses nurse patients patient reviewers reviewer bloggers blogger forecasters forecaster
  lobbyists lobbyist pollsters pollster consultants consultant contractors contractor protesters
  protester demonstrators demonstrator organizers organizer organisers organiser volunteers volunteer
  farmers farmer drivers driver pilots pilot soldiers soldier troops fighters fighter militants
  militant rebels rebel firefighters firefighter paramedics paramedic rescuers rescuer miners miner
  brokers broker shareholders shareholder auditors auditor academics academic physicians physician
  clinicians clinician psychologists psychologist epidemiologists epidemiologist virologists
  virologist meteorologists meteorologist statisticians statistician journalists journalist
  correspondents correspondent pundits pundit spectators spectator guests guest diners diner
  shoppers shopper travelers traveler travellers traveller tourists tourist commuters commuter
  tenants tenant homeowners homeowner villagers villager survivors survivor classmates classmate
  coworkers coworker co-workers co-worker coaches players player influencers influencer moderators
  moderator individuals individual supervisors supervisor figures figure someone families persons
  recruiters recruiter
`);

/** Heads that need a quantifier or modifier to be a source: "local people", "one person". */
export const HEADS_NEEDING_MODIFIER = set(`people person persons members member staff circles figures someone`);

/**
 * Words that may stand in front of a source's head noun and still belong to it:
 * "a senior administration official", "two Western diplomats", "law enforcement sources".
 */
export const NP_MODIFIERS = set(`
  senior junior top high-ranking high-level ranking former current retired serving veteran
  administration government intelligence military defense defence security law enforcement police
  health state federal local city county regional provincial campaign party company industry bank
  banking court election public foreign trade finance treasury justice department ministry army navy
  naval air force agency cabinet congressional parliamentary diplomatic western european european
  american chinese russian israeli british iranian regional independent outside other anonymous
  unnamed unidentified knowledgeable well-placed well-informed informed reliable trusted credible
  private sector market wall street legal medical climate energy oil financial political tech
  affected many most some several few numerous multiple various both all two three four five six
  seven eight nine ten dozen dozens scores hundreds thousands nearly almost roughly
  one another number of staff family union
  hospital school club team rank-and-file league palace royal studio network transition opposition
  coalition longtime well-connected close key mid-level low-level lower-level
`);

/** Determiners that open a source's noun phrase. */
export const INDEFINITE = set(`a an one another two three four five six seven eight nine ten several some many most
  multiple numerous various few other both all`);
export const DEMONSTRATIVE = set(`the those these such`);
/** Possessives that make the group someone's own staff ("its experts"): not an independent source. */
export const POSSESSIVE = set(`its his her their my your`);

/** Verbs that present what someone said, knows, thinks or disputes. */
export const SAY_VERBS = set(`
  say says said saying tell tells told add adds added note notes noted warn warns warned caution
  grumble grumbles grumbled gripe gripes griped reckon reckons reckoned
  cautions cautioned argue argues argued believe believes believed think thinks thought expect
  expects predict predicts predicted estimate estimates estimated fear fears feared suspect suspects
  suspected contend contends contended insist insists insisted claim claims claimed describe
  describes described write writes wrote complain complains complained report reports reported
  explain explains explained confirm confirms confirmed disclose discloses disclosed divulge
  divulged reveal reveals revealed acknowledge acknowledges acknowledged concede conceded admit
  admits admitted suggest suggests suggested reject rejects rejected deny denies denied stress
  stressed emphasized emphasised indicate indicates indicated assert asserted allege alleges alleged
  maintain maintains maintained speculate speculated worry worried doubt doubted conclude concluded
  signal signaled signalled recount recounted assess assessed calculate calculated briefed
  testified tweeted cited cite cites quoted fret fretted boasted grumbled reckon reckons reckoned
  forecast forecasts anticipate anticipates hinted pointed telling expected noticed objected stated countered
  replied confided characterized characterised concedes describing spotted witnessed flagged flag
  flags commented corroborated corroborate corroborates attributed attributes texted emailed e-mailed messaged
`);
/** Verbs of saying only with their particle: "pushed back" (not "pushed for a deal"). */
export const PARTICLE_VERBS = new Map([
  ['pushed', 'back'],
  ['push', 'back'],
  ['pushing', 'back'],
  ['played', 'down'],
  ['play', 'down'],
  ['plays', 'down'],
  ['playing', 'down'],
]);

/** Words that may sit between a source and its verb: "officials said late Thursday", "have long argued". */
export const FILLERS = set(`
  also have has had privately publicly previously repeatedly long now still later earlier recently
  there here since
  increasingly again too all both themselves initially first separately widely generally often
  sometimes last late early this on monday tuesday wednesday thursday friday saturday sunday today
  yesterday tonight week weekend month year morning afternoon evening night in at from with for of
  the a an who been back polled surveyed interviewed contacted consulted reached
`);

/** Words that end the search for a source's verb: negation, modality, a new clause. */
export const VERB_STOPS = set(`
  not never no declined refused did do does would could will can cannot may might should must if
  whether and but or because when while
`);

/** Phrases after the verb that put a statement on the record. */
export const ON_RECORD_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:in (?:a |an |their |its )?(?:joint |written |brief |blog )?(?:statements?|news releases?|press releases?|releases?|filings?|letters?|posts?|tweets?|(?:research )?notes? to (?:clients|investors))|in (?:a |an )?(?:research )?note\b|in the journal|at (?:a|an|the) (?:meeting|summit|rally|session|forum|debate|convention|congress)(?: of| in| with)|in (?:Parliament|the Dáil|the Senate|the House|the Commons|the Lords|the chamber|the Assembly|the Legislature)|on (?:the )?record|publicly)\b/i;

/** Nouns for information a source gives: "concerns from U.S. officials". */
/** Verbs of putting pictures online: "posted photos", "shared a video". */
export const SHARING_VERBS = new Set(['posted', 'posts', 'post', 'shared', 'shares', 'share', 'uploaded', 'tweeted']);
/**
 * Whether the words at `at` are pictures only shared ("posted photos of the roof"), not pictures cited
 * for what they show ("posted screenshots showing pending withdrawals", a claim resting on them).
 */
export function picturesOnly(text: string, at: number): boolean {
  return MEDIA_AFTER.test(text.slice(at, at + 40)) && !/\bshow(?:s|ing|ed|n)?\b/i.test(text.slice(at, at + 90));
}

/** Pictures and footage: what people who "posted" or "shared" them gave is not a statement. */
const MEDIA_AFTER =
  /^\s*(?:(?:a|an|the|some|two|three|several|new)\s+)?(?:[a-z]+\s+)?(?:photos?|photographs?|pictures?|pics|images?|videos?|footage|clips?|selfies?|gifs?|memes?|screenshots?|emojis?)\b/i;

/**
 * How speakers say they feel ("said they were frustrated", "said they had lost faith"): their own
 * news, not information from a source. One list for the rule layers and the attribution layer.
 */
export const FEELINGS =
  `frustrated|angry|upset|relieved|happy|sad|disappointed|worried|scared|afraid|frightened|terrified|
shocked|saddened|devastated|delighted|pleased|glad|grateful|thankful|excited|heartbroken|furious|concerned|anxious|
proud|thrilled|nervous|fed up|tired|exhausted|confused|unhappy|hopeful|optimistic|stunned|outraged|horrified|elated|
overjoyed|humbled|shaken|numb|in shock|in disbelief|in tears`.replace(/\n/g, '');
/** Feelings said as a loss: "had lost faith in the council", "lost all trust". */
export const LOST_FEELING = String.raw`(?:had\s+|have\s+)?lost\s+(?:all\s+)?(?:faith|hope|trust|confidence)`;

export const INFO_NOUNS = set(`
  concerns concern warnings warning assessment assessments estimates estimate statements comments
  remarks accounts account briefings briefing information claims testimony views word
`);

/** Words after "source" that show it is not a person ("source code", "source of income"). */
export const NOT_PERSON_AFTER_SOURCE = set(`
  code codes of material materials text texts file files language languages tree trees control
  country countries data document documents image images video videos file software project
  projects program programs programme ip address rock rocks water : – —
`);
/** Words before "source" that show it is not a person ("energy source", "open source"). */
export const NOT_PERSON_BEFORE_SOURCE = set(`
  open energy power light heat water food protein fuel revenue income funding data information
  primary secondary main major key important single common renewable carbon point news infection
  ignition original`);

/** Words after a role that introduce the people named in it: "officials including Secretary X". */
export const NAMING = set(`including such like led named identified whose among`);

/** Weekdays and months: capitalised, but not a name after "officials". */
export const CALENDAR = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Document nouns for "a memo obtained by …". */
export const DOC_NOUNS = set(`
  document documents memo memos memorandum email emails e-mail e-mails letter letters report
  reports transcript transcripts record records file files recording recordings draft drafts note
  notes paper papers assessment assessments cable cables message messages text texts slide slides
  presentation presentations audio video footage data copy dossier dossiers briefing briefings
  contract contracts proposal proposals plan plans minutes filing filings study studies analysis
  analyses list lists spreadsheet spreadsheets log logs invoice invoices images photos photographs
  information details timeline timelines review reviews
  screenshots chats correspondence agreement agreements diary schedules figures numbers statistics
  projections schedule timetable timetables itinerary roster rosters ledger ledgers manifest manifests
  agenda agendas budget budgets notice notices directive directives guidance instructions circular
  circulars bulletin bulletins breakdown summary summaries readout readouts audit audits brief
  briefs annex annexes deck tally materials thread threads
`);
export const DOC_SECRECY = set(`internal confidential classified leaked draft secret unpublished private
  unreleased undisclosed`);

/** Research cited with no name: "other studies have said", "studies have shown". */
export const RESEARCH_HEADS = set(`studies research surveys polls intelligence study`);
export const VAGUE_DETERMINERS = set(`other some several many previous recent earlier numerous
  multiple most past prior various`);
export const FINDING_VERBS = set(`show shows shown showed find finds found suggest suggests suggested
  indicate indicates indicated say says said conclude concluded concludes assessed assesses estimates
  estimated believes warned warns hinted hint hints implied imply implies linked link links`);

/** Determiners and prepositions after which "alleged" or "suspected" is an adjective. */
export const ADJ_CONTEXT = set(`the a an his her their its of for over in on with and two three
  several some this that these those as by after amid into about from`);
export const BE_FORMS = set(`is are was were be been being 's ’s`);

/** Speaking verbs before "anonymously" or "on background". */
export const SPEAK_VERBS = set(`spoke speaking spoken talked talking talk speak commented commenting
  said told briefed briefing reporters journalists agreed`);

/** Pronouns, which make "has learned" personal rather than an outlet's. */
export const PRONOUNS = set(`he she it they i you we`);

/** Words for one unnamed person that may stand for each other: "a pal" … "the friend". */
export const KINDRED = set(`friend pal relative confidant associate member insider source person acquaintance`);

/** One-word outlet names of the entity lexicon ("TechCrunch", "Semafor", "Marca"), lower-cased. */
export const KNOWN_OUTLETS = new Set(
  OUTLETS.split(/[|;]/)
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name && !name.includes(' ')),
);
