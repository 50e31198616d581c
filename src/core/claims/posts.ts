/**
 * Posts on a forum or a social network whose authors are not named: "Posts on Blind, the anonymous
 * workplace app, suggest …", "comments on a Reddit thread claimed …". The posters are the source,
 * as "one user wrote" is.
 *
 * Kept beside the attribution model (`npm run ablation`, leaving this layer out; dev sets = corpus DEV +
 * blind 1–7): family posts: without it, dev-set recall 0.988 → 0.986.
 */
import { isCapitalized, isWord, type Token } from './tokens.ts';
import { after, before, cue, type CueCandidate, type Cue } from './candidate.ts';
import { sayingAt } from './people.ts';

/** Verbs by which posts pass something on ("posts suggest", "threads describe", "comments show"). */
const POST_VERBS = new Set(['show', 'showed', 'shown', 'reveal', 'revealed', 'indicate', 'indicated']);
/** Owners that put a post on the record: "posts on his X account", "comments by the company". */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'official']);

export function postsCue(c: CueCandidate): Cue | null {
  const right = after(c, 24);
  // "posts on …", "comments in …": where they were posted comes first.
  if (!['on', 'in'].includes(right[0]?.lo ?? '')) return null;
  // "Posts in the cabinet", "comments in the report": a forum or a network, not an office or a text.
  const p0 = before(c, 1)[0];
  if (
    p0 &&
    isWord(p0) &&
    !['and', 'but', 'some', 'many', 'several', 'anonymous', 'online', 'social', 'recent', 'other'].includes(p0.lo)
  )
    return null;
  let prev = '';
  for (let k = 1; k < right.length; k++) {
    const t = right[k] as Token;
    if (OWNERS.has(t.lo) || /['’]s$/.test(t.lo) || t.lo === 'by') return null;
    // Over an aside: "Posts on Blind, the anonymous workplace app, suggest".
    if (t.t === ',') {
      const close = right.findIndex((n, j) => j > k && n.t === ',');
      if (close < 0) return null;
      k = close;
      continue;
    }
    if (!isWord(t)) return null;
    const said = sayingAt(right, k, prev);
    if (said === null) return null;
    if (said || POST_VERBS.has(t.lo)) {
      if (!isPlatformPhrase(right.slice(1, k))) return null;
      return cue(c, c.start, t.end, 'unnamed-source', 0.6, 'posts by people not named', {
        source: c.text.slice(c.start, (right[k - 1] as Token).end),
      });
    }
    prev = t.lo;
  }
  return null;
}

/** Words that mark a place people post to. */
const PLATFORM =
  /^(?:forums?|app|apps|platforms?|threads?|boards?|message|networks?|sites?|websites?|media|channels?|servers?|groups?|subreddits?|reddit|x|twitter|telegram|tiktok|facebook|instagram|weibo|discord|blind|glassdoor|linkedin|youtube|threads|bluesky|whatsapp|4chan|online)$/;

/** The phrase after "posts on" names a platform: a forum word, or a name right after "on" ("on Blind"). */
function isPlatformPhrase(toks: Token[]): boolean {
  const first = toks[0]?.lo === 'the' ? toks[1] : toks[0];
  return isCapitalized(first) || toks.some((t) => PLATFORM.test(t.lo));
}
