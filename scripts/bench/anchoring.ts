/**
 * Re-anchoring benchmark (issue 5): 1,000 annotations on a 500 KB page after the page was edited,
 * Sourcelight's batch anchoring (src/core/anchoring) against a per-annotation fuzzy search with
 * approx-string-match — the approach of the Hypothesis client: for each annotation, verify the
 * position, else look for the exact quote, else run Myers' search for the quote over the whole page
 * with up to min(256, length / 2) errors, and keep the match that scores best on quote, prefix,
 * suffix and position. Both run in this process on the same page, annotations and edits.
 *
 * The page: the corpus articles' text (../shared/corpus), extended to 500 KB with prose generated
 * from the corpus by a word-level Markov chain (seeded, so every run sees the same page). The edits:
 * a paragraph inserted at the top, 40 paragraphs moved, and words replaced inside quotes — in every
 * quote (worst case, as in the issue) and then in 10% of them (a typical update).
 *
 * Accuracy: an anchor is right when it overlaps the edited passage's true place by at least 80%
 * (intersection over union); "exact" counts anchors whose both ends are within 2 characters.
 *
 *   npx tsx scripts/bench/anchoring.ts [--quick] [--misses]
 *   (--quick: 200 annotations; --misses: print the passages Sourcelight placed wrongly)
 */
import search from 'approx-string-match';
import { anchorAll, type Anchor } from '../../src/core/anchoring/anchor.ts';
import { describe } from '../../src/core/annotations/selectors.ts';
import type { Selector } from '../../src/core/annotations/schema.ts';
import { loadPages } from '../lib/corpus.ts';

const PAGE_SIZE = 500_000;
const COUNT = process.argv.includes('--quick') ? 200 : 1_000;
const SHOW_MISSES = process.argv.includes('--misses');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(20240501);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// ---- the page ---------------------------------------------------------------------------------

function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const page of loadPages()) {
    for (const block of page.reference.split(/\n\s*\n/)) {
      const p = block.replace(/\s+/g, ' ').trim();
      if (p.length >= 60) out.push(p);
    }
  }
  return [...new Set(out)];
}

function markovParagraphs(seedText: string[], size: number): string[] {
  const words = seedText.join(' ').split(' ').filter(Boolean);
  const next = new Map<string, string[]>();
  for (let i = 0; i + 2 < words.length; i++) {
    const key = `${words[i]} ${words[i + 1]}`;
    const list = next.get(key) ?? [];
    list.push(words[i + 2] as string);
    next.set(key, list);
  }
  const keys = [...next.keys()];
  const out: string[] = [];
  let total = 0;
  while (total < size) {
    const target = 300 + Math.floor(random() * 700);
    let [a, b] = pick(keys).split(' ') as [string, string];
    const para = [a, b];
    let length = a.length + b.length + 1;
    while (length < target) {
      const options = next.get(`${a} ${b}`);
      const c = options ? pick(options) : (pick(keys).split(' ')[0] as string);
      para.push(c);
      length += c.length + 1;
      [a, b] = [b, c];
    }
    const text = para.join(' ');
    out.push(text);
    total += text.length + 2;
  }
  return out;
}

// ---- annotations and edits, tracked per paragraph -------------------------------------------

interface Note {
  para: number;
  start: number;
  end: number;
}

function chooseNotes(paragraphs: string[], page: string, count: number): Note[] {
  const taken = new Map<number, Array<[number, number]>>();
  const notes: Note[] = [];
  let guard = 0;
  while (notes.length < count && guard++ < count * 100) {
    const para = Math.floor(random() * paragraphs.length);
    const text = paragraphs[para] as string;
    if (text.length < 140) continue;
    let start = Math.floor(random() * (text.length - 130));
    while (start > 0 && text[start - 1] !== ' ') start++;
    let end = start + 90 + Math.floor(random() * 20);
    while (end < text.length && text[end] !== ' ') end++;
    if (end > text.length) continue;
    const exact = text.slice(start, end);
    if (page.indexOf(exact) !== page.lastIndexOf(exact)) continue; // one true place per quote
    const spans = taken.get(para) ?? [];
    if (spans.some(([s, e]) => start < e + 40 && end > s - 40)) continue; // keep contexts apart too
    spans.push([start, end]);
    taken.set(para, spans);
    notes.push({ para, start, end });
  }
  return notes;
}

