/**
 * Runs `sourcelight analyze` in-process on each file named on the command line, in a process of its
 * own so its memory can be measured: prints one JSON line per file, then the process's peak RSS.
 */
import { main } from '../../../../src/cli/cli.ts';

for (const file of process.argv.slice(2)) {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await main(['analyze', file], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => new Uint8Array(),
  });
  let json = false;
  try {
    JSON.parse(stdout);
    json = true;
  } catch {
    // Reported as json: false.
  }
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ file, code, stdoutBytes: stdout.length, json, stderr, ms }));
}
console.log(JSON.stringify({ peakRss: process.resourceUsage().maxRSS * 1024 }));
