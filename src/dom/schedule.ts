/**
 * Cooperative chunking: long loops give the main thread back every few milliseconds so a large page
 * never sees a long task from Sourcelight.
 */
export const CHUNK_BUDGET_MS = 8;

const now = () => performance.now();

/**
 * Longest time without an animation frame a yield lets pass. Firefox runs task after task while a
 * loop yields and renders only now and then (70–90 ms without a frame on a 2 MB page): past this, a
 * yield waits for the next frame instead, and for the task after it (the frame's paint).
 */
const FRAME_GAP_MS = 25;
/** When the last frame a yield asked for ran, and the task after the next one. */
let frameAt = 0;
let frame: Promise<unknown> | undefined;

/**
 * Undefined, or (the last frame too long ago) a wait for the next one. After 100 ms, frames are
 * throttled (a page out of sight that still counts as visible): yields stop waiting until one comes.
 */
function frameDue(): Promise<unknown> | undefined {
  // Not in a hidden tab (no frames there), nor without a DOM (the command-line tool).
  if (globalThis.document?.hidden !== false) return;
  frame ??= new Promise((resolve) => {
    // No frame asked for since the last one came: idle meanwhile, or a new start. Count from now.
    if (now() - frameAt > 50) frameAt = now();
    requestAnimationFrame(() => {
      frameAt = now();
      frame = undefined;
      setTimeout(resolve);
    });
  });
  if (now() - frameAt > FRAME_GAP_MS) {
    const late = new Promise((go) =>
      setTimeout(() => {
        frameAt = Infinity;
        go(0);
      }, 100),
    );
    return Promise.race([frame, late]);
  }
}

/** Resolves on the next task (not a microtask), letting input and rendering run first. */
export function yieldToMain(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return frameDue() ?? scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}

/**
 * Resolves once the tasks already queued (a message's reply, a timer) have had their turn: a yield
 * for work that must not hold up others (`scheduler.yield()` resumes ahead of them). A message
 * channel, not a timer: nested zero-delay timers are clamped to 4 ms.
 */
export function yieldToTasks(): Promise<unknown> {
  return (
    frameDue() ??
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(channel.port1.close());
      channel.port2.postMessage(0);
    })
  );
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
  // clearTimeout ignores an undefined or spent timer (ids are not reused).
  const debounced = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
