/**
 * `npm run bench`: builds, then runs every benchmark in scripts/bench/ in turn. Each prints its
 * figures beside a baseline measured in the same run (a one-regex floor, a reference library, the
 * same page without the extension…). Timings are for this machine; ratios travel better.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.ts';

const ORDER = [
  'engine',
  'claims',
  'entities',
  'extract',
  'extract-vs-readability',
  'inpage',
  'inpage-firefox',
  'anchoring',
  'store',
  'export',
];
const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const only = process.argv.slice(2);

const available = readdirSync(join(ROOT, 'scripts/bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const benches = [...ORDER.filter((b) => available.includes(b)), ...available.filter((b) => !ORDER.includes(b))].filter(
  (b) => !only.length || only.includes(b),
);

execFileSync(process.execPath, [tsx, join(ROOT, 'scripts/build.ts')], { stdio: 'inherit', cwd: ROOT });
let failed = 0;
for (const bench of benches) {
  console.log(`\n━━ ${bench} ${'━'.repeat(Math.max(0, 70 - bench.length))}`);
  try {
    execFileSync(process.execPath, [tsx, join(ROOT, 'scripts/bench', `${bench}.ts`)], { stdio: 'inherit', cwd: ROOT });
  } catch {
    failed++;
    console.error(`bench ${bench} failed`);
  }
}
process.exit(failed ? 1 : 0);
