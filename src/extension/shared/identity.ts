/**
 * This extension's own id and base URL, read from the browser's native API (present in every
 * extension context, content scripts included) so that sender checks need no polyfill.
 */
interface NativeRuntime {
  id?: string;
  getURL?(path: string): string;
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  base: string;
}

export function extensionIdentity(): ExtensionIdentity {
  const g = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  return { id: runtime?.id ?? '', base: runtime?.getURL?.('') ?? '' };
}
