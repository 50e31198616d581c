/**
 * A failure as the content script reports it: the error's name and its raw message, cut short. No
 * zod and no scrubber here, so the content script (its size budget) carries only these few lines;
 * the background scrubs the message before it stores it (diagnostics.ts: appendFailure).
 */

/** The most of a raw message the content script sends; the background scrubs it and cuts it to MAX_MESSAGE. */
export const RAW_MESSAGE = 2000;

/** The name of an error (a Dexie error's inner DOMException name when there is one). */
export function errorName(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)) {
    const e = error as { name?: unknown; inner?: { name?: unknown } };
    const inner = typeof e.inner?.name === 'string' ? e.inner.name : '';
    const name = typeof e.name === 'string' ? e.name : 'Error';
    return (inner && inner !== name ? `${name}/${inner}` : name).replace(/[^\w/.-]/g, '').slice(0, 60) || 'Error';
  }
  return typeof error;
}

export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : '';
}

/**
 * A raw report of a failure at `where`, for the background to scrub: the message is cut to
 * RAW_MESSAGE less the word it was cut in (a part of an address the scrubber could no longer tell).
 */
export function reportOf(where: string, error: unknown): { where: string; name: string; message: string } {
  const message = errorMessage(error);
  return {
    where,
    name: errorName(error),
    message: message.length > RAW_MESSAGE ? message.slice(0, RAW_MESSAGE).replace(/\S*$/, '') : message,
  };
}
