/**
 * Word lists for classing gold PolNeAR attributions (polnear-classes.ts). Written for the evaluation
 * and kept apart from the engine's own lexicon (src/core) so the gold classes never echo the detector.
 * Every entry is lower case and singular unless the list says otherwise; plurals are matched by
 * `singular()` in polnear-classes.ts.
 */

export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** People who are unnamed when no name comes with them: "officials", "a source", "Pentagon aides". */
export const UNNAMED_ROLES = words(`
  official source aide adviser advisor staffer insider expert analyst critic observer economist strategist
  operative diplomat investigator prosecutor spokesman spokeswoman
  spokesperson representative employee executive worker member ally associate confidant friend donor
  consultant pollster researcher scientist scholar historian lawyer attorney doctor officer agent person
  people someone somebody activist advocate environmentalist campaigner organizer operative
  insider negotiator regulator inspector auditor detective trooper deputy official staff aide intelligence doc
  witness observer commentator pundit academic professor specialist economist planner lobbyist
  reporter journalist correspondent speechwriter writer physician surrogate defender contender
  individual official administrator moderator
  `);

/** Titles that pick out one person in context ("the president", "the Republican nominee"). */
export const TITLES = words(`
  president vice-president nominee candidate mayor governor senator congressman congresswoman secretary
  chairman chairwoman chair director ceo chief speaker commissioner justice judge ambassador minister
  premier king queen pope founder businessman businesswoman billionaire mogul host author wife husband son
  daughter father mother brother sister manager administrator superintendent treasurer sheriff chancellor
  general admiral pastor reverend bishop coach owner publisher editor anchor architect head ex-wife ex-husband
  `);

/** Institutions that speak as one ("the campaign", "the Trump administration"). */
export const ORGANISATIONS = words(`
  campaign administration government department agency committee court company firm bank union council
  ministry party group organization organisation coalition network newspaper paper city state country
  team office embassy military army navy board commission foundation institute center centre university
  fund corporation association federation league club school college hospital church caucus legislature
  parliament senate house congress regime police-department prosecutor's-office program programme
  service bureau authority outlet magazine station channel site website publication tribunal panel alliance
  movement chain journal county district
  `);

/** Things that carry information: "the poll", "a CNN report", "the ad". */
export const DOCUMENTS = words(`
  report poll survey study analysis memo memorandum document letter statement ad advertisement commercial
  video film documentary book article email e-mail transcript data record filing complaint lawsuit suit
  indictment ruling decision opinion research website tweet post story column editorial release plan
  proposal bill law order message note footage photo picture sign banner chart figure number estimate
  projection model index review audit investigation inquiry probe forecast assessment evaluation
  guideline guidance rule regulation policy platform agreement deal treaty resolution motion
  petition speech interview testimony commentary headline cover page account version map list clip spot piece slide
  brief submission finding average standard bylaw constitution literature
  `);

/** Groups whose stance or feeling is the news rather than a source of facts ("voters", "the market"). */
export const CROWDS = words(`
  voter public crowd audience fan supporter opponent protester protestor resident citizen parent student
  family woman man women men democrat republican conservative liberal progressive evangelical christian
  muslim jew latino hispanic immigrant american mexican african-american investor trader consumer
  taxpayer viewer reader listener customer user shopper worker employee youth millennial independent
  delegate constituent follower backer loyalist percent majority troop senior veteran
  lawmaker legislator leader
  `);

/**
 * Institutions that may also be unnamed members of them: "police said" is the force speaking or some
 * officers; bare, they stay unclear, with a name ("Tulsa police") they are the named institution.
 */
export const FORCES = words(`police authority`);

/** Actors that are not a source at all. */
export const NOT_SOURCES = words(`market markets wall`);

/** Quantifiers that are a source on their own ("some say", "many believe", "others argue"). */
export const VAGUE_QUANTIFIERS = words(`some many others few several most`);

/** Nouns that quantify a group: "a number of cities", "a group of researchers", "a chorus of Republicans". */
export const GROUP_NOUNS = words(`number group handful couple bunch chorus raft pair host lot dozen score`);

/** Party and ideology members: one of them is an unnamed individual ("an Iowa Republican"). */
export const PARTISANS = words(`republican democrat conservative liberal progressive independent`);

/** Generic or hypothetical actors ("no one knows", "anyone who"). */
export const GENERIC = words(`anyone anybody everyone everybody nobody whoever one you`);

