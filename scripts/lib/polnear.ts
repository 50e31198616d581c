/**
 * Reads PolNeAR (../shared/polnear, never copied into the repository): each article's text and its
 * attributions (source, cue, content spans) from the brat standoff files. See its README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths.ts';

export const POLNEAR = resolve(ROOT, '../shared/polnear');

export type PolnearSplit = 'train' | 'dev';
export type Role = 'source' | 'cue' | 'content';

/**
 * One span; brat allows several fragments (`start end;start end`). Fragments are sorted by position (a few
 * are listed out of order in the files) so `start`..`end` covers them all; `text` stays as the file gives it.
 */
export interface Span {
  start: number;
  end: number;
  fragments: Array<[number, number]>;
  text: string;
}

export interface Attribution {
  id: string;
  /** "no-source" when the annotators marked it so ("allegedly", "is said to"). */
  noSource: boolean;
  cue: Span | null;
  source: Span | null;
  /** Contents in order; a few attributions have a second content span. */
  contents: Span[];
}

export interface PolnearDoc {
  id: string;
  split: PolnearSplit;
  text: string;
  attributions: Attribution[];
  /** Text the annotators marked to ignore (editor's notes and the like). */
  discard: Array<[number, number]>;
}

function parseSpan(offsets: string, text: string): Span {
  const fragments = offsets.split(';').map((f) => {
    const [a, b] = f.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(a) || !Number.isInteger(b)) throw new Error(`bad brat offsets "${offsets}"`);
    if (a! > b!) throw new Error(`bad brat offsets "${offsets}": a fragment ends before it starts`);
    return [a, b] as [number, number];
  });
  fragments.sort((x, y) => x[0] - y[0]);
  return { start: fragments[0]![0], end: Math.max(...fragments.map((f) => f[1])), fragments, text };
}

/** Parses one `.ann` file against its text. Unknown lines (notes) are ignored. */
export function parseAnn(ann: string): { spans: Map<string, { type: string; span: Span }>; events: string[][] } {
  const spans = new Map<string, { type: string; span: Span }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, head, text = ''] = line.split('\t');
      if (!id || !head) continue;
      const space = head.indexOf(' ');
      if (space < 0) continue;
      spans.set(id, { type: head.slice(0, space), span: parseSpan(head.slice(space + 1), text) });
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1]?.trim().split(/\s+/) ?? []);
    }
  }
  return { spans, events };
}

export function loadDoc(split: PolnearSplit, id: string): PolnearDoc {
  const dir = join(POLNEAR, split);
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
  const { spans, events } = parseAnn(readFileSync(join(dir, `${id}.ann`), 'utf8'));
  const attributions: Attribution[] = [];
  for (const args of events) {
    const roles = new Map(args.map((a) => a.split(':') as [string, string]));
    const head = args[0]?.split(':')[0] ?? '';
    const get = (role: string): Span | null => {
      const ref = roles.get(role);
      return ref ? (spans.get(ref)?.span ?? null) : null;
    };
    const contents = ['Content', 'Content2', 'Content3'].map(get).filter((s): s is Span => s !== null);
    attributions.push({
      id: roles.get(head) ?? '',
      noSource: head === 'Attribution-no-source',
      cue: get('Cue'),
      source: get('Source'),
      contents,
    });
  }
  const discard = [...spans.values()].filter((s) => s.type === 'Discard').flatMap((s) => s.span.fragments);
  return { id, split, text, attributions, discard };
}

/** Every article of a split, in file-name order (deterministic). */
export function loadPolnear(split: PolnearSplit): PolnearDoc[] {
  const dir = join(POLNEAR, split);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new Error(`PolNeAR ${split} split not found at ${dir} (it lives beside the checkout in ../shared)`, {
      cause: err,
    });
  }
  return names
    .filter((n) => n.endsWith('.ann'))
    .sort()
    .map((n) => loadDoc(split, n.slice(0, -4)));
}
