/**
 * The compact form weights are committed in: quantised to signed 8 bits with one scale, rows that
 * quantise to all zeros dropped; each remaining row is its bucket number (delta, varint), a bitmask
 * of its non-zero tags, and those weights only. All in base64, so the bundle carries it as a plain
 * string. Unpacking keeps only the rows that have weights, with an index of their buckets.
 */
import { rowIndex, type LinearModel } from './model.ts';
import type { TagSet } from './tags.ts';

export interface PackedModel {
  /** Span types of the tag set, in order (see bioTags). */
  types: string[];
  bits: number;
  scale: number;
  /** Base64 of the rows: varint bucket delta, tag bitmask (one byte per 8 tags), non-zero int8s. */
  rows: string;
}

export interface PackStats {
  rows: number;
  bytes: number;
}

/** Quantises and prunes: weights under `minWeight` of the largest in absolute value become 0. */
export function packModel(
  model: LinearModel,
  types: string[],
  minWeight = 0.5 / 127,
): PackedModel & { stats: PackStats } {
  const n = model.tags.names.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w * model.scale));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let last = 0;
  let rows = 0;
  const buckets = 1 << model.bits;
  const q = new Int8Array(n);
  for (let b = 0; b < buckets; b++) {
    let any = false;
    for (let t = 0; t < n; t++) {
      const v = (model.weights[b * n + t]! * model.scale) / scale;
      q[t] = Math.abs(v) < minWeight * 127 ? 0 : Math.max(-127, Math.min(127, Math.round(v)));
      if (q[t] !== 0) any = true;
    }
    if (!any) continue;
    let delta = b - last;
    last = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    for (let m = 0; m < n; m += 8) {
      let mask = 0;
      for (let t = m; t < Math.min(n, m + 8); t++) if (q[t] !== 0) mask |= 1 << (t - m);
      bytes.push(mask);
    }
    for (let t = 0; t < n; t++) if (q[t] !== 0) bytes.push(q[t]! & 0xff);
    rows++;
  }
  const rowsText = toBase64(Uint8Array.from(bytes));
  return { types, bits: model.bits, scale, rows: rowsText, stats: { rows, bytes: bytes.length } };
}

/**
 * Rebuilds the model with only its non-empty rows, and the index of their buckets (see RowIndex).
 * Runs once per model when the background starts, mostly before V8 has optimised it: written into
 * typed arrays sized up front, not pushed into arrays (43 ms for the attribution model that way).
 */
export function unpackModel(packed: PackedModel, tags: TagSet): LinearModel {
  const n = tags.names.length;
  const bytes = fromBase64(packed.rows);
  const maskBytes = Math.ceil(n / 8);
  // A row takes at least a byte of bucket delta and its masks: at most this many rows.
  const most = Math.floor(bytes.length / (1 + maskBytes));
  const buckets = new Uint32Array(most);
  const weights = new Int8Array(most * n);
  let rows = 0;
  let bucket = 0;
  let at = 0;
  while (at < bytes.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++]!;
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    buckets[rows] = bucket;
    const masks = at;
    at += maskBytes;
    const row = rows * n;
    for (let t = 0; t < n; t++) {
      // Int8Array stores the byte as a signed weight.
      if (bytes[masks + (t >> 3)]! & (1 << (t & 7))) weights[row + t] = bytes[at++]!;
    }
    rows++;
  }
  return {
    tags,
    bits: packed.bits,
    weights: weights.slice(0, rows * n),
    scale: packed.scale,
    rows: rowIndex(packed.bits, buckets.subarray(0, rows)),
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** Base64 written out here because src/core has neither Buffer nor atob in its types. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[c & 63]! : '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 6) / 8));
  const sextet = (i: number): number => {
    const c = text.charCodeAt(i);
    const v = c < 128 ? INDEX[c]! : -1;
    if (v < 0) throw new Error(`not base64: character ${i} of the packed weights`);
    return v;
  };
  // Four characters make three bytes (read in line: this runs before V8 optimises it, where a call
  // per character costs); the last one to three characters make what is left.
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    // Past 127 fails the first test; INDEX's -1 for any other character makes the sum negative.
    const v = (a | b | c | d) < 128 ? (INDEX[a]! << 18) | (INDEX[b]! << 12) | (INDEX[c]! << 6) | INDEX[d]! : -1;
    // sextet throws, naming the first character that is not base64.
    if (v < 0) for (let k = i; k < i + 4; k++) sextet(k);
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  let bits = 0;
  let value = 0;
  for (; i < end; i++) {
    value = (value << 6) | sextet(i);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
