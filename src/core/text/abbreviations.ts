/**
 * Word lists the segmenter needs to tell an abbreviation's period from a sentence's end.
 * Lower-case, without the trailing period.
 */

/** Titles and labels that are always followed by more of the same sentence ("Gen. Milley", "No. 2"). */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col',
  'sgt', 'capt', 'cmdr', 'adm', 'maj', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'cpl', 'pvt',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'vol', 'fig', 'art', 'sec', 'ch', 'pp', 'op', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'approx', 'est', 'ave', 'blvd', 'calif', 'conn', 'fla', 'ill', 'mass', 'mich',
  'minn', 'penn', 'tenn', 'wash', 'wis', 'ariz', 'colo', 'okla', 'ore',
]);

/**
 * Abbreviations that may end a sentence as well as sit inside one ("the U.S. Treasury" vs "… in
 * the U.S. The …"). After them a sentence ends only when the next word is a typical first word.
 */
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'al',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'd.c', 'n.y', 'l.a',
]);

/** Nouns that a single capital letter labels ("Plan B", "Group C"), so that letter is no initial. */
export const LETTER_LABELS = new Set([
  'plan', 'grade', 'class', 'type', 'vitamin', 'group', 'section', 'part', 'exhibit', 'appendix', 'option', 'category', 'level', 'phase',
  'stage', 'model', 'series', 'row', 'gate', 'terminal', 'block', 'wing', 'building', 'pool', 'hall', 'division', 'league', 'schedule',
]);

/** Words that usually open a sentence; after an ambiguous abbreviation they signal a new one. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'after', 'before', 'when', 'while', 'if', 'as', 'since', 'although', 'though',
  'however', 'meanwhile', 'still', 'also', 'many', 'some', 'most', 'both', 'one',
  'what', 'why', 'how', 'who', 'where', 'during', 'last', 'earlier', 'later', 'then', 'now',
]);
