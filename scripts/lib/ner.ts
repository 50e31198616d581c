/**
 * Scoring shared by the entity evaluations (scripts/eval-entities*.ts): exact-span precision, recall
 * and F1 per CoNLL type and micro-F1, and the compromise library's people, organisations and places
 * on the same texts for comparison (a devDependency, never used by src).
 */
import type { EntityType } from '../../src/core/model/analysis.ts';

export type NerType = 'PER' | 'ORG' | 'LOC';
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}
export interface NerScoring {
  id: string;
  text: string;
  gold: NerSpan[];
  pred: NerSpan[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Sourcelight's entity types in CoNLL terms: outlets are organisations. */
export const CONLL: Record<EntityType, NerType> = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' };
const TYPES: NerType[] = ['PER', 'ORG', 'LOC'];

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Prints the scores per type and micro; with `showErrors` every false alarm and miss. Returns micro-F1. */
export function scoreNer(all: NerScoring[], showErrors: boolean): number {
  const by = new Map<NerType, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
  for (const d of all) {
    const gold = new Set(d.gold.map(key));
    const pred = new Set(d.pred.map(key));
    const show = (s: NerSpan) => `${s.type} ${JSON.stringify(d.text.slice(s.start, s.end))}`;
    const overlapping = (spans: NerSpan[], s: NerSpan) => spans.find((x) => x.start < s.end && s.start < x.end);
    for (const s of d.pred) {
      const c = by.get(s.type) as Counts;
      if (gold.has(key(s))) c.tp++;
      else {
        c.fp++;
        const g = showErrors && overlapping(d.gold, s);
        if (showErrors) console.log(`  FP ${d.id} ${show(s)}${g ? ` (gold ${show(g)})` : ''}`);
      }
    }
    for (const s of d.gold) {
      if (pred.has(key(s))) continue;
      (by.get(s.type) as Counts).fn++;
      const got = showErrors && overlapping(d.pred, s);
      if (showErrors) console.log(`  FN ${d.id} ${show(s)}${got ? ` (got ${show(got)})` : ''}`);
    }
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) {
    const c = by.get(t) as Counts;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    const s = f1(c);
    console.log(
      `${t}   P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f.toFixed(3)}   (gold ${c.tp + c.fn}, predicted ${c.tp + c.fp})`,
    );
  }
  const m = f1(total);
  console.log(`micro P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}   (gold ${total.tp + total.fn})`);
  return m.f;
}

interface CompromiseView {
  json(opts: { offset: boolean }): { offset?: { start: number; length: number } }[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
}

/** compromise's people, organisations and places in `text`, trimmed to exact spans. */
export async function compromiseSpans(text: string): Promise<NerSpan[]> {
  const mod = (await import('compromise')) as unknown as { default: (t: string) => CompromiseDoc };
  const doc = mod.default(text);
  const out: NerSpan[] = [];
  const take = (view: CompromiseView, type: NerType) => {
    for (const j of view.json({ offset: true })) {
      const o = j.offset;
      if (!o) continue;
      let start = o.start;
      let end = o.start + o.length;
      // compromise keeps trailing punctuation and possessives in its terms; trim them for exact spans.
      while (end > start && /[\s.,;:!?"'”’)]/.test(text[end - 1] as string) && !/\.\w\.$/.test(text.slice(start, end)))
        end--;
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
