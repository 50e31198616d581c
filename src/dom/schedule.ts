/**
 * Cooperative chunking: long loops give the main thread back every few milliseconds so a large page
 * never sees a long task from Sourcelight.
 */
export const CHUNK_BUDGET_MS = 8;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Resolves on the next task (not a microtask), letting input and rendering run first. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the tasks already queued (a message's reply, a timer) have had their turn: a yield
 * for work that must not hold up others (`scheduler.yield()` resumes ahead of them). A message
 * channel, not a timer: nested zero-delay timers are clamped to 4 ms.
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Calls `fn` on every item, yielding whenever a chunk has run for `budgetMs`. Stops when aborted. */
export async function forEachChunked<T>(
  items: Iterable<T>,
  fn: (item: T) => void,
  signal?: AbortSignal,
  budgetMs = CHUNK_BUDGET_MS,
): Promise<void> {
  let started = now();
  for (const item of items) {
    if (signal?.aborted) return;
    fn(item);
    if (now() - started > budgetMs) {
      await yieldToMain();
      started = now();
    }
  }
}

/** Runs `fn` at most once per `waitMs`, after the calls stop coming. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, waitMs);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
