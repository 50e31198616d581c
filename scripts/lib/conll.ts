/**
 * Reader for the CoNLL-2003 English NER files in ../shared/conll (never copied into the repository):
 * documents of sentences of tokens with IOB1 tags, turned into BIO over PER, ORG, LOC and MISC.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths.ts';

export const CONLL_DIR = resolve(ROOT, '../shared/conll');

export interface ConllDoc {
  /** All tokens of the document, in order. */
  words: string[];
  /** BIO tags per token ("O", "B-PER", "I-PER", …). */
  tags: string[];
  /** 1 where a token opens a sentence. */
  sentenceFirst: Uint8Array;
}

/** Reads `eng.train` or `eng.testa`. IOB1 → BIO: an I- tag opens a span unless it continues one of its type. */
export function loadConll(name: 'eng.train' | 'eng.testa'): ConllDoc[] {
  const lines = readFileSync(join(CONLL_DIR, name), 'utf8').split('\n');
  const docs: ConllDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let firsts: number[] = [];
  let newSentence = true;
  const flush = (): void => {
    if (words.length) docs.push({ words, tags, sentenceFirst: Uint8Array.from(firsts) });
    words = [];
    tags = [];
    firsts = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      newSentence = true;
      continue;
    }
    const parts = trimmed.split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      newSentence = true;
      continue;
    }
    const word = parts[0]!;
    const iob = parts[parts.length - 1]!;
    let tag = 'O';
    if (iob !== 'O') {
      const type = iob.slice(2);
      const prev = tags.length && !newSentence ? tags[tags.length - 1]! : 'O';
      tag = iob.startsWith('B-') || prev === 'O' || prev.slice(2) !== type ? `B-${type}` : `I-${type}`;
    }
    words.push(word);
    tags.push(tag);
    firsts.push(newSentence ? 1 : 0);
    newSentence = false;
  }
  flush();
  return docs;
}
