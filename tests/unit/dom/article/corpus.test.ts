/**
 * Extraction on the labelled corpus (../shared/corpus): every labelled claim and every negative is
 * a quote of the article text, so the extracted text must contain them all (after white space is
 * normalised, as the corpus' matching rule does), and must not contain the page's furniture.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadLabels,
  loadNegatives,
  normalizeWhitespace,
  pageNames,
  readPageHtml,
} from '../../../../scripts/lib/corpus.ts';
import { joinArticle } from '../../../../src/core/model/article.ts';
import { extractArticle } from '../../../../src/dom/article/index.ts';
import { linkedomDocument, mappingProblems } from './helpers.ts';

const labels = loadLabels();
const negatives = loadNegatives();
const coverage: string[] = [];

/** Text that is page furniture on these pages, never article text. */
const JUNK: Record<string, string[]> = {
  'seed-china-russia': ['Comments', 'Post a Comment', 'Privacy', 'The Daily Dispatch', 'Politics'],
  'nytimes-4': ['’17', 'MONTHLY'],
  'keep-images': ['Email me when there are new stories'],
  cnn: ['Your video will play'],
  breitbart: ['6366'],
};

describe.each(pageNames())('corpus page %s', (name) => {
  const ex = extractArticle(linkedomDocument(readPageHtml(name)));
  const text = normalizeWhitespace(ex.map.text);
  const quotes = [...labels, ...negatives].filter((q) => q.page === name);

  it('contains every labelled and negative quote', () => {
    const missing = quotes.filter((q) => !text.includes(normalizeWhitespace(q.quote).trim())).map((q) => q.quote);
    const pageLabels = labels.filter((l) => l.page === name).length;
    coverage.push(
      `${name}: ${quotes.length - missing.length}/${quotes.length} quotes (${pageLabels} labels), ${ex.map.text.length} chars`,
    );
    expect(missing).toEqual([]);
  });

  it('leaves out the furniture', () => {
    for (const junk of JUNK[name] ?? []) expect(ex.map.text.slice(ex.article.title.length), junk).not.toContain(junk);
  });

  it('maps every character back to the page', () => {
    expect(ex.map.text).toBe(joinArticle(ex.article).text);
    expect(mappingProblems(ex)).toEqual([]);
  });
});

afterAll(() => {
  console.log(`Extraction coverage of the corpus quotes:\n  ${coverage.join('\n  ')}`);
});
