/**
 * Anonymity granted or explained: "speaking on condition of anonymity", "asked not to be named".
 *
 * Kept beside the attribution model (`npm run ablation`, leaving this layer out; dev sets = corpus DEV +
 * blind 1–7): family anon: without it, dev-set recall 0.988 → 0.972.
 */
import { OFFICIAL_HEADS, SOURCE_HEADS, SPEAK_VERBS } from './lexicon.ts';
import { isPersonNoun } from './speakers.ts';
import { isWord, type Token } from './tokens.ts';
import { before, after, cue, type CueCandidate, type Cue } from './candidate.ts';

/** Words for the people a negation picks out: "neither official", "no one", "none of them". */
const PEOPLE = new Set([...OFFICIAL_HEADS, ...SOURCE_HEADS, 'one', 'of', 'person', 'people', 'man', 'woman']);
const BE = new Set(['was', 'were', 'is', 'are']);
const NEGATIONS = new Set(['not', 'neither', 'nor', 'never', 'no']);
const WITHHELD = /^(?:named|identified|quoted|name|names|disclosed|used|published|revealed|withheld|printed)$/;
const ASKED = new Set(['asked', 'requested', 'condition', 'insisted', 'wished', 'preferred', 'demanded']);

/** Words that show someone speaking in a sentence. */
const SPEAKING =
  /\b(?:said|says|say|told|tells|spoke|speaking|talked|according|added|explained|confirmed|described|recalled|wrote|insisted|claimed|interviewed)\b/i;

/** Verbs of sending or receiving a thing: "received anonymously", "donated anonymously". */
const SENT = new Set(['received', 'sent', 'submitted', 'donated', 'posted', 'filed', 'mailed', 'delivered', 'paid']);

export function anonymityCue(c: CueCandidate): Cue | null {
  const lo = c.lo;
  const left = before(c, 5);
  const right = after(c, 8);
  const p0 = left[0]?.lo ?? '';
  let start = c.start;
  let end = c.end;
  let reason = 'anonymity granted';
  if (lo === 'anonymity') {
    const granted = [
      'of',
      'granted',
      'grant',
      'requested',
      'request',
      'requesting',
      'seeking',
      'given',
      'on',
      'under',
      'insisted',
      'sought',
      'demanded',
      'asked',
      'for',
      'promised',
      // West African and South Asian usage: "a source who pleaded anonymity", "craved anonymity".
      'pleaded',
      'begged',
      'craved',
      'preferred',
      'chose',
      'wanted',
    ].includes(p0);
    if (!granted && !['to', 'because', 'in'].includes(right[0]?.lo ?? '')) return null;
    if (left[0]) start = left[0].start;
  } else if (lo === 'anonymously') {
    if (!left.slice(0, 4).some((t) => SPEAK_VERBS.has(t.lo))) return null;
    // "a petition the Assembly said it received anonymously": a thing sent by no one known, not a
    // source speaking without a name.
    if (SENT.has(left[0]?.lo ?? '')) return null;
    start = (left.find((t) => SPEAK_VERBS.has(t.lo)) as Token).start;
  } else if (lo === 'on background' || lo === 'off the record') {
    if (!SPEAK_VERBS.has(p0)) return null;
    reason = lo === 'on background' ? 'spoke on background' : 'spoke off the record';
  } else if (/ on the record$/.test(lo)) {
    // "said one of two witnesses, who did not want to speak on the record": someone in the sentence
    // speaks, and would not be named for it; not a bare "declined to be quoted on the record".
    const rest = c.text.slice(c.sentence.start, c.start) + c.text.slice(c.end, c.sentence.end);
    if (!SPEAKING.test(rest)) return null;
    reason = 'spoke only off the record';
  } else if (/condition(?: that)?$/.test(lo)) {
    // "on condition that he not be named", "on condition her name not be used", "on condition
    // that neither his name nor his unit be disclosed": a negation and a word for withholding.
    const far = after(c, 12);
    const at = far.findIndex((t) => WITHHELD.test(t.lo));
    if (at < 0 || !far.slice(0, at).some((t) => NEGATIONS.has(t.lo))) return null;
    end = (far[at] as Token).end;
  } else if (/^(?:his|her|their) /.test(lo)) {
    // "asked that his name be withheld"; not "the victim's name was withheld" by the police.
    if (!left.slice(0, 3).some((t) => ASKED.has(t.lo))) return null;
    // A source's name, not a minor's or a victim's: someone in the sentence speaks.
    if (!SPEAKING.test(c.text.slice(c.sentence.start, c.sentence.end))) return null;
    start = (left.find((t) => ASKED.has(t.lo)) as Token).start;
    reason = 'name withheld';
  } else if (/^not (?:to )?be /.test(lo)) {
    const asked = left.some((t) =>
      ['asked', 'requested', 'wished', 'wanted', 'agreed', 'preferred', 'condition', 'insisted'].includes(t.lo),
    );
    if (!asked) return null;
    start = (
      left.find((t) =>
        ['asked', 'requested', 'wished', 'wanted', 'agreed', 'preferred', 'condition', 'insisted'].includes(t.lo),
      ) as Token
    ).start;
  } else if (/anonymous$/.test(lo)) {
    // "asked to remain anonymous", "wished to stay anonymous".
    if (
      !left
        .slice(0, 3)
        .some((t) => ['asked', 'requested', 'wished', 'wanted', 'preferred', 'agreed', 'to', 'insisted'].includes(t.lo))
    )
      return null;
    // A source's anonymity, not a donor's or a buyer's: someone in the sentence speaks.
    if (!SPEAKING.test(c.text.slice(c.sentence.start, c.sentence.end))) return null;
  } else if (/names?$/.test(lo)) {
    reason = 'name withheld';
  } else if (/^(?:authori[sz]ed|permitted|allowed|cleared) /.test(lo)) {
    // "Neither official was permitted to speak", "None of them were authorised to discuss": the
    // negation is in the subject, before "was" or "were".
    if (!BE.has(p0)) return null;
    // Only people: not "neither side was allowed to speak for more than ten minutes".
    const at = left.findIndex((t) => NEGATIONS.has(t.lo) || t.lo === 'none' || t.lo === 'nobody');
    const who = left[at - 1];
    if (
      at < 0 ||
      !(
        left[at]?.lo === 'nobody' ||
        left[at]?.lo === 'none' ||
        (who && (PEOPLE.has(who.lo) || isPersonNoun(who.lo, /s$/.test(who.lo))))
      )
    )
      return null;
    // Speaking to the press or about the matter: not "allowed to speak for five minutes".
    const next = right[0];
    if (next && isWord(next) && !['publicly', 'about', 'on', 'to', 'with', 'openly', 'freely'].includes(next.lo))
      return null;
    start = (left[at] as Token).start;
    reason = 'not authorized to speak publicly';
  } else if (/^not to /.test(lo)) {
    // "who asked me not to use her name": withheld at the source's request.
    const asker = left.find((t) => ASKED.has(t.lo) || t.lo === 'agreed');
    if (!asker) return null;
    start = asker.start;
    reason = 'name withheld';
  } else if (/authori[sz]ed|permitted|allowed|cleared/.test(lo)) {
    reason = 'not authorized to speak publicly';
  }
  return cue(c, start, end, 'condition-of-anonymity', 0.95, reason, { modifier: true });
}
