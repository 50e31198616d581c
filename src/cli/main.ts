/** The `sourcelight` executable (dist/cli.js): the CLI bound to this process's streams. */
import { main } from './cli.ts';
import { readCapped } from './input.ts';

// A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? 0));

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: (limit) => readCapped(process.stdin, limit),
});
