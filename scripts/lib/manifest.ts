/** Derives each browser's manifest from the one source `manifest.json`. */
export type Browser = 'chrome' | 'firefox';
export const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; scripts?: string[] } };

export function manifestFor(browser: Browser, source: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest.version = version;
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is required');
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: worker };
  } else {
    // Firefox runs MV3 backgrounds as event pages: `scripts`, not a service worker.
    delete manifest.minimum_chrome_version;
    manifest.background = { scripts: [worker] };
  }
  return manifest;
}
