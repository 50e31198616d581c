/**
 * Clauses of a sentence, split at the boundaries where one sentence can carry two separate claims
 * ("…, while Chinese officials pushed back"; "…, which is allegedly sent …"; "—though officials …").
 */

export interface Clause {
  start: number;
  end: number;
  /** Someone is quoted or paraphrased here ("said", "according to", "claimed"). */
  attributed: boolean;
}

const BOUNDARY =
  /\s*;\s*|,\s+(?=(?:while|whereas|though|although|but|which|even as|yet|and|who|as)\b)|\s*(?:—|–|--)\s*/g;
/** Words that attribute a statement to someone. */
export const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according to|claimed|claims|wrote|writes|reported|reports|suggested|admitted|insisted|argued|stated|added|noted|acknowledged|announced|warned|asserted|explained|believes?|believed|insist|argues)\b/i;

export function splitClauses(text: string, start: number, end: number): Clause[] {
  const s = text.slice(start, end);
  const clauses: Clause[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    if (m[0].length === 0) {
      BOUNDARY.lastIndex++;
      continue;
    }
    addClause(clauses, s, start, from, m.index);
    from = m.index + m[0].length;
  }
  addClause(clauses, s, start, from, s.length);
  return clauses;
}

const EDGE = /[\s,;—–-]/;

/** Adds s[a, b) trimmed of spaces and punctuation, placed at `offset`. */
function addClause(clauses: Clause[], s: string, offset: number, a: number, b: number): void {
  while (a < b && EDGE.test(s[a] as string)) a++;
  while (b > a && EDGE.test(s[b - 1] as string)) b--;
  if (b > a) clauses.push({ start: offset + a, end: offset + b, attributed: ATTRIBUTION.test(s.slice(a, b)) });
}
