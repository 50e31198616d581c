/**
 * Limits checked before an imported file is interpreted, so a hostile or broken file fails fast
 * with a clear message instead of exhausting memory or the stack: the file's size, the nesting
 * depth of its JSON and the length of any one string. Real exports are far inside them.
 */
import { jsonPath } from '../annotations/issues.ts';

export const IMPORT_LIMITS = {
  /** Characters in the file (a 100,000-annotation backup is about 100 MB). */
  fileChars: 256 * 1024 * 1024,
  /** Nesting of arrays and objects; a Web Annotation needs about 8. */
  depth: 32,
  /** One string value or key; the longest field, a note, is limited to 100,000 by the schema. */
  stringChars: 1_000_000,
  /** Annotations in one file. */
  annotations: 500_000,
} as const;

export interface GuardProblem {
  path: string;
  message: string;
}

/**
 * The first place where the parsed JSON goes past a limit, or null. Recursion stops at the depth
 * limit, so the walk itself cannot overflow the stack.
 */
export function checkShape(value: unknown): GuardProblem | null {
  const path: Array<string | number> = [];
  const walk = (node: unknown, depth: number): GuardProblem | null => {
    if (typeof node === 'string') {
      if (node.length > IMPORT_LIMITS.stringChars) {
        return {
          path: jsonPath(path),
          message: `is a string of ${node.length.toLocaleString('en-US')} characters; at most ${IMPORT_LIMITS.stringChars.toLocaleString('en-US')} are accepted`,
        };
      }
      return null;
    }
    if (node === null || typeof node !== 'object') return null;
    if (depth >= IMPORT_LIMITS.depth) {
      return { path: jsonPath(path), message: `is nested deeper than ${IMPORT_LIMITS.depth} levels` };
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        const problem = walk(node[i], depth + 1);
        path.pop();
        if (problem) return problem;
      }
      return null;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      path.push(key);
      const problem =
        key.length > IMPORT_LIMITS.stringChars
          ? {
              path: jsonPath(path.slice(0, -1)),
              message: `has a key of ${key.length.toLocaleString('en-US')} characters`,
            }
          : walk(record[key], depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return null;
  };
  return walk(value, 0);
}

/** JSON.parse's complaint in plain words, with line and column when it gives a position. */
export function describeJsonError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/end of (JSON|data)|Unterminated string|Unexpected end/i.test(raw) && !/position \d+/.test(raw)) {
    return 'is not valid JSON: the file ends too early (is it cut short?)';
  }
  const position = /position (\d+)/.exec(raw);
  if (position) {
    const at = Number(position[1]);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const what = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
    if (text.slice(at).trim() === '') return 'is not valid JSON: the file ends too early (is it cut short?)';
    return `is not valid JSON: ${what} (line ${line}, column ${column})`;
  }
  return `is not valid JSON: ${raw.replace(/, ".*" is not valid JSON$/s, '')}`;
}
