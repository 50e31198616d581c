/**
 * The short lexicon the source decision reads (who.ts): roles, determiners, cues of statement
 * versus view, titles only one person holds. All lower-case; newsroom conventions, not any article.
 */
export {
  FEELINGS,
  GROUP_HEADS,
  KINDRED,
  LOST_FEELING,
  OFFICIAL_HEADS,
  picturesOnly,
  SHARING_VERBS,
  SOURCE_HEADS,
} from '../claims/lexicon.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set(`a an one another two three four five six seven eight nine ten dozen several some
  many most multiple numerous various few other both all the those these such his her its their our your my no
  any each every`);

/** Quantities that pick people out of a group: "one of the officials". */
export const PARTITIVES = set(`one two three four five several some many most each another both all none few
  number`);

/** Words that end a source's noun phrase: what follows describes it ("familiar with", "at the Pentagon"). */
export const CUT_WORDS = set(`who whom whose that which familiar with close briefed knowledgeable aware involved in
  at from for on inside within across said says told speaking according because when while including
  like such serving near polled contacted present acquainted working based`);

export const PRONOUNS_SINGULAR = set(`he she him her`);
export const PRONOUNS_PLURAL = set(`they them`);

/** Cues that present information as stated: a statement of fact someone gave. */
export const STATEMENT_CUES = set(`
  say says said saying tell tells told telling according add adds added note notes noted write writes wrote
  report reports reported claim claims claimed confirm confirms confirmed warn warns warned describe describes
  described explain explains explained insist insists insisted argue argues argued acknowledge acknowledges
  acknowledged admit admits admitted suggest suggests suggested recall recalls recalled predict predicts
  predicted estimate estimates estimated testify testified disclose disclosed reveal revealed state states
  stated respond responded reply replied complain complained caution cautioned stress stressed concede
  conceded counter countered maintain maintained allege alleges alleged tweet tweeted post posted texted
  emailed messaged brief briefed indicate indicated characterize characterized contend contended observe
  observed remark remarked quote quoted cite cited per asked ask put recount recounted divulge divulged
  relay relayed inform informed assert asserted announce announced acknowledging questioned question
  questioning point points pointed flag flags flagged describing saying arguing adding noting warning claiming
  insisting explaining stressing predicting confirming admitting alleging reporting stating recalling citing
  pointing`);

/** Cues of what someone knows or judges: information when officials or sources hold it. */
export const INFORMATION_CUES = set(`believe believes believed think thinks thought expect expects expected fear
  fears feared suspect suspects suspected assess assessed assesses conclude concluded concludes consider
  considers considered worry worries worried understand understands understood know knows knew view views
  viewed see sees saw recognize recognized recognizing realize realized assume assumed discover discovers discovered find finds found learn learns learned learnt determine
  determines determined establish established`);

/** Cues of questioning or judging that experts and officials offer as information. */
export const VIEW_CUES = set(`doubt doubted doubts warn caution predicts expect expected expecting forecast
  forecasts forecasted saw see urging urge urged urges asking pushed rejected reject rejects rejecting
  dismissed dismiss disputed dispute`);

/** Cues of approving or disapproving: what officials and insiders think of a plan is news about it. */
export const STANCE_CUES = set(`applaud applauded applauds praise praised praises welcome welcomed welcomes
  criticize criticized criticizes criticise criticised favor favors favored favour favours favoured prefer
  prefers preferred like want wants wanted agree agreed agrees disagree disagreed express expressed expresses
  oppose opposed opposes`);

/** People whose judgement is offered as expertise: their views are information. */
export const EXPERT_HEADS = set(`expert experts analyst analysts economist economists specialist specialists
  researchers researcher scientists scientist strategists strategist observers observer veterans veteran
  insiders insider figures scouts scout`);

/** People nouns the suffix test in who.ts misses: "one host", "a Fox producer" is caught by it. */
export const PERSON_NOUNS = set(`host guest democrat republican tory conservative liberal socialist nationalist
  friend pal relative colleague neighbour neighbor resident witness parent mother father son daughter wife
  husband cousin aide staffer official source insider student patient nurse doctor veteran donor ally critic
  fan spouse partner boss employee worker diplomat chef pilot soldier cop officer agent person woman man
  individual someone one postdoc scout coach player teammate trainer clerk guard judge juror lawmaker
  legislator senator congressman congresswoman mp minister envoy ambassador deputy delegate activist
  organizer organiser volunteer farmer teacher professor scientist researcher engineer executive exec
  banker trader investor analyst economist lawyer attorney prosecutor detective investigator
  contractor consultant adviser advisor strategist operative pollster lobbyist fixer owner manager
  director producer reporter journalist editor commenter poster user viewer reader caller listener intermediary
  middleman go-between broker dealmaker pharmacist midwife surgeon paramedic firefighter landlord tenant
  functionary`);

/** Bodies that speak as a group, unnamed when no name is given: "aid agencies say". */
export const COLLECTIVES = set(`groups agencies organizations organisations advocates charities unions ngos
  companies firms banks lenders campaigners supporters opponents members participants detainees diners
  customers families survivors locals`);

/** Titles one person holds at a time: "the president said" names her. */
export const UNIQUE_TITLES = set(`president vice-president governor mayor chancellor pope king queen prince princess
  premier minister secretary chairman chairwoman chair ceo founder director judge justice speaker coach manager
  candidate nominee attorney lawyer counsel commissioner chief sheriff ambassador general admiral principal
  superintendent dean owner editor publisher author host senator congressman congresswoman representative`);

/** Heads that speak for an institution on the record: a spokesperson, a statement, "it". */
export const SPEAKS_FOR_INSTITUTION =
  set(`police spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen it
  statement release`);

/** Written sources: a memo, documents, a study (unnamed unless an author or owner is named). */
export const DOCUMENT_HEADS = set(`document documents memo memos memorandum email emails e-mail e-mails letter
  letters transcript transcripts record records file files recording recordings draft drafts assessment
  assessments cable cables message messages texts slides presentation dossier data study studies analysis
  analyses research survey surveys poll polls intelligence filing filings report data statistics
  numbers trial trials experiment paper papers review audit inquiry investigation census`);

/** Reports and talk with no one named: "local news reports", "rumours". */
export const REPORT_HEADS = set(`reports rumors rumours rumor rumour speculation accounts account whispers chatter
  buzz gossip talk`);

/** Sources that are not sources of information: the author, the reader, markets. */
export const NOT_A_SOURCE = set(`i we you me us market markets everyone everybody nobody anybody anyone`);

/** Phrases that say how an unnamed source knows: "people familiar with the matter". */
export const FAMILIAR_PHRASE =
  /\b(?:familiar with|briefed on|(?:direct |first-?hand |detailed |intimate )?knowledge of|close to|aware of|involved in|privy to|knowledgeable about|in the room|who (?:attended|know|knew)|present (?:at|in|during))\b/;
