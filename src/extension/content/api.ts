/**
 * The few extension APIs the content script uses, straight from the browser. The content script is
 * injected into every page the reader opens and must stay within its 40 KB budget, so it does not
 * carry webextension-polyfill (the rest of the extension does). MV3 gives promises in both browsers
 * for everything used here; only `onMessage` needs a hand: Chrome answers through `sendResponse`.
 */
import type { Runtime, Storage } from 'webextension-polyfill';

interface NativeApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        fn: (message: unknown, sender: Runtime.MessageSender, respond: (reply: unknown) => void) => boolean | void,
      ): void;
    };
  };
  storage: {
    local: { get(keys: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(fn: (changes: Record<string, Storage.StorageChange>, area: string) => void): void };
  };
}

const g = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
// Firefox has `browser` (and `chrome`); Chrome has `chrome`.
const native = (): NativeApi => (g.browser ?? g.chrome)!;

export const sendMessage = (message: unknown): Promise<unknown> => native().runtime.sendMessage(message);

/** Like `runtime.onMessage.addListener`, for listeners that answer with a promise, or undefined to pass. */
export function onMessage(
  listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined,
): void {
  native().runtime.onMessage.addListener((message, sender, respond) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    reply.then(respond, (error: unknown) =>
      respond({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // The answer comes later.
  });
}

export const storage = {
  get: (key: string) => native().storage.local.get(key),
  set: (items: Record<string, unknown>) => native().storage.local.set(items),
  onChanged: (fn: (changes: Record<string, Storage.StorageChange>, area: string) => void) =>
    native().storage.onChanged.addListener(fn),
};