/** Determiners that make a noun phrase indefinite or vague. */
export const INDEFINITE = words(`
  a an one another some several many most few other two three four five six seven eight nine ten dozens
  dozen hundreds thousands numerous various multiple certain more
  `);

export const DEFINITE = words(`the this that these those`);

export const POSSESSIVE_PRONOUNS = words(`his her their its my our your`);

/** Courtesy and official titles written before a name ("Mr. Obama", "Sen. David Perdue"). */
export const NAME_TITLES = words(`
  mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. rev. prof. president senator governor secretary
  judge justice mayor congressman congresswoman speaker chairman ambassador minister adm. capt. cmdr.
  `);

/**
 * Cues that mark a claim as hearsay or unverified belief when no source is given
 * ("allegedly", "is said to", "reportedly", "speculation"). Matched as substrings of the cue.
 */
export const HEDGE_CUE = new RegExp(
  [
    'alleg',
    'reportedly',
    'reported to',
    'reports? of',
    'unconfirmed',
    'rumou?r',
    '\\bsaid to\\b',
    'purport',
    'supposed',
    'reputed',
    'speculat',
    'suspect',
    'suspicion',
    'accus',
    'believed',
    '\\bthought to\\b',
    'is not thought',
    'claims? of',
    'has been mentioned',
    'talk had been',
  ].join('|'),
  'i',
);

/** Cues where the author judges or describes, with no one behind it ("seems", "it's obvious"). */
export const AUTHOR_CUE = new RegExp(
  [
    '\\bseem',
    '\\bappear',
    '\\blooks?\\b',
    '\\blooked\\b',
    'obvious',
    '\\bclear\\b',
    'apparent',
    'unclear',
    'presumably',
    'known as',
    'so-called',
    'dubbed',
    'labell?ed',
    'defined as',
    'sure looks',
  ].join('|'),
  'i',
);

/** Cues that report a feeling or stance rather than information ("worry", "want", "support"). */
export const FEELING_CUE = new RegExp(
  [
    'worr',
    'fear',
    'want',
    'hope',
    'feel',
    'felt',
    'love',
    'like',
    'hate',
    'support',
    'oppos',
    'prefer',
    'angr',
    'frustrat',
    'excit',
    'cheer',
    'applaud',
    'boo',
    'chant',
    'vote',
    'trust',
    'distrust',
    'concern',
    'misgiving',
    'skeptic',
    'doubt',
    'enthusias',
    'agree',
    'disagree',
    'embrace',
    'reject',
    'approve',
    'disapprove',
    'view',
    'see',
    'saw',
    'think',
    'thought',
    'believe',
    'expect',
    'wish',
    'need',
  ]
    .map((w) => `\\b${w}`)
    .join('|'),
  'i',
);

/**
 * Cues that report an act (a ruling, a vote, a charge), not information: "federal prosecutors charged",
 * "administrators decided". Unnamed actors behind them are not anonymous sources.
 */
export const ACTION_CUE = new RegExp(
  [
    'decid',
    'charged',
    'reject',
    'approv',
    'vot',
    'appoint',
    'introduc',
    'sign',
    'weigh',
    'filed',
    'ruled',
    'sentenc',
    'indict',
    'arrest',
    'fired',
    'hired',
    'launch',
    'passed',
    'blocked',
    'overturn',
    'upheld',
    'forc',
    'replac',
    'gather',
    'typed',
  ]
    .map((w) => `\\b${w}`)
    .join('|'),
  'i',
);

/** Feelings towards something ("worried about", "in despair over", "unsettled by"): a state, not a claim. */
export const EMOTION_CUE = new RegExp(
  '\\b(?:worr|despair|unsettl|afraid|ang[er]|frustrat|upset|incens|seeth|bristl|fear|concern|alarm|dismay|outrag|' +
    'nervous|anxious)\\w*\\b.*\\b(?:about|over|by|at|with)\\s*$',
  'i',
);

/** Speech acts: a cue with one of these reports what someone said, whatever feeling it names. */
export const SPEECH_CUE = /\b(?:said|say|says|told|tell|express|voic|warn|argu|claim|stat|wrote|write|describ|call)/i;

/** Cue-like words annotators occasionally put in the source slot (the cue then holds the speaker). */
export const SPEECH_VERBS = words(`said says say told tells added adds asked wrote writes noted explained`);
