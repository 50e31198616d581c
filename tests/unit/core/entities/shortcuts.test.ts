/**
 * Shortcuts the recogniser takes for speed, checked against the simple forms they stand for: the
 * name trie holds every known name (so a name whose first words it lacks is not looked up), and the
 * gazetteer marks, which start from each word's own first step in the trie, are those a walk from
 * the trie's root gives, on PolNeAR's dev articles as the engine tokenizes them.
 */
import { describe, expect, it } from 'vitest';
import { NerVocabulary, nerFacts } from '../../../../src/core/entities/learned/features.ts';
import { nameTokens } from '../../../../src/core/entities/tokens.ts';
import { lexicon, type NameNode } from '../../../../src/core/lexicon/index.ts';
import { POLNEAR_DEV_PRESENT, polnearDevTokens } from './helpers.ts';

const lex = lexicon(nameTokens);

/** The longest known name from token i, walked from the trie's root: [last token, type number] or null. */
function longestName(titles: string[], i: number): [number, number] | null {
  let node: NameNode | undefined = lex.nameTrie;
  let found: [number, number] | null = null;
  for (let j = i; j < titles.length && node?.next; j++) {
    node = node.next.get(titles[j]!);
    if (node?.entry) found = [j, NerVocabulary.GAZ_TYPE[node.entry.type]];
  }
  return found;
}

describe('recogniser shortcuts', () => {
  it('finds every known name by walking the name trie over its words', () => {
    const missing: string[] = [];
    for (const [key, entry] of lex.names) {
      let node: NameNode | undefined = lex.nameTrie;
      for (const word of key.split(' ')) node = node?.next?.get(word);
      if (node?.entry !== entry) missing.push(key);
    }
    expect(lex.names.size).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it.runIf(POLNEAR_DEV_PRESENT)(
    'marks the gazetteer names of PolNeAR dev as a walk from the trie root does',
    () => {
      const vocab = new NerVocabulary(lex);
      let marked = 0;
      for (const { words, sentenceFirst } of polnearDevTokens()) {
        const facts = nerFacts(vocab, words, sentenceFirst);
        const titles = facts.infos.map((w) => w.title);
        const expected = new Uint8Array(words.length);
        for (let i = 0; i < words.length; ) {
          const name = facts.active[i] && facts.infos[i]!.cap !== 0 ? longestName(titles, i) : null;
          if (!name) {
            i++;
            continue;
          }
          const [end, type] = name;
          if (end === i) expected[i] = type * 4;
          else {
            expected[i] = type * 4 + 1;
            for (let k = i + 1; k < end; k++) expected[k] = type * 4 + 2;
            expected[end] = type * 4 + 3;
          }
          i = end + 1;
        }
        marked += expected.filter((g) => g !== 0).length;
        expect(Array.from(facts.gazetteer)).toEqual(Array.from(expected));
      }
      expect(marked).toBeGreaterThan(100);
    },
    60_000,
  );
});
