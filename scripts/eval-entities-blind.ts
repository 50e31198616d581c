/**
 * Scores entity recognition on the blind wire sets (tests/fixtures/entities/blind): each document
 * goes through the path the CLI takes for plain text (articleFromText → joinArticle →
 * segmentSentences → recognizeEntities). Exact-span precision, recall and F1 per CoNLL type
 * (person → PER, organization and outlet → ORG, place → LOC) and micro-F1. MISC gold spans are not
 * scored, so a PER/ORG/LOC prediction on one is simply a false positive.
 *
 *   npx tsx scripts/eval-entities-blind.ts [--batch 1] [--errors] [--compromise]
 */
import { articleFromText } from '../src/cli/article.ts';
import { joinArticle } from '../src/core/model/article.ts';
import type { EntityType } from '../src/core/model/analysis.ts';
import { segmentSentences } from '../src/core/text/segment.ts';
import { recognizeEntities } from '../src/core/entities/recognize.ts';
import { blindBatches, loadBlind, verify } from '../tests/fixtures/entities/blind/build.ts';

type Scored = 'PER' | 'ORG' | 'LOC';
interface Span {
  start: number;
  end: number;
  type: Scored;
}
interface Scoring {
  id: string;
  text: string;
  gold: Span[];
  pred: Span[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const CONLL: Record<EntityType, Scored> = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' };
const TYPES: Scored[] = ['PER', 'ORG', 'LOC'];

function ours(text: string): Span[] {
  // The CLI's own reading of a plain-text file; the blind texts are already in its joined form.
  const { text: joined, blocks } = joinArticle(articleFromText(text));
  if (joined !== text) throw new Error('blind text differs from the engine text; rebuild the blind set');
  return recognizeEntities(joined, segmentSentences(joined, blocks)).map((e) => ({ start: e.start, end: e.end, type: CONLL[e.type] }));
}

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function score(all: Scoring[], showErrors: boolean): number {
  const by = new Map<Scored, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  for (const d of all) {
    const gold = new Set(d.gold.map(key));
    const pred = new Set(d.pred.map(key));
    const show = (s: Span) => JSON.stringify(d.text.slice(s.start, s.end));
    for (const s of d.pred) {
      const c = by.get(s.type) as Counts;
      if (gold.has(key(s))) c.tp++;
      else {
        c.fp++;
        if (showErrors) {
          const g = d.gold.find((x) => x.start < s.end && s.start < x.end);
          console.log(`  FP ${d.id} ${s.type} ${show(s)}${g ? ` (gold ${g.type} ${show(g)})` : ''}`);
        }
      }
    }
    for (const s of d.gold) {
      if (pred.has(key(s))) continue;
      (by.get(s.type) as Counts).fn++;
      if (showErrors && !d.pred.some((p) => p.start < s.end && s.start < p.end)) console.log(`  FN ${d.id} ${s.type} ${show(s)}`);
    }
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) {
    const c = by.get(t) as Counts;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    const s = f1(c);
    console.log(`${t}   P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f.toFixed(3)}   (gold ${c.tp + c.fn}, predicted ${c.tp + c.fp})`);
  }
  const m = f1(total);
  console.log(`micro P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}   (gold ${total.tp + total.fn})`);
  return m.f;
}

async function compromise(text: string): Promise<Span[]> {
  // compromise is a devDependency used only for this comparison, never by src.
  const mod = (await import('compromise')) as unknown as { default: (t: string) => CompromiseDoc };
  const doc = mod.default(text);
  const out: Span[] = [];
  const take = (view: CompromiseView, type: Scored) => {
    for (const j of view.json({ offset: true })) {
      const o = j.offset;
      if (!o) continue;
      let start = o.start;
      let end = o.start + o.length;
      // compromise keeps trailing punctuation and possessives in its terms; trim them for exact spans.
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
  const args = process.argv.slice(2);
  const at = args.indexOf('--batch');
  const only = at >= 0 ? args[at + 1] : undefined;
  const files = blindBatches().filter((f) => !only || f === `batch${only}.json`);
  if (!files.length) throw new Error(`no blind batch ${only ?? ''}`);
  for (const file of files) {
    const docs = loadBlind(file);
    verify(docs, file);
    const gold = docs.map((d) =>
      d.entities.flatMap((e) => (e.type === 'MISC' ? [] : [{ start: e.start, end: e.start + e.text.length, type: e.type }])),
    );
    const t0 = performance.now();
    const scored: Scoring[] = docs.map((d, i) => ({ id: `${file.replace('.json', '')}#${i}`, text: d.text, gold: gold[i] as Span[], pred: ours(d.text) }));
    const ms = performance.now() - t0;
    console.log(`\n${file}: Sourcelight on ${docs.length} documents (${gold.flat().length} scored gold mentions), ${ms.toFixed(0)} ms`);
    score(scored, args.includes('--errors'));
    if (args.includes('--compromise')) {
      const theirs: Scoring[] = [];
      for (const [i, d] of docs.entries()) theirs.push({ id: String(i), text: d.text, gold: gold[i] as Span[], pred: await compromise(d.text) });
      console.log(`compromise on ${file}`);
      score(theirs, false);
    }
  }
}

await main();
