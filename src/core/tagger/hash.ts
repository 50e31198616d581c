/**
 * Feature hashing without building feature strings: a word is hashed once (and cached by the
 * caller), and a feature is the mix of its template number with one or two such hashes.
 */

/** FNV-1a over UTF-16 code units: fast, stable across runs and platforms. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a running hash with one more value (murmur3's finaliser steps). */
export function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