const REPLACEMENTS = [
  'officials',
  'reportedly',
  'Tuesday',
  'government',
  'according',
  'several',
  'spokesman',
  'analysts',
];

/** Replaces one or two words inside each chosen note, right to left, updating the notes' offsets. */
function editWords(paragraphs: string[], notes: Note[], share: number): void {
  const byPara = new Map<number, Note[]>();
  for (const n of notes) if (random() < share) byPara.set(n.para, [...(byPara.get(n.para) ?? []), n]);
  for (const [para, list] of byPara) {
    let text = paragraphs[para] as string;
    list.sort((a, b) => b.start - a.start);
    for (const note of list) {
      const words = text.slice(note.start, note.end).split(' ');
      const changes = 1 + Math.floor(random() * 2);
      for (let c = 0; c < changes; c++) words[1 + Math.floor(random() * (words.length - 2))] = pick(REPLACEMENTS);
      const edited = words.join(' ');
      const delta = edited.length - (note.end - note.start);
      text = text.slice(0, note.start) + edited + text.slice(note.end);
      for (const other of notes)
        if (other.para === para && other.start > note.start) {
          other.start += delta;
          other.end += delta;
        }
      note.end += delta;
    }
    paragraphs[para] = text;
  }
}

interface Scenario {
  name: string;
  page: string;
  truth: Array<{ start: number; end: number }>;
}

function buildScenario(name: string, base: string[], notesIn: Note[], share: number): Scenario {
  const paragraphs = [...base];
  const notes = notesIn.map((n) => ({ ...n }));
  editWords(paragraphs, notes, share);
  // Move 40 paragraphs to other places, and put a new one on top.
  const order = paragraphs.map((_, i) => i);
  for (let k = 0; k < 40; k++) {
    const from = Math.floor(random() * order.length);
    const [moved] = order.splice(from, 1);
    order.splice(Math.floor(random() * order.length), 0, moved as number);
  }
  const inserted =
    'Editor’s note: This article has been updated with additional reporting and corrected details. '.repeat(5);
  const offsets = new Map<number, number>();
  let page = `${inserted}\n\n`;
  for (const i of order) {
    offsets.set(i, page.length);
    page += `${paragraphs[i]}\n\n`;
  }
  const truth = notes.map((n) => ({
    start: (offsets.get(n.para) ?? 0) + n.start,
    end: (offsets.get(n.para) ?? 0) + n.end,
  }));
  return { name, page, truth };
}

// ---- the baseline: per-annotation search with approx-string-match ---------------------------

function contextScore(stored: string, actual: string): number {
  if (!stored || !actual) return 0;
  const matches = search(actual, stored, stored.length);
  if (matches.length === 0) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / stored.length;
}

function baselineAnchor(text: string, selectors: readonly Selector[]): Anchor | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (quote?.type !== 'TextQuoteSelector') return null;
  if (
    position &&
    position.type === 'TextPositionSelector' &&
    text.slice(position.start, position.end) === quote.exact
  ) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const exact: Array<{ start: number; end: number; errors: number }> = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    exact.push({ start: at, end: at + quote.exact.length, errors: 0 });
  }
  const maxErrors = Math.min(256, Math.floor(quote.exact.length / 2));
  const matches = exact.length > 0 ? exact : search(text, quote.exact, maxErrors);
  const hint = position && position.type === 'TextPositionSelector' ? position.start : undefined;
  let best: Anchor | null = null;
  for (const m of matches) {
    const q = 1 - m.errors / quote.exact.length;
    const p = contextScore(quote.prefix, text.slice(Math.max(0, m.start - quote.prefix.length), m.start));
    const s = contextScore(quote.suffix, text.slice(m.end, m.end + quote.suffix.length));
    const pos = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * q + 20 * p + 20 * s + 2 * pos) / 92;
    if (!best || score > best.score)
      best = { start: m.start, end: m.end, method: exact.length ? 'quote' : 'fuzzy', score };
  }
  return best;
}

// ---- measuring ------------------------------------------------------------------------------

