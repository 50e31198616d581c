/**
 * The attribution tagger's token facts, filled for a whole article into one set of arrays with
 * quotation marks classified once per word, against a plain reading of each sequence on its own
 * (the quotation state kept with the lexicon's sets, the verbs of saying looked up word by word).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../scripts/lib/paths.ts';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { hashString } from '../../../../src/core/tagger/hash.ts';
import { CLOSING_QUOTES, OPENING_QUOTES, QUOTES, SAYING } from '../../../../src/core/attribution/lexicon.ts';
import { articleTokens } from '../../../../src/core/attribution/sequences.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';

const present = existsSync(join(ROOT, '../shared/polnear/dev'));
if (!present) console.warn('../shared/polnear/dev is missing: the token facts are checked on made-up text only');

const bucket = (d: number): number => (d === 0 ? 0 : d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : 6);

/** The facts of words[from, to) read plainly: per token, with Set look-ups and no shared state. */
function plainFacts(words: string[], sentenceOf: ArrayLike<number>, from: number, to: number) {
  const quote: number[] = [];
  const fromStart: number[] = [];
  const toEnd: number[] = [];
  const sayLeft: number[] = [];
  const sayRight: number[] = [];
  const sayLeftWord: number[] = [];
  const sayRightWord: number[] = [];
  let inQuote = false;
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    if (QUOTES.has(word)) {
      if (OPENING_QUOTES.has(word)) inQuote = true;
      else if (CLOSING_QUOTES.has(word) && word !== '’') inQuote = false;
      else if (word === '"') inQuote = !inQuote;
      quote.push(word === '’' || word === "'" ? (inQuote ? 1 : 0) : 2);
    } else quote.push(inQuote ? 1 : 0);
    const sameSentence = (j: number): boolean => j >= from && j < to && sentenceOf[j] === sentenceOf[k];
    let start = k;
    while (sameSentence(start - 1)) start--;
    let end = k;
    while (sameSentence(end + 1)) end++;
    fromStart.push(Math.min(k - start, 7));
    toEnd.push(Math.min(end - k, 7));
    const saying = (j: number): boolean => SAYING.has(words[j]!.toLowerCase());
    let left = k - 1;
    while (left >= start && !saying(left)) left--;
    let right = k + 1;
    while (right <= end && !saying(right)) right++;
    const near = (j: number, d: number): boolean => j >= start && j <= end && d <= 8;
    sayLeft.push(near(left, k - left) ? bucket(k - left) : 0);
    sayLeftWord.push(near(left, k - left) ? hashString(words[left]!.toLowerCase()) : 0);
    sayRight.push(near(right, right - k) ? bucket(right - k) : 0);
    sayRightWord.push(near(right, right - k) ? hashString(words[right]!.toLowerCase()) : 0);
  }
  return { quote, fromStart, toEnd, sayLeft, sayRight, sayLeftWord, sayRightWord };
}

function compareArticle(text: string): number {
  const at = articleTokens(text, segmentSentences(text, linesOf(text)));
  let tokens = 0;
  for (const s of at.sequences) {
    const f = s.facts;
    const slice = (a: ArrayLike<number>): number[] => Array.from(a as Uint8Array).slice(f.at, f.at + f.length);
    expect(f.length).toBe(s.to - s.from);
    expect({
      quote: slice(f.quote),
      fromStart: slice(f.fromStart),
      toEnd: slice(f.toEnd),
      sayLeft: slice(f.sayLeft),
      sayRight: slice(f.sayRight),
      sayLeftWord: slice(f.sayLeftWord),
      sayRightWord: slice(f.sayRightWord),
    }).toEqual(plainFacts(at.tokens.words, at.sentenceOf, s.from, s.to));
    for (let k = 0; k < f.length; k++) {
      expect(f.words[f.at + k]!.lower).toBe(hashString(at.tokens.words[s.from + k]!.toLowerCase()));
    }
    tokens += f.length;
  }
  return tokens;
}

describe('attribution token facts', () => {
  it('keep quotation state and verbs of saying within each paragraph of a made-up article', () => {
    const text = [
      '“We are not leaving,” said one resident, who asked not to be named. ' +
        'The mayor’s office declined to comment.',
      'It\'s "unclear" what comes next, officials said. « Rien », a-t-il dit ‘quietly’ — then: “It is over.',
      'This paragraph opens inside no quotation, although the one before never closed its own.',
    ].join('\n');
    expect(compareArticle(text)).toBeGreaterThan(60);
  });

  it.skipIf(!present)('match a plain reading of each sequence on PolNeAR dev', () => {
    let tokens = 0;
    for (const doc of loadPolnear('dev')) tokens += compareArticle(doc.text);
    expect(tokens).toBeGreaterThan(50_000);
  });
});
