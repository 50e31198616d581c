/**
 * Validation problems in words a reader can act on, with where they are as a JSON path:
 *
 *   $.first.items[3].target.selector[0].exact: must not be empty
 *   $.items[0].created: expected an ISO 8601 date-time (like 2024-05-01T09:30:00Z), got "yesterday"
 *
 * zod/mini ships no message texts (its messages are all "Invalid input"), so the words are made
 * here from each issue's code; messages written in our own schemas (refinements, regex checks)
 * are used as they are.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

export function jsonPath(path: readonly PropertyKey[], root = '$'): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_@$][\w@$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** The value at a path inside some data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    return value.length > 40 ? `a string of ${value.length.toLocaleString('en-US')} characters` : JSON.stringify(value);
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const A: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

const FORMATS: Record<string, string> = {
  uuid: 'a UUID (like 3f2504e0-4f89-41d3-9a0c-0305e82c3301)',
  guid: 'a UUID',
  datetime: 'an ISO 8601 date-time (like 2024-05-01T09:30:00Z)',
  url: 'a URL',
};

const n = (x: number | bigint) => Number(x).toLocaleString('en-US');

/**
 * The innermost, most specific issue: for a union, from the branch that came closest (fewest issues:
 * a selector of the right type with one bad field, not the other type), the issue that got furthest.
 */
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  let closest = issue.errors[0]!;
  for (const branch of issue.errors) if (branch.length < closest.length) closest = branch;
  let best: Issue | undefined;
  let bestDepth = -1;
  for (const sub of closest) {
    const inner = deepest(sub);
    if (inner.path.length > bestDepth) {
      best = { ...inner, path: [...issue.path, ...inner.path] } as Issue;
      bestDepth = inner.path.length;
    }
  }
  if (!best || bestDepth <= 0) return issue;
  if (best.code === 'invalid_value') {
    // A wrong discriminator ("type"): every branch refused it; name all the values they take.
    const at = jsonPath(best.path);
    const values = issue.errors
      .flat()
      .flatMap((e) => (e.code === 'invalid_value' && jsonPath([...issue.path, ...e.path]) === at ? e.values : []));
    best = { ...best, values: [...new Set(values)] };
  }
  return best;
}

/**
 * One issue as `{ path, message }`. `data` is the validated input (for "got …" and lengths);
 * `root` prefixes the path (e.g. "$.first.items[3]").
 */
export function describeIssue(raw: Issue, data?: unknown, root = '$'): { path: string; message: string } {
  const issue = deepest(raw);
  const value = valueAt(data, issue.path);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  let message: string;
  switch (issue.code) {
    case 'invalid_type':
      message =
        value === undefined
          ? 'is missing'
          : `expected ${A[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
      break;
    case 'too_small':
      if (issue.origin === 'string') {
        message =
          Number(issue.minimum) <= 1 ? 'must not be empty' : `is too short (at least ${n(issue.minimum)} characters)`;
      } else if (issue.origin === 'array') {
        message = `must have at least ${n(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      } else {
        message = `must be at least ${n(issue.minimum)}`;
      }
      break;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? `${n(value.length)} characters; ` : '';
        message = `is too long (${length}at most ${n(issue.maximum)})`;
      } else if (issue.origin === 'array') {
        const count = Array.isArray(value) ? `${n(value.length)}; ` : '';
        message = `has too many items (${count}at most ${n(issue.maximum)})`;
      } else {
        message = `must be at most ${n(issue.maximum)}`;
      }
      break;
    case 'invalid_format':
      message = custom ?? `expected ${FORMATS[issue.format] ?? `a ${issue.format}`}, got ${describeValue(value)}`;
      break;
    case 'invalid_value':
      message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(value)}`;
      break;
    case 'invalid_union':
      message = custom ?? `has an unexpected form (${describeValue(value)})`;
      break;
    case 'unrecognized_keys':
      message = `has unexpected keys: ${issue.keys.join(', ')}`;
      break;
    default:
      message = custom ?? 'is not valid';
  }
  return { path: jsonPath(issue.path, root), message };
}
