/**
 * Text as small integer ids, one per UTF-16 code unit, so the bit-parallel matcher can keep its
 * per-character masks in one flat typed array. Built once per batch: every pattern of the batch is
 * encoded with the same table. Id 0 means "not in the text": such a character never matches.
 */
export class Alphabet {
  /** Number of ids in use, including 0. */
  size = 1;
  private readonly table = new Uint16Array(65536);

  /** Encodes the text, assigning ids to the characters it contains. */
  encodeText(text: string): Uint16Array {
    const ids = new Uint16Array(text.length);
    const table = this.table;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let id = table[code] ?? 0;
      if (id === 0) {
        id = this.size++;
        table[code] = id;
      }
      ids[i] = id;
    }
    return ids;
  }

  /** Encodes a pattern without growing the alphabet. */
  encode(pattern: string): Uint16Array {
    const ids = new Uint16Array(pattern.length);
    for (let i = 0; i < pattern.length; i++) ids[i] = this.table[pattern.charCodeAt(i)] ?? 0;
    return ids;
  }
}

/** The ids in reverse order (for matching leftwards). */
export function reversed(ids: Uint16Array): Uint16Array {
  const out = new Uint16Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = ids[ids.length - 1 - i] ?? 0;
  return out;
}
