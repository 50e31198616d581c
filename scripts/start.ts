/**
 * `npm start`: builds both extensions, then, where a display exists, opens Chromium with Sourcelight
 * loaded on the bundled demo article served on 127.0.0.1. Without a display it says where the builds
 * are and how to load them.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CORPUS_PAGES, DIST, ROOT } from './lib/paths.ts';
import { serveStatic } from './lib/serve.ts';

const DEMO_PAGE = 'seed-china-russia.html';

function findChromium(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter((p): p is string => Boolean(p))
    .find((p) => existsSync(p));
}

function howToLoad(): string {
  const chrome = relative(process.cwd(), join(DIST, 'chrome')) || '.';
  const firefox = relative(process.cwd(), join(DIST, 'firefox')) || '.';
  return [
    'Sourcelight is built:',
    `  Chrome/Chromium: ${chrome}/  → chrome://extensions, turn on Developer mode, "Load unpacked", pick that folder.`,
    `  Firefox:         ${firefox}/ → about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", pick its manifest.json.`,
    '  Store-ready zip files: npm run package',
  ].join('\n');
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build.ts')], {
    stdio: 'inherit',
  });
  const chromium = findChromium();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay || !chromium) {
    console.log(howToLoad());
    if (!hasDisplay) console.log('\nNo display here, so no browser was opened.');
    else
      console.log(
        '\nNo Chromium found (set CHROME_PATH, or: sudo apt-get install chromium), so no browser was opened.',
      );
    return;
  }
  const server = await serveStatic([CORPUS_PAGES]);
  const demo = `${server.origin}/${DEMO_PAGE}`;
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-demo-'));
  const extension = join(DIST, 'chrome');
  console.log(
    `${howToLoad()}\n\nOpening Chromium on the demo article: ${demo}\nClose the browser (or press Ctrl+C) to stop.`,
  );
  const browser = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      demo,
    ],
    { stdio: 'ignore' },
  );
  const stop = () => {
    browser.kill();
    void server.close();
  };
  process.on('SIGINT', stop);
  browser.on('exit', () => void server.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
