/** The project's seed article, end to end: the entities a reader of it would name. */
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../../scripts/lib/corpus.ts';
import { segmentSentences } from '../../../../src/core/text/segment.ts';
import { recognizeEntities } from '../../../../src/core/entities/recognize.ts';
import { corpusLabels, goldFromMentions, wireDocs } from '../../../fixtures/entities/dev-set.ts';
import { joinArticle } from '../../../../src/core/model/article.ts';

const page = loadPage('seed-china-russia');
const entities = recognizeEntities(page.reference, segmentSentences(page.reference, page.blocks));
const byText = (text: string) => entities.filter((e) => e.text === text);

describe('seed article', () => {
  it.each([
    ['Janet Yellen', 'person', 'Janet Yellen'],
    ['Yellen', 'person', 'Janet Yellen'],
    ['Associated Press', 'outlet', 'Associated Press'],
    ['AP', 'outlet', 'Associated Press'],
    ['Bloomberg', 'outlet', 'Bloomberg'],
    ['Wall Street Journal', 'outlet', 'Wall Street Journal'],
    ['Journal', 'outlet', 'Wall Street Journal'],
    ['Hikvision', 'organization', 'Hikvision'],
    ['Wuhan Global Sensor Technology', 'organization', 'Wuhan Global Sensor Technology'],
    ['Wuhan Tongsheng Technology', 'organization', 'Wuhan Tongsheng Technology'],
    ['C4ADS', 'organization', 'C4ADS'],
    ['Dmitry Peskov', 'person', 'Dmitry Peskov'],
    ['Kremlin', 'organization', 'Kremlin'],
    ['Putin', 'person', 'Vladimir Putin'],
    ['Antony Blinken', 'person', 'Antony Blinken'],
    ['Xi Jinping', 'person', 'Xi Jinping'],
    ['China', 'place', 'China'],
    ['Russia', 'place', 'Russia'],
    ['Ukraine', 'place', 'Ukraine'],
    ['Moscow', 'place', 'Moscow'],
    ['Beijing', 'place', 'Beijing'],
    ['U.S.', 'place', 'United States'],
  ])('finds %s as %s "%s" at every mention', (text, type, canonical) => {
    const mentions = byText(text);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect([m.type, m.canonical]).toEqual([type, canonical]);
  });

  it('keeps roles out of names', () => {
    expect(byText('Janet Yellen')[0]?.role).toBe('Treasury Secretary');
  });

  it('outputs no nationality, heading or ordinary word as an entity', () => {
    const texts = new Set(entities.map((e) => e.text));
    for (const junk of [
      'Chinese',
      'Russian',
      'Western',
      'WHAT TO WATCH FOR',
      'KEY BACKGROUND',
      'TANGENT',
      'Drone',
      'Warns',
      'Missile',
    ]) {
      expect(texts.has(junk)).toBe(false);
    }
  });
});

describe('dev set', () => {
  it('keeps exact-span micro-F1 at 0.9 or more on the hand-labelled dev documents', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const conll = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' } as const;
    const docs = [
      ...wireDocs().map((d) => ({ ...joinArticle(d.article), gold: d.gold })),
      ...corpusLabels().map((p) => {
        const pg = loadPage(p.page);
        return { text: pg.reference, blocks: pg.blocks, gold: goldFromMentions(pg.reference, p.mentions) };
      }),
    ];
    for (const d of docs) {
      const pred = recognizeEntities(d.text, segmentSentences(d.text, d.blocks)).map(
        (e) => `${e.start}:${e.end}:${conll[e.type]}`,
      );
      const gold = new Set(d.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
      for (const p of pred) {
        if (gold.has(p)) tp++;
        else fp++;
      }
      fn += gold.size - pred.filter((p) => gold.has(p)).length;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
