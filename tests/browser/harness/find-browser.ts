import { existsSync } from 'node:fs';
import type { BrowserName } from './types.ts';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    install: 'sudo apt-get update && sudo apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'sudo apt-get update && sudo apt-get install -y firefox-esr',
  },
};

/** The browser binary to test with, or an error that says how to get one. */
export function findBrowser(name: BrowserName): string {
  const { env, paths, install } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist. Point ${env} at a ${name} binary.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`No ${name} found (looked at ${paths.join(', ')}). Install it with: ${install} — or set ${env}.`);
}
