/**
 * Predicted attribution spans for PolNeAR's dev split, from two places, scored per role by
 * polnear-eval.ts (token and exact-span P/R/F1):
 *
 * - the engine's attribution pass (src/core/attribution/analyse.ts), given the article's text as PolNeAR
 *   stores it, so its spans are PolNeAR offsets with no mapping;
 * - a JSON file of spans written by any other tagger (`eval:polnear --spans <file>`).
 *
 * Both outputs are checked with zod, so a change of shape fails with a message naming what is wrong.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { PolnearDoc } from './polnear.ts';
import { analyseAttributions } from '../../src/core/attribution/analyse.ts';
import { recognizeEntities } from '../../src/core/entities/recognize.ts';
import { segmentSentences } from '../../src/core/text/segment.ts';
import { linesOf } from '../train/attribution-data.ts';
import type { CharSpan, RoleSpans } from './span-score.ts';

const offset = z.int().check(z.minimum(0));
/** A span as the engine gives it: start and end (end exclusive); other keys (text) are ignored. */
const EngineSpan = z.object({ start: offset, end: offset });
const MaybeSpan = z.optional(z.nullable(EngineSpan));
/** One found attribution. Content may be one span or several (PolNeAR has a few split contents). */
const EngineAttribution = z.object({
  cue: MaybeSpan,
  source: MaybeSpan,
  content: z.optional(z.nullable(z.union([EngineSpan, z.array(EngineSpan)]))),
  contents: z.optional(z.array(EngineSpan)),
});
/** `analyseAttributions` may return the list, or an object holding it as `attributions`. */
const EngineOutput = z.union([z.array(EngineAttribution), z.object({ attributions: z.array(EngineAttribution) })]);
type EngineAttribution = z.infer<typeof EngineAttribution>;

const toChar = (s: { start: number; end: number }): CharSpan => ({ start: s.start, end: s.end });

/** The engine's attributions as one set of spans per role. */
export function engineRoleSpans(attributions: EngineAttribution[]): RoleSpans {
  const spans: RoleSpans = { cue: [], source: [], content: [] };
  for (const a of attributions) {
    if (a.cue) spans.cue.push(toChar(a.cue));
    if (a.source) spans.source.push(toChar(a.source));
    const content = a.content ? (Array.isArray(a.content) ? a.content : [a.content]) : [];
    for (const c of [...content, ...(a.contents ?? [])]) spans.content.push(toChar(c));
  }
  return spans;
}

export type AnalyseAttributions = (text: string) => unknown;

/** The engine's attribution pass on a plain text: sentences and entities first, as the engine does. */
export function loadEngineTagger(): AnalyseAttributions {
  return (text) => {
    const sentences = segmentSentences(text, linesOf(text));
    return analyseAttributions(text, sentences, recognizeEntities(text, sentences));
  };
}

/** Runs the tagger on each article and checks what it returns. */
export function taggerRoleSpans(tagger: AnalyseAttributions, docs: PolnearDoc[]): RoleSpans[] {
  return docs.map((doc) => {
    const parsed = EngineOutput.safeParse(tagger(doc.text));
    if (!parsed.success) {
      throw new Error(`analyseAttributions on ${doc.id}: unexpected output (${z.prettifyError(parsed.error)})`);
    }
    return engineRoleSpans(Array.isArray(parsed.data) ? parsed.data : parsed.data.attributions);
  });
}

const Pairs = z.array(z.tuple([offset, offset]));
const SpanFile = z.record(z.string(), z.object({ cue: Pairs, source: Pairs, content: Pairs }));

/**
 * A span file: {"<doc id>": {"cue": [[start, end], …], "source": […], "content": […]}} in PolNeAR offsets.
 * An article missing from the file counts as one with no predicted spans; `missing` says how many.
 */
export function spansFromFile(file: string, docs: PolnearDoc[]): { spans: RoleSpans[]; missing: number } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read it as JSON`, { cause: err });
  }
  const parsed = SpanFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not a span file (${z.prettifyError(parsed.error)})`);
  const known = new Set(docs.map((d) => d.id));
  const unknown = Object.keys(parsed.data).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(`${file}: ${unknown.length} ids are not articles of this split, e.g. "${unknown[0]}"`);
  }
  const pairs = (list: Array<[number, number]>): CharSpan[] => list.map(([start, end]) => ({ start, end }));
  let missing = 0;
  const spans = docs.map((d): RoleSpans => {
    const p = parsed.data[d.id];
    if (!p) {
      missing++;
      return { cue: [], source: [], content: [] };
    }
    return { cue: pairs(p.cue), source: pairs(p.source), content: pairs(p.content) };
  });
  return { spans, missing };
}
