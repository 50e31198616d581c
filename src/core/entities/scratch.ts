/**
 * Memory for the per-token columns (offsets, flags, word ids, context), reused from one article to
 * the next.
 *
 * A long article's columns run to megabytes, and memory fresh from the system costs a page fault per
 * few kilobytes the first time it is touched: allocated anew for every article, the columns of a
 * 5 MB article cost more than the scan that fills them. `recognizeEntities` lends its tokens and
 * their context these buffers for the length of one call (it returns neither), and the next call
 * takes them back.
 */

/** One buffer per column: each column asks for its own slot. */
export const STARTS = 0;
export const ENDS = 1;
export const IDS = 2;
export const FLAGS = 3;
export const INITIAL = 4;
export const SENTENCE = 5;
export const SENTENCE_FIRSTS = 6;
export const MODE = 7;
export const PARAGRAPH_TABULAR = 8;
export const DATELINE = 9;
export const BRACKETED = 10;

export class Scratch {
  private readonly buffers: ArrayBuffer[] = [];

  /** `length` 32-bit integers of the slot's buffer, zeroed when `zero` (else what the last article left). */
  int32(slot: number, length: number, zero: boolean): Int32Array<ArrayBuffer> {
    const view = new Int32Array(this.buffer(slot, length * 4), 0, length);
    if (zero) view.fill(0);
    return view;
  }

  uint16(slot: number, length: number, zero: boolean): Uint16Array<ArrayBuffer> {
    const view = new Uint16Array(this.buffer(slot, length * 2), 0, length);
    if (zero) view.fill(0);
    return view;
  }

  uint8(slot: number, length: number, zero: boolean): Uint8Array<ArrayBuffer> {
    const view = new Uint8Array(this.buffer(slot, length), 0, length);
    if (zero) view.fill(0);
    return view;
  }

  private buffer(slot: number, bytes: number): ArrayBuffer {
    let buffer = this.buffers[slot];
    if (!buffer || buffer.byteLength < bytes) {
      buffer = new ArrayBuffer(bytes);
      this.buffers[slot] = buffer;
    }
    return buffer;
  }
}

// Held weakly: a page's articles analysed one after another share the buffers, but a large
// article's megabytes go back to the system when the garbage collector wants them.
let held = new WeakRef(new Scratch());

/** The shared scratch buffers. Only one analysis may use them at a time (analysis is synchronous). */
export function sharedScratch(): Scratch {
  let scratch = held.deref();
  if (!scratch) {
    scratch = new Scratch();
    held = new WeakRef(scratch);
  }
  return scratch;
}