function accuracy(anchors: Array<Anchor | null>, truth: Scenario['truth']) {
  let right = 0;
  let exact = 0;
  anchors.forEach((a, i) => {
    const t = truth[i];
    if (!a || !t) return;
    const inter = Math.max(0, Math.min(a.end, t.end) - Math.max(a.start, t.start));
    const union = Math.max(a.end, t.end) - Math.min(a.start, t.start);
    if (inter / union >= 0.8) right++;
    if (Math.abs(a.start - t.start) <= 2 && Math.abs(a.end - t.end) <= 2) exact++;
  });
  return { right, exact, orphans: anchors.filter((a) => a === null).length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

function main() {
  const t0 = performance.now();
  const real = corpusParagraphs();
  const realSize = real.reduce((s, p) => s + p.length + 2, 0);
  const paragraphs = [...real, ...markovParagraphs(real, PAGE_SIZE - realSize)];
  const page = paragraphs.join('\n\n');
  const notes = chooseNotes(paragraphs, page, COUNT);
  const offsets: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push(at);
    at += p.length + 2;
  }
  const selectors = notes.map((n) => describe(page, (offsets[n.para] ?? 0) + n.start, (offsets[n.para] ?? 0) + n.end));
  console.log(
    `Page: ${(page.length / 1000).toFixed(0)} K characters (${(realSize / 1000).toFixed(0)} K from the corpus, the rest generated), ` +
      `${paragraphs.length} paragraphs; ${notes.length} annotations of ~100 characters (set up in ${((performance.now() - t0) / 1000).toFixed(1)} s).`,
  );
  console.log('Edits: a paragraph inserted at the top, 40 paragraphs moved, words replaced inside quotes.\n');

  for (const [name, share] of [
    ['every quote edited (worst case)', 1],
    ['10% of quotes edited (typical update)', 0.1],
  ] as const) {
    const scenario = buildScenario(name, paragraphs, notes, share);
    const ours: number[] = [];
    let anchors: Array<Anchor | null> = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      anchors = anchorAll(scenario.page, selectors);
      ours.push(performance.now() - start);
    }
    const baseStart = performance.now();
    const baseline = selectors.map((s) => baselineAnchor(scenario.page, s));
    const baseMs = performance.now() - baseStart;
    const a = accuracy(anchors, scenario.truth);
    const b = accuracy(baseline, scenario.truth);
    const methods: Record<string, number> = {};
    for (const x of anchors) methods[x?.method ?? 'orphan'] = (methods[x?.method ?? 'orphan'] ?? 0) + 1;
    const n = selectors.length;
    console.log(`Scenario: ${scenario.name}`);
    console.log(
      `  Sourcelight anchorAll         ${median(ours).toFixed(0).padStart(7)} ms   (median of 5; ${(median(ours) / n).toFixed(3)} ms per annotation)`,
    );
    console.log(
      `  approx-string-match baseline  ${baseMs.toFixed(0).padStart(7)} ms   (one run; ${(baseMs / n).toFixed(2)} ms per annotation)`,
    );
    console.log(`  speed-up                      ${(baseMs / median(ours)).toFixed(1)}×   (target ≥ 5×)`);
    console.log(`  accuracy (IoU ≥ 0.8)          Sourcelight ${pct(a.right, n)}, baseline ${pct(b.right, n)}`);
    console.log(`  both ends within 2 chars      Sourcelight ${pct(a.exact, n)}, baseline ${pct(b.exact, n)}`);
    console.log(`  orphans                       Sourcelight ${a.orphans}, baseline ${b.orphans}`);
    console.log(`  methods                       ${JSON.stringify(methods)}\n`);
    if (SHOW_MISSES) {
      anchors.forEach((x, i) => {
        const t = scenario.truth[i];
        if (!t || (x && Math.abs(x.start - t.start) <= 2 && Math.abs(x.end - t.end) <= 2)) return;
        const quote = selectors[i]?.[0];
        console.log(`  miss ${i}: stored ${JSON.stringify(quote?.exact)}`);
        console.log(`    truth  ${JSON.stringify(scenario.page.slice(t.start, t.end))}`);
        console.log(
          `    found  ${x ? `${JSON.stringify(scenario.page.slice(x.start, x.end))} (${x.method}, ${x.score.toFixed(2)})` : 'orphan'}`,
        );
      });
    }
  }
}

main();
