/**
 * Who is the source? For each attribution the tagger found, decide from its source span whether the
 * source is named (a person's name, an institution speaking as itself, a unique title), unnamed (a
 * role or group with no name: "two U.S. officials", "an Ohio Democrat", "people familiar with the
 * talks"), or refers back to an earlier source ("he", "the official"), and say why in plain words.
 */
import type { ClaimKind, Entity } from '../model/analysis.ts';
import type { Tokens } from '../tagger/tokenize.ts';
import { TITLES } from '../lexicon/curated.ts';
import { isSpaceCode } from '../text/chars.ts';
import type { FoundAttribution, TokenSpan } from './find.ts';
import {
  CUT_WORDS,
  DETERMINERS,
  DOCUMENT_HEADS,
  EXPERT_HEADS,
  FAMILIAR_PHRASE,
  FEELINGS,
  GROUP_HEADS,
  INFORMATION_CUES,
  KINDRED,
  LOST_FEELING,
  SHARING_VERBS,
  VIEW_CUES,
  NOT_A_SOURCE,
  OFFICIAL_HEADS,
  PARTITIVES,
  COLLECTIVES,
  PERSON_NOUNS,
  picturesOnly,
  PRONOUNS_PLURAL,
  PRONOUNS_SINGULAR,
  REPORT_HEADS,
  SOURCE_HEADS,
  SPEAKS_FOR_INSTITUTION,
  STANCE_CUES,
  STATEMENT_CUES,
  UNIQUE_TITLES,
} from './words.ts';

export type Verdict =
  | { status: 'named'; source: string; speaker: Entity | null; reason: string }
  | {
      status: 'unnamed';
      source: string;
      kind: ClaimKind;
      reason: string;
      certainty: number;
      plural: boolean;
      /** The source's head word ("official"), which a later "the official" matches. */
      head: string;
      /** A bare plural with no determiner ("Officials said"): a group whose stance the rules judge. */
      bare: boolean;
      /** The cue is a verb of saying ("said", "told"), not of knowing or judging ("believe", "agreed"). */
      statement: boolean;
    }
  | { status: 'none'; reason: string };

/** How far back (sentences) "he" or "the official" may refer to a source. */
/** What a consensus forecast is, when a figure is compared with it: "the 2.1% economists had expected". */
const FORECAST_CUES = new Set(['expected', 'forecast', 'predicted', 'anticipated', 'projected', 'estimated']);

const REFER_BACK = 6;
const REFER_BACK_DEFINITE = 15;

interface Phrase {
  words: string[];
  lower: string[];
  /** Index of the head word in `words`. */
  head: number;
  determiner: string;
  /** Words after the head ("familiar with the matter", "at the State Department"). */
  post: string;
  /** Index in `words` where the phrase proper ends and its qualifiers begin. */
  cut: number;
  capitalizedModifier: boolean;
}

