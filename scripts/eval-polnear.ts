/**
 * `npm run eval:polnear`: today's engine (`analyze`) on PolNeAR's dev articles, scored against the gold
 * attributions classed by scripts/lib/polnear-classes.ts: clear-cut anonymous attributions found (recall),
 * named attributions wrongly flagged (rate), hedges found, with counts per class. The matching rule is in
 * the header of scripts/lib/polnear-eval.ts (strict, plus a labelled loose figure).
 *
 *   --verbose, -v   list the misses, the false flags and claims on no gold attribution, with their sentence
 *   --train         also the train split (the tagger is trained on it: a sanity figure only)
 *   --check <seed>  print a seeded sample of dev attributions per gold class for checking the classes by hand
 *   --spans <file>  score a tagger's dev spans instead: JSON {"<doc id>": {"cue": [[start, end], …], "source":
 *                   […], "content": […]}} in PolNeAR offsets; prints token and exact-span P/R/F1 per role. A
 *                   dev article missing from the file counts as one with no predicted spans (and is reported).
 *
 * When src/core/attribution/analyse.ts exists, the engine's attribution tagger (`analyseAttributions`) is also
 * scored on dev: token and exact-span P/R/F1 for cue, source and content (scripts/lib/polnear-tagger.ts).
 */
import { pathToFileURL } from 'node:url';
import { loadPolnear, type PolnearSplit } from './lib/polnear.ts';
import { classifyDoc, countClasses, GOLD_CLASSES, type GoldClass } from './lib/polnear-classes.ts';
import { engineClaims, printAttributionSpans, printClaimScore, scoreClaims, sentenceAt } from './lib/polnear-eval.ts';
import { CALIBRATION } from '../src/core/attribution/calibration-fit.ts';
import { reliabilityTable, scoredAttributions } from './train/calibration.ts';
import { loadEngineTagger, spansFromFile, taggerRoleSpans } from './lib/polnear-tagger.ts';

/** One split through today's engine, printed. */
export function polnearSection(split: PolnearSplit, options: { verbose?: boolean } = {}): void {
  const docs = loadPolnear(split);
  const started = performance.now();
  const claims = docs.map(engineClaims);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const label =
    split === 'dev'
      ? "PolNeAR dev: today's rule detector (analyze), gold attributions classed by scripts/lib/polnear-classes.ts"
      : "PolNeAR train (SANITY FIGURE ONLY: the tagger is trained on this split): today's rule detector";
  printClaimScore(label, scoreClaims(docs, claims), { ...options, note: `engine ran in ${seconds} s` });
}

/** Seeded shuffle (mulberry32), so a hand check can be repeated and a fresh one drawn with another seed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let x = seed >>> 0;
  const random = (): number => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = x;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** How many of each class a hand-check sample takes (150 in all, every class represented). */
const CHECK_QUOTA: Record<GoldClass, number> = { anonymous: 45, named: 45, hedge: 13, neither: 22, unclear: 25 };

function printCheckSample(seed: number): void {
  const docs = loadPolnear('dev');
  const items = docs.flatMap((doc) => classifyDoc(doc).map((classed) => ({ doc, classed })));
  const counts = JSON.stringify(countClasses(items.map((i) => i.classed)));
  console.log(`# Hand check, dev split, seed ${seed}; classes over the split: ${counts}`);
  let n = 0;
  for (const cls of GOLD_CLASSES) {
    for (const { doc, classed } of shuffled(
      items.filter((i) => i.classed.cls === cls),
      seed,
    ).slice(0, CHECK_QUOTA[cls])) {
      const a = classed.attribution;
      const at = a.source?.start ?? a.cue?.start ?? a.contents[0]?.start ?? 0;
      const before = doc.text
        .slice(Math.max(0, at - 400), at)
        .replace(/\s+/g, ' ')
        .slice(-160);
      const why = `${classed.reason}${classed.via ? ` | via ${classed.via}` : ''}`;
      const gold = `source [${a.source?.text ?? '—'}] cue [${a.cue?.text ?? '—'}]`;
      console.log(`#${++n} ${cls.toUpperCase()} ${gold} (${why})` + `\n   …${before} ⟦${sentenceAt(doc, at, 400)}⟧`);
    }
  }
}

/** The engine's attribution tagger on dev, scored per role; a note instead when it has not landed yet. */
export async function polnearTaggerSection(): Promise<void> {
  const tagger = loadEngineTagger();
  const docs = loadPolnear('dev');
  const started = performance.now();
  const spans = taggerRoleSpans(tagger, docs);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  printAttributionSpans(
    `PolNeAR dev: attribution tagger (analyseAttributions), spans per role; ran in ${seconds} s`,
    docs,
    spans,
  );
  const scored = scoredAttributions(docs);
  console.log(
    `\nConfidence of found attributions (src/core/attribution/calibration.ts, fitted on this split): reliability`,
  );
  console.log(reliabilityTable(scored, CALIBRATION));
}

/** A tagger's predicted spans from a JSON file, scored per role on dev. */
function printSpansFromFile(file: string): void {
  const docs = loadPolnear('dev');
  const { spans, missing } = spansFromFile(file, docs);
  const have = `${docs.length - missing} of ${docs.length} articles have predictions`;
  printAttributionSpans(`PolNeAR dev: attribution spans from ${file} (${have})`, docs, spans);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const checkAt = args.indexOf('--check');
  if (checkAt >= 0) {
    const seed = Number(args[checkAt + 1]);
    if (!Number.isInteger(seed)) throw new Error('--check needs an integer seed, e.g. --check 2');
    printCheckSample(seed);
    return;
  }
  const spansAt = args.indexOf('--spans');
  if (spansAt >= 0) {
    const file = args[spansAt + 1];
    if (!file) throw new Error('--spans needs a JSON file of predicted spans');
    printSpansFromFile(file);
    return;
  }
  polnearSection('dev', { verbose });
  await polnearTaggerSection();
  if (args.includes('--train')) polnearSection('train', { verbose });
}

// Run only as a command: scripts/eval.ts imports polnearSection from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
