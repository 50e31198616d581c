/**
 * Words the attribution tagger is told about as features, beyond the words themselves: a short
 * list of verbs and phrases of saying and reporting (so that a rare verb seen next to a known one
 * generalises), and quotation marks.
 */
export const SAYING = new Set(
  (
    'say says said saying tell tells told telling add adds added according note notes noted write writes wrote ' +
    'written claim claims claimed state states stated report reports reported reporting argue argues argued ' +
    'insist insists insisted warn warns warned explain explains explained announce announces announced ' +
    'confirm confirms confirmed deny denies denied acknowledge acknowledged admit admits admitted suggest ' +
    'suggests suggested recall recalls recalled predict predicted believe believes believed think thinks thought ' +
    'expect expects expected fear fears feared hope hopes hoped describe described call called ask asks asked ' +
    'testify testified tweet tweeted posted allege alleges alleged allegedly reportedly rumored rumoured ' +
    'estimate estimated concede conceded contend contended maintain maintained stress stressed urge urged ' +
    'accuse accused blame blamed criticize criticized praise praised vow vowed promise promised pledge pledged ' +
    'indicate indicated reveal revealed disclose disclosed agree agreed complain complained respond responded ' +
    'reply replied continue continued cite cited citing quote quoted per'
  ).split(' '),
);

export const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
export const OPENING_QUOTES = new Set(['“', '‘', '«']);
export const CLOSING_QUOTES = new Set(['”', '’', '»']);