/** The head and determiner of a source span: "two senior U.S. officials familiar with the talks". */
export function analysePhrase(words: string[]): Phrase {
  const lower = words.map((w) => w.toLowerCase());
  let start = 0;
  while (
    start < words.length - 1 &&
    (lower[start] === 'and' || lower[start] === 'but' || /^\p{P}$/u.test(words[start]!))
  )
    start++;
  // "one of the officials": the group after "of" is the head's phrase.
  let end = words.length;
  for (let k = start; k < words.length; k++) {
    const partitive = lower[k] === 'of' && k > start && PARTITIVES.has(lower[k - 1]!);
    if (partitive) continue;
    if (k > start && (CUT_WORDS.has(lower[k]!) || /^[,;:(–—]$/.test(words[k]!))) {
      end = k;
      break;
    }
  }
  let head = end - 1;
  while (head > start && /^\p{P}+$/u.test(words[head]!)) head--;
  // "a White House aide's account": the possessive belongs to what follows; keep the person.
  if (head > start && (lower[head] === "'s" || lower[head] === '’s')) head--;
  // A known role anywhere before the cut is the head: "Obama administration officials", "people
  // acquainted with the talks", "a representative of one of the shareholders".
  for (let k = start; k <= head; k++) {
    // "official figures": the adjective, not the role.
    if (lower[k] === 'official' && k < head) continue;
    // Not a possessive: "the pilots' union", "a White House aide's account"; nor a role that
    // modifies a document: "a staff report", "a police memo".
    const modifiesDocument = k < head && (DOCUMENT_HEADS.has(lower[k + 1]!) || REPORT_HEADS.has(lower[k + 1]!));
    if (isRole(lower[k]!) && !/^['’]s?$/.test(lower[k + 1] ?? '') && !modifiesDocument) {
      head = k;
      break;
    }
  }
  // "a recent Reuters survey of voter lists": the document, not what it covers, is the head.
  for (let k = start + 1; k < head; k++) {
    if (
      lower[k + 1] === 'of' &&
      (DOCUMENT_HEADS.has(lower[k]!) || REPORT_HEADS.has(lower[k]!)) &&
      !isRole(lower[head]!)
    ) {
      head = k;
      break;
    }
  }
  const determiner = DETERMINERS.has(lower[start]!) ? lower[start]! : '';
  let capitalizedModifier = false;
  for (let k = start + (determiner ? 1 : 0); k < head; k++) if (/^\p{Lu}/u.test(words[k]!)) capitalizedModifier = true;
  return { words, lower, head, determiner, post: lower.slice(end).join(' '), cut: end, capitalizedModifier };
}

/** Officials, sources and experts: what they believe, find or approve is information. */
const knowingHead = (w: string): boolean => OFFICIAL_HEADS.has(w) || SOURCE_HEADS.has(w) || EXPERT_HEADS.has(w);

/** Officials, sources, groups and experts in one set: one look-up where four were (read for every word of a phrase). */
const ROLES = new Set([...OFFICIAL_HEADS, ...SOURCE_HEADS, ...GROUP_HEADS, ...EXPERT_HEADS]);
const isRole = (w: string): boolean => ROLES.has(w);

export interface SourceContext {
  text: string;
  tokens: Tokens;
  /** Entities of the article, sorted by start. */
  entities: Entity[];
}

/** Index of the first entity that ends after `at` (entities are sorted and do not overlap). */
function firstEndingAfter(entities: Entity[], at: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entities[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function entitiesIn(entities: Entity[], start: number, end: number): Entity[] {
  const out: Entity[] = [];
  for (let k = firstEndingAfter(entities, start); k < entities.length && entities[k]!.start < end; k++)
    out.push(entities[k]!);
  return out;
}

const isPlural = (word: string): boolean =>
  /(?:s|people|men|women|staff|folks)$/.test(word) && !/(?:ss|us|is)$/.test(word);

/** Words that make reports the news's: "media reports", "local press reports", "unconfirmed reports". */
const NEWS_WORDS =
  /^(?:media|news|press|newspaper|newspapers|tabloid|tabloids|local|unconfirmed|unverified|several|multiple)$/;
/** People who speak for a body when it is named: "a representative for Harrow". */
const REPRESENTS = /^(?:representatives?|agents?|lawyers?|attorneys?)$/;
/** A forum handle or an account name: pseudonymous, but identified ("user jayk1984", "@dana"). */
const HANDLE = /^@|\d|_/;
/** "said they would", "said they felt": the source's own plans or feelings, not information. */
/** Feelings a source reports of itself: "said they were frustrated", "said they still admired him". */
const OWN_FEELING = new RegExp(
  String.raw`^(?:that\s+)?(?:they|we|he|she|i)\s+(?:(?:were|was|are|is|'re|’re|am|had been|have been|felt|feel)\s+` +
    String.raw`(?:\w+\s+)?(?:${FEELINGS})|${LOST_FEELING}|` +
    String.raw`(?:still\s+)?(?:admired|admire|loved|love|liked|like|hated|hate|missed|miss|trusted|trust|enjoyed|enjoy)s?)\b`,
  'i',
);
/** "goes by the call sign Skif", "known as", "who uses the nom de guerre". */
const PSEUDONYM = /\b(?:goes by|go by|known as|call sign|nom de guerre|nicknamed|alias|pseudonym)\b/i;
const OWN_STANCE =
  /^(?:that\s+)?(?:(?:afterwards|later|then|privately|publicly|\w+ly),?\s+)?(?:they|we|he|she|i)(?:\s+(?:would|will|intend|intended|plan|planned|want|wanted|hope|hoped|felt|feel|feels)|['’](?:d|ll))\b/i;
/** Verbs of saying that mean something else with these particles: "added to", "wrote down". */
const NOT_SPEECH_AFTER =
  /^\s*(?:to|by|down|up|off|in|into|out|back|on|for|from|at|missing|dead|killed|injured|wounded|safe)\b/i;
/** "declined to say", "could not say", "did not respond": no information given. */
const REFUSAL =
  /\b(?:declined|refused|unable|not|n't|n’t|never|no)\b[\s\w]{0,20}\b(?:say|said|comment|respond|confirm|elaborate)/i;
/** A document's or a data set's named origin after its head: "published by the Environment Agency". */
const NAMED_ORIGIN =
  /\b(?:(?:by|from|of|in)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+){0,3}(?:firm|group|agency|company|institute|organi[sz]ation|office|body|consultancy)\s+)?\p{Lu}|(?:commissioned|published|released|compiled|issued|prepared|conducted|filed|presented|tabled) (?:by|to)\b)/u;

/**
 * Judges one attribution's source, given the verdicts of the attributions before it (for "he",
 * "they", "the official").
 */
export function judge(
  ctx: SourceContext,
  a: FoundAttribution,
  earlier: Array<{ a: FoundAttribution; v: Verdict }>,
): Verdict {
  if (!a.source) return { status: 'none', reason: 'no source given' };
  const { tokens, text } = ctx;
  const src = a.source;
  const cueWords = tokens.words.slice(a.cue.from, a.cue.to).map((w) => w.toLowerCase());
  const words = tokens.words.slice(src.from, src.to);
  const sourceText = trimmed(text, src.start, src.end);
  const phrase = analysePhrase(words);
  // "a change supporters said": the "a" belongs to another phrase when the head is plural.
  if (
    /^(?:a|an|another)$/.test(phrase.determiner) &&
    isPlural(phrase.lower[phrase.head] ?? '') &&
    !phrase.lower.includes('of')
  ) {
    phrase.determiner = '';
  }
  const head = phrase.lower[phrase.head] ?? '';
  const none = (reason: string): Verdict => ({ status: 'none', reason });
  // "Nadia Rahimi … said buyers in the area were mostly end users": the people after the verb have a
  // verb of their own; they are what was said, not who said it.
  if (
    src.start >= a.cue.end &&
    /^(?:said|says|say)$/.test(cueWords[cueWords.length - 1] ?? '') &&
    /^(?:\s+(?!(?:who|that|which)\b)[\p{L}'’-]+){0,4}?\s+(?:were|was|are|is|had|have|has|will|would|could|can)\b/u.test(
      text.slice(src.end, src.end + 60),
    )
  )
    return none(`'${sourceText}' is what was said, not who said it`);
  // "a budget that investors fear will loosen policy": a mood describing the thing, in a relative clause.
  if (
    /^(?:fear|fears|feared|worry|worries|worried)$/.test(cueWords[0] ?? '') &&
    /\b(?:that|which)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.test(text.slice(Math.max(0, src.end - 40), src.end))
  )
    return none(`'${sourceText}' describes a fear, not information`);
  // "its two larger rivals added users": a count grown, not words added.
  const object = tokens.words[a.cue.to] ?? '';
  if (/^add(?:ed|s)?$/.test(cueWords[cueWords.length - 1] ?? '') && (/^\d/.test(object) || /^\p{Ll}+s$/u.test(object)))
    return none(`'${sourceText}' added a count, not words`);
  const named = (reason: string, speaker: Entity | null = null): Verdict => ({
    status: 'named',
    source: sourceText,
    speaker,
    reason,
  });
  const sourceAfterCue = src.start >= a.cue.end;
  const relative = /^(?:who|that|which)$/i.test(tokens.words[a.cue.from - 1] ?? '');
  // "according to" and "pointed out" are speech whatever follows them; "added to the list" is not.
  const particleAfter = (k: number): boolean => {
    const word = tokens.words[k]?.toLowerCase() ?? '';
    const next = text.slice(tokens.ends[k], tokens.ends[k]! + 12);
    if (word === 'according' || (/^point/.test(word) && /^\s*out\b/.test(next))) return false;
    return NOT_SPEECH_AFTER.test(next);
  };
  const statement = cueWords.some(
    (w, i) => STATEMENT_CUES.has(w) && (w !== 'asked' || sourceAfterCue) && !particleAfter(a.cue.from + i),
  );
  // What officials or experts know, find or think of a plan ("investigators discovered", "analysts
  // agreed"); not what they urge or ask for.
  const knows = cueWords.some((w) => INFORMATION_CUES.has(w) || STANCE_CUES.has(w));
  // … and not what they do or are due to do: "agreed to a ceasefire", "are expected to announce".
  const knowsOutright = cueWords.some(
    (w, i) => (INFORMATION_CUES.has(w) || STANCE_CUES.has(w)) && !particleAfter(a.cue.from + i),
  );
  const informs = statement || knows || cueWords.some((w) => VIEW_CUES.has(w));
  const content = a.contents[0] ? text.slice(a.contents[0].start, a.contents[0].end) : '';
  if (REFUSAL.test(text.slice(Math.min(src.end, a.cue.start), a.cue.end))) return none(`'${sourceText}' said nothing`);
  // "investors believed him", "voters trusted her": trust in a person, not a claim.
  if (
    cueWords.some((w) => TRUSTING.has(w)) &&
    /^\s+(?:him|her|them|me|us)\b/i.test(text.slice(a.cue.end, a.cue.end + 6))
  ) {
    return none(`'${sourceText}' trusted someone`);
  }
  // "after a parent posted photos on Facebook": pictures shared, not a statement.
  if (cueWords.some((w) => SHARING_VERBS.has(w)) && picturesOnly(text, a.cue.end)) {
    return none(`'${sourceText}' shared pictures`);
  }

  // "Maria Velasquez, a laid-off warehouse worker, said": the name before the comma is the source.
  const appositive = nameBefore(ctx, src);
  if (appositive) return named(`named: ${appositive.canonical}`, appositive);
  // "In a survey conducted by Kyodo News, 71 percent of respondents said": the survey's answers.
  if (RESPONDENTS.has(head) && surveyBefore(tokens.words, src.from)) return named(`'${sourceText}' answered a survey`);
  // A pronoun points back to a source already cited ("he", "they", "many of them").
  if (
    (words.length === 1 || phrase.lower.includes('of')) &&
    (PRONOUNS_SINGULAR.has(head) || PRONOUNS_PLURAL.has(head))
  ) {
    return referBack(
      ctx,
      a,
      earlier,
      sourceText,
      PRONOUNS_PLURAL.has(head) ? 'plural' : 'singular',
      REFER_BACK,
      informs,
      statement,
    );
  }
  if (NOT_A_SOURCE.has(head)) return none(`'${sourceText}' is not a source of information`);
  if (phrase.words.some((w, k) => k > phrase.head && HANDLE.test(w) && /\p{L}/u.test(w))) {
    return named(`'${sourceText}' is identified by a handle`);
  }
  const inSpan = entitiesIn(ctx.entities, src.start, src.end);
  // A name counts when it is the head or comes after it ("spokesperson Vedant Patel"), not when
  // it only qualifies a role ("Obama administration officials", "Trump aides").
  const headStart = tokens.starts[src.from + phrase.head]!;
  const cutStart = tokens.starts[src.from + phrase.cut] ?? src.end;
  const roleHead = isRole(head);
  // "People close to Lutnick": a name after "close to", "at", "who" describes the source.
  const person = inSpan.find(
    (e) =>
      e.type === 'person' &&
      e.start < cutStart &&
      (!roleHead || e.end > headStart) &&
      !objectOfHead(text.slice(tokens.ends[src.from + phrase.head]!, e.start)),
  );
  if (person) return named(`named: ${person.canonical}`, person);
  // "Minister for Health Mary Kelly", "Secretary of State Ann Lee": a capitalised title, its
  // portfolio, then the name that ends the span.
  const titled = /^\p{Lu}/u.test(words[phrase.head] ?? '')
    ? titledName(ctx, src, src.from + phrase.head, inSpan)
    : null;
  if (titled) return named(`named: ${titled.canonical}`, titled);
  // "President Joe Biden had …" with only the title tagged: the name right after it is the source.
  const next = ctx.entities[firstEndingAfter(ctx.entities, src.end)];
  if (
    next?.type === 'person' &&
    (/^\p{Lu}/u.test(words[words.length - 1] ?? '') || isRole(phrase.lower[phrase.lower.length - 1] ?? '')) &&
    /^\s*$/.test(text.slice(src.end, next.start))
  ) {
    return named(`named: ${next.canonical}`, next);
  }
  // "a commander who goes by the call sign Skif": a pseudonym identifies the source.
  if (
    PSEUDONYM.test(text.slice(src.start, Math.min(a.cue.start > src.end ? a.cue.start : src.end + 60, src.end + 60)))
  ) {
    return named(`'${sourceText}' is identified by the name they go by`);
  }
  // "A representative for Harrow said": speaks for the company, as a spokesperson does.
  const forNamed = /^(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(phrase.words.slice(phrase.head + 1).join(' '));
  // Also "an Oakline Records representative said": the institution named before the head.
  const namedBodyBefore = phrase.capitalizedModifier && phrase.determiner !== '';
  if (SPEAKS_FOR_INSTITUTION.has(head) || (REPRESENTS.test(head) && (forNamed || namedBodyBefore))) {
    return named(`'${sourceText}' speaks for an institution on the record`);
  }
  // "The Labour MP for Northfield, Hannah Clegg, said": the name in apposition after the role.
  const nameAfter = inSpan.find(
    (e) =>
      e.type === 'person' && e.start >= cutStart && /,\s*$/.test(text.slice(Math.max(src.start, e.start - 3), e.start)),
  );
  // Any person noun takes it: "A solicitor for the company, Martin Lyle, said".
  const personHead = PERSON_NOUNS.has(head.replace(/s$/, '')) || looksLikePerson(head);
  // Not "Allies of the chancellor, Helen Marsden, say": one name after a plural head names whom they serve.
  const servesNamed =
    isPlural(head) &&
    /\b(?:of|to|for)\s+the\s+[\p{L} -]+,\s*$/u.test(text.slice(src.start, nameAfter?.start ?? src.start));
  if (nameAfter && (roleHead || personHead) && !servesNamed) return named(`named: ${nameAfter.canonical}`, nameAfter);
  // "Parliamentary Budget Officer says deficit target at risk": an office's capitalised name in a
  // line that is otherwise in lower case is the one person who holds it.
  if (
    !phrase.determiner &&
    isRole(head) &&
    /^(?:\p{Lu}[\p{L}-]*\s+){1,4}\p{Lu}[\p{L}-]*$/u.test(sourceText.trim()) &&
    /^\s+\p{Ll}+\s+\p{Ll}/u.test(text.slice(a.cue.end, a.cue.end + 30))
  ) {
    return named(`'${sourceText}' is an office one person holds`);
  }
  // "…, says Minister": a capitalised title alone stands for the one person who holds it.
  if (!phrase.determiner && UNIQUE_TITLES.has(head) && /^\p{Lu}\p{Ll}+$/u.test(sourceText.trim())) {
    return named(`'${sourceText}' is a title one person holds`);
  }
  // "A user posting as quant_goblin", "a commenter who goes by @dunewalker": pseudonymous but
  // identified, as forum handles are (the corpus rules).
  if (GOES_BY.test(sourceText)) return named(`'${sourceText}' goes by a handle`);

  const plural = isPlural(head) || ['two', 'three', 'several', 'some', 'many', 'multiple'].includes(phrase.determiner);
  const phraseText = phrase.lower.join(' ');
  const kind: ClaimKind = FAMILIAR_PHRASE.test(phraseText)
    ? 'familiar-with'
    : OFFICIAL_HEADS.has(head)
      ? 'unnamed-official'
      : 'unnamed-source';
  // News reports and rumours ("media reports", "rumours"), not an inspection's or an agency's reports.
  const hearsay = REPORT_HEADS.has(head) && (!/^reports?$/.test(head) || phrase.lower.some((w) => NEWS_WORDS.test(w)));
  // "Midwives at the hospital warned", "Agents who work in Serie A say", "Industry watchers said": a
  // trade described by a word or a phrase, speaking; the rule layers know the roles and groups, not trades.
  const describedTrade =
    statement &&
    !isRole(head) &&
    !COLLECTIVES.has(head) &&
    looksLikePerson(head) &&
    phrase.words.length > 1 &&
    !/^(?:who|which|that)$/i.test(tokens.words[src.from - 1] ?? '');
  const unnamed = (reason: string, certainty: number, k: ClaimKind = kind): Verdict => ({
    status: 'unnamed',
    source: sourceText,
    kind: k,
    reason,
    certainty,
    plural,
    head,
    // Bare plurals are left to the rule layers, save knowing groups' knowledge and judgements
    // ("investigators discovered"), which the rules do not read; "officials who see" only describes them.
    // Reports and rumours are never a group's stance: "according to media reports" is read here; nor
    // is anything "according to" someone: "according to show insiders".
    bare:
      plural &&
      !phrase.determiner &&
      !hearsay &&
      !describedTrade &&
      !(cueWords[0] === 'according' && (isRole(head) || looksLikePerson(head)) && !/^figures?$/.test(head)) &&
      (statement || !knowsOutright || !knowingHead(head) || relative),
    statement,
  });

  // "a retired firefighter … the firefighter, Michael Donnelly, told the jury": named a little later.
  if (!plural && head) {
    const later = namedLater(ctx, head, src.end);
    if (later) return named(`'${sourceText}' is named later: ${later.canonical}`, later);
    // "according to a computer programmer … Pakistan-based developer Ammar Askar wrote": a lede's
    // unnamed expert introduced by trade, named by a trade word in the very next sentence.
    if (/^(?:a|an)$/.test(phrase.determiner) && !OFFICIAL_HEADS.has(head) && !SOURCE_HEADS.has(head)) {
      const next = introducedNext(ctx, src.end);
      if (next) return named(`'${sourceText}' is named in the next sentence: ${next.canonical}`, next);
    }
  }

  // "according to an indictment unsealed Tuesday": a court's papers are records anyone can ask for.
  if (COURT_RECORDS.has(head)) return named(`'${sourceText}' is a court record`);
  // "according to a regulatory filing", "public records show": papers anyone may read.
  if (DOCUMENT_HEADS.has(head) && phrase.lower.some((w) => PUBLIC_RECORD_WORDS.has(w))) {
    return named(`'${sourceText}' is a public record`);
  }
  // Documents and data: "a memo seen by Reuters" is unnamed, "figures published by the Environment
  // Agency" or "a trial published in JAMA Pediatrics" are not.
  if (DOCUMENT_HEADS.has(head) || REPORT_HEADS.has(head)) {
    const after = `${phrase.post} ${text.slice(a.cue.end, a.cue.end + 60)}`;
    const origin =
      inSpan.some((e) => e.type !== 'place' && e.start > headStart) ||
      // Also in an aside before the verb: "A survey by the polling institute Infratrend …, found".
      NAMED_ORIGIN.test(text.slice(headStart, Math.max(src.end, Math.min(a.cue.start, src.end + 160)))) ||
      NAMED_ORIGIN.test(after.replace(/^\s*(?:on|last|this)\s+\p{Lu}\p{Ll}+day\b/u, ''));
    // "its annual report", "their survey": whose it is identifies it.
    const owned = /^(?:the|this|his|her|its|their|our)$/.test(phrase.determiner);
    if (origin || phrase.capitalizedModifier || owned) {
      return named(`'${sourceText}' is an identified document or report`);
    }
    // "a survey asking residents to rank …": a document asks nothing of the reader's news.
    if (!informs || cueWords.every((w) => /^ask/.test(w))) return none(`'${sourceText}' states nothing`);
    if (REPORT_HEADS.has(head)) return unnamed(`source '${sourceText}': reports by no named outlet`, 0.8, 'reportedly');
    return unnamed(`source '${sourceText}': a document with no named author`, 0.8, 'unattributed-document');
  }
  // An institution speaking as itself: "the White House said", "Kallisto Shipping said".
  // The name must be the head, not a modifier of it: "a former DNC chairman" is one unnamed person.
  // Also when a role word sits inside the name, not at its end: "the Kordofan Medics Union said".
  const headEnd = tokens.ends[src.from + phrase.head]!;
  const institution = inSpan.find(
    (e) =>
      (e.type === 'organization' || e.type === 'outlet') &&
      ((!roleHead && e.start < cutStart && e.end > headStart) ||
        // Not a title-case headline read as one name: "Former White House Doctor Says".
        (e.start <= headStart && e.end > headEnd && e.end >= src.end && e.end <= a.cue.start)),
  );
  if (institution) return named(`'${institution.canonical}' speaks as an institution`, institution);
  // Not "the chief financial officer of one large French bank": the body is not named either.
  const ofUnnamed = /\bof (?:one|a|an|another|some) /.test(phraseText);
  if (!roleHead && UNIQUE_TITLES.has(head) && !['a', 'an', 'one'].includes(phrase.determiner) && !ofUnnamed) {
    return named(`'${sourceText}' is a title one person holds`);
  }
  // "Ontario's health minister has said": a place's or a body's one holder of the title.
  // The owner may open the span ("Ontario’s health minister") or stand before it.
  const headAt = src.from + phrase.head;
  let mark = headAt - 1;
  while (mark > headAt - 4 && /^\p{Ll}+$/u.test(tokens.words[mark] ?? '')) mark--;
  const owner = tokens.words[mark - 1] ?? '';
  if (
    !isPlural(head) &&
    (!phrase.determiner || mark > src.from) &&
    /^['’]s$/.test(tokens.words[mark] ?? '') &&
    /^\p{Lu}/u.test(owner) &&
    (UNIQUE_TITLES.has(head) || OFFICIAL_HEADS.has(head))
  ) {
    return named(`'${text.slice(tokens.starts[mark - 1]!, tokens.ends[headAt]!)}' is a title one person holds`);
  }
  // What groups feel or want ("critics fear", "voters want") is not information; what officials,
  // sources and experts believe or expect is. Nor are a source's own plans ("said they would").
  // People close to or involved in what they speak of know it: "people involved in the negotiations".
  const knowing = knowingHead(head) || kind === 'familiar-with';
  if (!statement && !(knowing && informs)) return none(`'${sourceText}' states a view, not information`);
  // "higher than analysts expected", "as bad as officials feared"; not "came as officials praised".
  const wordAt = (k: number): string => tokens.words[k]?.toLowerCase() ?? '';
  const before = wordAt(src.from - 1);
  if (
    before === 'than' ||
    (!statement && before === 'as' && [2, 3, 4].some((d) => wordAt(src.from - 1 - d) === 'as'))
  ) {
    return none(`'${sourceText}' is a yardstick, not a source`);
  }
  // "the 12 percent that economists polled by the Daily News had expected.": a consensus figure
  // the forecast ends on, not a claim of theirs.
  if (
    cueWords.some((w) => FORECAST_CUES.has(w)) &&
    (cueWords[0] === 'had' || before === 'that' || before === 'which') &&
    /^\s*(?:[,.;:)—–]|$|(?:in|by|for|on|at)\b)/.test(text.slice(a.cue.end, a.cue.end + 12))
  ) {
    return none(`'${sourceText}' is a yardstick, not a source`);
  }
  // A quoted content speaks the same way: '"We'll miss her," one villager said'.
  const said = content.replace(/^\s*["“‘']/, '');
  if (!SOURCE_HEADS.has(head) && OWN_STANCE.test(said)) return none(`'${sourceText}' states its own stance`);
  if (!SOURCE_HEADS.has(head) && OWN_FEELING.test(said)) return none(`'${sourceText}' tells of its own feelings`);

  if (
    (phrase.determiner === 'the' || phrase.determiner === 'those' || phrase.determiner === 'these') &&
    // "the chief financial officer of one large French bank": someone new, of a body not named.
    !ofUnnamed
  ) {
    if (SOURCE_HEADS.has(head)) return unnamed(`source '${sourceText}': an unnamed source cited again`, 0.9);
    return referBack(
      ctx,
      a,
      earlier,
      sourceText,
      plural ? 'plural' : 'singular',
      REFER_BACK_DEFINITE,
      informs,
      statement,
      head,
    );
  }
  if (/^(?:his|her|its|their|our|your|my)$/.test(phrase.determiner)) {
    // "his aides", "their sources": someone's unnamed people; "its own staff" speak for it.
    if ((OFFICIAL_HEADS.has(head) || SOURCE_HEADS.has(head)) && !phrase.lower.includes('own')) {
      return unnamed(`source '${sourceText}': someone's people, none named`, 0.75);
    }
    return named(`'${sourceText}' is identified by whose it is`);
  }
  if (roleHead) {
    // "official Jane Doe": a title in front of a name the recogniser missed.
    if (!phrase.determiner && !plural && /^\p{Lu}/u.test(phrase.words[phrase.head + 1] ?? ''))
      return named(`'${sourceText}' is named`);
    return unnamed(`source '${sourceText}': no name given`, phrase.determiner || plural ? 0.95 : 0.85);
  }
  // "some", "many", "others" on their own.
  if (statement && phrase.words.length === 1 && /^(?:some|many|others|several|most|few)$/.test(head)) {
    return unnamed(`source '${sourceText}': unnamed people`, 0.85, 'unnamed-source');
  }
  // An unknown head after "a", "one", "three" is an unnamed individual when it speaks: "a retired
  // teacher told me", "said one host", "an Ohio Democrat said", "three donors tell CBS News".
  if (
    /^(?:a|an|one|two|three|four|five|several|another|some|many|most|other|few)$/.test(phrase.determiner) &&
    statement &&
    looksLikePerson(head)
  ) {
    return unnamed(`source '${sourceText}': no name given`, 0.75, 'unnamed-source');
  }
  // "Cardiologists who reviewed the data said", "Aid agencies say": people or bodies, none named.
  // A capital that only opens the sentence says nothing.
  const headStartsSentence =
    src.from + phrase.head === 0 || /(?:^|[.!?]["”’]?)\s*$/.test(text.slice(0, headStart).slice(-4));
  const common = /^\p{Ll}/u.test(words[phrase.head] ?? '') || headStartsSentence;
  if (!phrase.determiner && statement && common && plural && (looksLikePerson(head) || COLLECTIVES.has(head))) {
    return unnamed(`source '${sourceText}': a group, no one named`, 0.7, 'unnamed-source');
  }
  if (/^\p{Lu}/u.test(words[phrase.head] ?? '')) return named(`'${sourceText}' is named`);
  return none(`'${sourceText}' is not an identifiable source of information`);
}

/** text[start, end) without white space, commas and semicolons at either end: /^[\s,;]+|[\s,;]+$/g replaced by ''. */
function trimmed(text: string, start: number, end: number): string {
  const edge = (code: number): boolean => code === 44 || code === 59 || isSpaceCode(code);
  while (start < end && edge(text.charCodeAt(start))) start++;
  while (end > start && edge(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** How far on (characters) an unnamed person may still be named by the same word. */
const NAMED_WITHIN = 1500;

/** The expression namedLater reads for each head word, made once per word (compiling it per call was most of its time). */
const leads = new Map<string, RegExp>();

/** A person named after the same head word further on: "the firefighter, Michael Donnelly". */
function namedLater(ctx: SourceContext, head: string, from: number): Entity | null {
  const { entities, text } = ctx;
  let lead = leads.get(head);
  if (!lead) {
    if (leads.size > 10_000) leads.clear();
    lead = new RegExp(`\\b${head.replace(/[^\p{L}]/gu, '')},?\\s*$`, 'iu');
    leads.set(head, lead);
  }
  for (let k = firstEndingAfter(entities, from); k < entities.length && entities[k]!.start < from + NAMED_WITHIN; k++) {
    const e = entities[k]!;
    if (e.type === 'person' && lead.test(text.slice(Math.max(from, e.start - 40), e.start))) return e;
  }
  return null;
}

/** A person named right after a trade word ("developer Ammar Askar") in the sentence after `from`'s. */
function introducedNext(ctx: SourceContext, from: number): Entity | null {
  const { entities, text } = ctx;
  const boundary = /[.!?]["”’]?\s/g;
  boundary.lastIndex = from;
  const end = boundary.exec(text);
  if (!end) return null;
  const start = end.index;
  const stop = boundary.exec(text)?.index ?? text.length;
  for (let k = firstEndingAfter(entities, start); k < entities.length && entities[k]!.start < stop; k++) {
    const e = entities[k]!;
    const trade = /(?:^|\s)(\p{Ll}{4,})\s+$/u.exec(text.slice(Math.max(start, e.start - 30), e.start))?.[1];
    if (e.type === 'person' && trade && (PERSON_NOUNS.has(trade) || (trade.length > 5 && looksLikePerson(trade))))
      return OFFICIAL_HEADS.has(trade) ? null : e;
  }
  return null;
}

/** Nouns for people: trades and roles ("producer", "host", "teacher"), members ("Democrat"). */
function looksLikePerson(head: string): boolean {
  return (
    PERSON_NOUNS.has(head) ||
    PERSON_NOUNS.has(head.replace(/ves$/, 'fe').replace(/s$/, '')) ||
    /(?:er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|man|men|woman|women|ee|ees|crat|crats|can|cans|ive|ives)$/.test(
      head,
    )
  );
}

/**
 * Whether a name after the head is the object of a preposition ("an adviser to Bill Clinton", "friends
 * of Mr. Clinton's"): then it says whom the source serves, not who the source is. "Chief of staff John
 * Kelly" is not: a lower-case word between makes the name the head's apposition.
 */
function objectOfHead(between: string): boolean {
  const m = /^\s+(?:to|of|for|at|with|from|in|close to)\s+(.*)$/su.exec(between);
  // Only "the" or titles between: "an adviser to President Obama"; not "Minister for Health Mary Kelly".
  return m !== null && m[1]!.split(/\s+/).every((w) => !w || w === 'the' || TITLE_WORDS.has(w.toLowerCase()));
}

const TITLE_WORDS = new Set(TITLES.split('|'));
const TRUSTING = new Set(['believed', 'believe', 'believes', 'trusted', 'trust', 'trusts']);
/** Words that make a document a public record: "a regulatory filing", "court records". */
const PUBLIC_RECORD_WORDS = new Set(['regulatory', 'public', 'court', 'census', 'stock-exchange', 'securities']);
const COURT_RECORDS = new Set(
  'indictment indictments affidavit affidavits lawsuit lawsuits complaint warrant subpoena verdict ruling judgment'.split(
    ' ',
  ),
);

/** The person a capitalised title's words lead to, when only capitalised words and "of/for/and/the" come between. */
function titledName(ctx: SourceContext, src: TokenSpan, headAt: number, inSpan: Entity[]): Entity | null {
  const { words, starts } = ctx.tokens;
  const e = inSpan.find((x) => x.type === 'person' && x.start > starts[headAt]!);
  if (!e || /\p{L}/u.test(ctx.text.slice(e.end, src.end))) return null;
  for (let k = headAt + 1; k < src.to && starts[k]! < e.start; k++) {
    if (!/^\p{Lu}/u.test(words[k]!) && !['of', 'for', 'and', 'the', '(', ')'].includes(words[k]!)) return null;
  }
  return e;
}

/**
 * The person named just before a source that is an appositive: "Name, a retired teacher, said", also
 * past earlier appositives of the same name: "Name, the minister of X, a member of Y, said", "Name, an
 * adviser to … and a lecturer at …, said".
 */
function nameBefore(ctx: SourceContext, src: TokenSpan): Entity | null {
  const { words, ends } = ctx.tokens;
  let at = src.from;
  if (words[at] === ',') at++;
  for (let hop = 0; hop < 3 && at > 1; hop++) {
    // Commas or dashes set an appositive off: "Dylan Park — a teacher from Eugene — says".
    if (words[at - 1] === ',' || (hop === 0 && DASHES.has(words[at - 1]!))) {
      const before = ends[at - 2]!;
      const e = ctx.entities[firstEndingAfter(ctx.entities, before - 1)];
      // A place ends an earlier appositive ("the health minister of Portugal, a member of …").
      if (e && e.end === before && e.type !== 'place') return e;
    } else if (words[at - 1] !== 'and') return null;
    const opener = earlierAppositive(words, at - 1);
    if (opener < 0) return null;
    at = opener;
  }
  return null;
}

const RESPONDENTS = new Set(['respondents', 'participants', 'interviewees']);
const SURVEYS = /^(?:polls?|surveys?|questionnaires?|census)$/i;

/** A poll or survey earlier in the sentence (bounded look-back, stopping at its start). */
function surveyBefore(words: string[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 30; k--) {
    if (words[k] === '.' || words[k] === '?' || words[k] === '!') return false;
    if (SURVEYS.test(words[k]!)) return true;
  }
  return false;
}

/** A source known by a handle: "posting as quant_goblin", "who goes by @dunewalker", "the username tk421". */
const GOES_BY =
  /\b(?:(?:posting|writing|going|known(?: online)?)\s+(?:as|by)|who\s+(?:posts|goes|writes)\s+(?:as|by)|(?:handle|username|user\s?name|screen\s?name))\s+["“@]?[\w.-]+/i;

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
const DASHES = new Set(['—', '–', '--']);

/** Start of the appositive ", a/an/the …" that ends just before `end`, or -1 (none near, or a clause). */
function earlierAppositive(words: string[], end: number): number {
  for (let k = end - 1; k > 0 && end - k <= 20; k--) {
    const w = words[k]!;
    if (w === ',') return APPOSITIVE_OPENERS.has(words[k + 1]?.toLowerCase() ?? '') ? k + 1 : -1;
    if (w === '.' || w === ';' || w === ':' || QUOTES.has(w) || STATEMENT_CUES.has(w.toLowerCase())) return -1;
  }
  return -1;
}

const QUOTES = new Set(['"', '“', '”', "''", '``']);

/** "he", "they", "the official": the nearest compatible source before, within `window` sentences. */
function referBack(
  ctx: SourceContext,
  a: FoundAttribution,
  earlier: Array<{ a: FoundAttribution; v: Verdict }>,
  sourceText: string,
  number: 'singular' | 'plural',
  window: number,
  informs: boolean,
  statement: boolean,
  head?: string,
): Verdict {
  const src = a.source as TokenSpan;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const prior = earlier[k]!;
    if (a.sentence - prior.a.sentence > window) break;
    if (prior.v.status === 'none' || !prior.a.source) continue;
    // A person named between the earlier source and this one is the likelier referent of "he".
    if (!head && number === 'singular') {
      const between = entitiesIn(ctx.entities, prior.a.source.end, src.start).filter((e) => e.type === 'person');
      if (between.length) {
        return {
          status: 'named',
          source: sourceText,
          speaker: between[between.length - 1]!,
          reason: `'${sourceText}' refers to ${between[between.length - 1]!.canonical}`,
        };
      }
    }
    if (prior.v.status === 'named') {
      if (number === 'plural' && prior.v.speaker?.type === 'person') continue;
      if (head && !prior.v.source.toLowerCase().split(/\s+/).includes(head)) continue;
      return {
        status: 'named',
        source: sourceText,
        speaker: prior.v.speaker,
        reason: `'${sourceText}' refers back to ${prior.v.source}`,
      };
    }
    if (
      head &&
      prior.v.head.replace(/s$/, '') !== head.replace(/s$/, '') &&
      !(KINDRED.has(head) && KINDRED.has(prior.v.head))
    ) {
      continue;
    }
    if (!head && number === 'singular' && prior.v.plural) continue;
    if (!informs && prior.v.kind !== 'unnamed-official')
      return { status: 'none', reason: `'${sourceText}' states a view` };
    return {
      status: 'unnamed',
      source: sourceText,
      kind: prior.v.kind,
      reason: `source '${sourceText}' refers back to '${prior.v.source}': no name given`,
      certainty: prior.v.certainty * 0.85,
      plural: prior.v.plural,
      head: prior.v.head,
      bare: false,
      statement,
    };
  }
  return {
    status: 'named',
    source: sourceText,
    speaker: null,
    reason: `'${sourceText}' refers to someone named earlier`,
  };
}
