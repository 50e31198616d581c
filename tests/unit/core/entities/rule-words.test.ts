/**
 * What the entity rules ask of a word is kept with the word's tagger facts (rule-words.ts): checked
 * against the plain forms it stands for, token by token, on PolNeAR's dev articles and on text with
 * the cases where a token's facts are another form's (a soft hyphen, a Title Case headline, capitals).
 */
import { describe, expect, it } from 'vitest';
import { loadPolnear } from '../../../../scripts/lib/polnear.ts';
import { linesOf } from '../../../../scripts/train/attribution-data.ts';
import { titleCase } from '../../../../src/core/entities/chunk.ts';
import { tagArticle, type TaggedArticle } from '../../../../src/core/entities/learned/tagger.ts';
import { bitsOf, keyEntry, keyWord, wordBits, writtenEntry } from '../../../../src/core/entities/rule-words.ts';
import { nameTokens } from '../../../../src/core/entities/tokens.ts';
import { lexicon } from '../../../../src/core/lexicon/index.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { POLNEAR_DEV_PRESENT } from './helpers.ts';

const lex = lexicon(nameTokens);

function plainKey(t: TaggedArticle, k: number): string {
  const w = t.tokens.words[k]!.replace(/\u00ad/g, '');
  return t.facts.capsSentence[k] && w.length > 1 && !/\p{Ll}/u.test(w) ? titleCase(w) : w;
}

/** Compares every token's kept answers with the plain ones; returns how many tokens, and how many of another form. */
function compare(text: string): { tokens: number; others: number } {
  const t = tagArticle(text, segmentSentences(text, linesOf(text)), lex);
  const words = t.tokens.words;
  const wrong: string[] = [];
  let others = 0;
  for (let k = 0; k < words.length; k++) {
    const asWritten = t.facts.infos[k]!.written === words[k];
    if (!asWritten) others++;
    if (t.facts.asWritten[k] !== (asWritten ? 1 : 0)) wrong.push(`as written ${words[k]}`);
    const key = plainKey(t, k);
    if (keyWord(t, k) !== key) wrong.push(`key ${words[k]}`);
    if (wordBits(t, lex, k) !== bitsOf(lex, words[k]!)) wrong.push(`bits ${words[k]}`);
    if (keyEntry(t, lex, k) !== lex.names.get(key)) wrong.push(`entry ${words[k]}`);
    if (writtenEntry(t, lex, k) !== lex.names.get(words[k]!)) wrong.push(`written entry ${words[k]}`);
  }
  expect(wrong).toEqual([]);
  return { tokens: words.length, others };
}

describe('what the rules ask of a word, kept per word', () => {
  it('answers as the plain forms where a token is another form of its word', () => {
    const text = [
      'Yellen Warns Beijing Over Chip Exports To Russia',
      'NATO LEADERS MEET IN BRUSSELS AS PARIS WAITS',
      'Prime Minister Benjamin Netan\u00adyahu met NATO officials in Brussels on Monday, Reuters said.',
      'Netanyahu and the Associated Press: Minister for Health Gráinne Hollis spoke in The Hague.',
    ].join('\n');
    // Twice: the first reading works the answers out, the second reads them back.
    const { tokens, others } = compare(text);
    expect(tokens).toBeGreaterThan(40);
    // The headline's words (read in capitals) and the word with a soft hyphen.
    expect(others).toBeGreaterThanOrEqual(9);
    compare(text);
  });

  it.runIf(POLNEAR_DEV_PRESENT)(
    'answers as the plain forms on PolNeAR dev',
    () => {
      let tokens = 0;
      for (const doc of loadPolnear('dev')) tokens += compare(doc.text).tokens;
      expect(tokens).toBeGreaterThan(50_000);
    },
    60_000,
  );
});
