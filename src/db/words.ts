/**
 * Words for the full-text index over quote and note. Each annotation stores the distinct words of
 * its quote and note in a multi-entry index (`*words`), so a query word is one range scan of that
 * index (`startsWith`: "sourc" finds "sources") instead of a scan of every record — it stays fast
 * at 100,000 annotations.
 *
 * Words are lower-cased, stripped of accents (NFKD without combining marks: "Zürich" → "zurich")
 * and cut at 32 characters. Common English function words and one-letter words are not indexed
 * (they would make most of the index and select nothing). Chinese, Japanese and Korean runs have no
 * spaces between words, so they are indexed as overlapping pairs of characters, and a query in those
 * scripts is matched pair by pair.
 */

const MAX_WORD = 32;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from had has have he her his if in into is it its of on or our ' +
    'she so than that the their them then there these they this to was we were which who will with you'
  ).split(' '),
);

const SPLIT = /[^\p{L}\p{N}]+/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/gu;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function pieces(text: string, out: Set<string>, keepStopWords: boolean): void {
  for (const match of fold(text).matchAll(CJK_RUNS)) {
    const run = match[0];
    if (match[1]) {
      if (run.length === 1) out.add(run);
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
      continue;
    }
    for (const raw of run.split(SPLIT)) {
      if (raw.length < 2 && !CJK.test(raw)) continue;
      if (!keepStopWords && STOP_WORDS.has(raw)) continue;
      out.add(raw.slice(0, MAX_WORD));
    }
  }
}

/** The distinct words of some texts, as indexed. */
export function indexWords(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) pieces(text, out, false);
  return [...out];
}

/**
 * The words of a search query, each to be matched as a word prefix. Stop words are dropped unless
 * the query has nothing else (then it cannot use the index: the caller reports no match).
 */
export function queryWords(query: string): string[] {
  const out = new Set<string>();
  pieces(query, out, false);
  // Longest first: long words select fewest records, so intersections start small.
  return [...out].sort((a, b) => b.length - a.length);
}
