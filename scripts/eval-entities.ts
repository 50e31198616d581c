/**
 * Scores entity recognition on the dev set (tests/fixtures/entities): exact-span precision, recall
 * and F1 per CoNLL type (person → PER, organization and outlet → ORG, place → LOC) and micro-F1.
 *
 *   npx tsx scripts/eval-entities.ts [--errors] [--compromise]
 *
 * --errors lists every miss and false alarm; --compromise scores the compromise library on the same
 * texts for comparison (a devDependency, never used by src).
 */
import { loadPage } from './lib/corpus.ts';
import { joinArticle } from '../src/core/model/article.ts';
import type { EntityType } from '../src/core/model/analysis.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { recognizeEntities } from '../src/core/entities/recognize.ts';
import { corpusLabels, goldFromMentions, wireDocs, type GoldSpan, type GoldType } from '../tests/fixtures/entities/dev-set.ts';

interface Doc {
  id: string;
  text: string;
  gold: GoldSpan[];
  predict: () => GoldSpan[];
}

const CONLL: Record<EntityType, GoldType> = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' };
const TYPES: GoldType[] = ['PER', 'ORG', 'LOC'];

function docs(): Doc[] {
  const out: Doc[] = [];
  for (const d of wireDocs()) {
    const { text, blocks } = joinArticle(d.article);
    out.push({ id: d.id, text, gold: d.gold, predict: () => ours(text, segmentSentences(text, blocks)) });
  }
  for (const p of corpusLabels()) {
    const page = loadPage(p.page);
    const text = page.reference;
    out.push({ id: p.page, text, gold: goldFromMentions(text, p.mentions), predict: () => ours(text, segmentSentences(text, page.blocks)) });
  }
  return out;
}

function ours(text: string, sentences: ReturnType<typeof segmentSentences>): GoldSpan[] {
  return recognizeEntities(text, sentences).map((e) => ({ start: e.start, end: e.end, type: CONLL[e.type] }));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(all: { id: string; text: string; gold: GoldSpan[]; pred: GoldSpan[] }[], showErrors: boolean): void {
  const by = new Map<GoldType, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const d of all) {
    const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(d.gold.map(key));
    const pred = new Set(d.pred.map(key));
    for (const s of d.pred) {
      const c = by.get(s.type) as Counts;
      if (gold.has(key(s))) c.tp++;
      else {
        c.fp++;
        if (showErrors) console.log(`  FP ${d.id} ${s.type} ${JSON.stringify(d.text.slice(s.start, s.end))}`);
      }
    }
    for (const s of d.gold) {
      if (pred.has(key(s))) continue;
      (by.get(s.type) as Counts).fn++;
      if (showErrors) {
        const other = d.pred.find((p) => p.start < s.end && s.start < p.end);
        const got = other ? ` (got ${other.type} ${JSON.stringify(d.text.slice(other.start, other.end))})` : '';
        console.log(`  FN ${d.id} ${s.type} ${JSON.stringify(d.text.slice(s.start, s.end))}${got}`);
      }
    }
  }
  const f = (c: Counts) => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  };
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) {
    const c = by.get(t) as Counts;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    const s = f(c);
    console.log(
      `${t}   P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}   (gold ${c.tp + c.fn}, predicted ${c.tp + c.fp})`,
    );
  }
  const m = f(total);
  console.log(`micro P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}   (gold ${total.tp + total.fn})`);
}

async function compromisePredictions(text: string): Promise<GoldSpan[]> {
  // compromise is an optional devDependency used only for this comparison.
  const mod = (await import('compromise')) as unknown as { default: (t: string) => CompromiseDoc };
  const doc = mod.default(text);
  const out: GoldSpan[] = [];
  const take = (view: CompromiseView, type: GoldType) => {
    for (const j of view.json({ offset: true })) {
      const o = j.offset;
      if (!o) continue;
      let start = o.start;
      let end = o.start + o.length;
      // compromise includes trailing punctuation and possessives in its terms; trim them for exact spans.
      while (end > start && /[\s.,;:!?"'”’)]/.test(text[end - 1] as string) && !/\.\w\.$/.test(text.slice(start, end))) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s"“‘(]/.test(text[start] as string)) start++;
      if (end > start) out.push({ start, end, type });
    }
  };
  take(doc.people(), 'PER');
  take(doc.organizations(), 'ORG');
  take(doc.places(), 'LOC');
  return out;
}

interface CompromiseView {
  json(opts: { offset: boolean }): { offset?: { start: number; length: number } }[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
}

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors');
  const all = docs();
  const t0 = performance.now();
  const results = all.map((d) => ({ id: d.id, text: d.text, gold: d.gold, pred: d.predict() }));
  const ms = performance.now() - t0;
  console.log(`Sourcelight on ${all.length} dev documents (${results.reduce((n, d) => n + d.gold.length, 0)} gold mentions), ${ms.toFixed(0)} ms`);
  score(results, showErrors);
  if (process.argv.includes('--compromise')) {
    const theirs = [];
    for (const d of all) theirs.push({ id: d.id, text: d.text, gold: d.gold, pred: await compromisePredictions(d.text) });
    console.log('\ncompromise on the same documents');
    score(theirs, false);
  }
}

await main();
