/** Runs the CLI in-process through main(argv, io), capturing what it writes and its status. */
import { Readable } from 'node:stream';
import { main } from '../../../src/cli/cli.ts';
import { readCapped } from '../../../src/cli/input.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], stdin: string | Uint8Array = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: (limit) => readCapped(Readable.from([Buffer.from(stdin)]), limit),
  });
  return { code, stdout, stderr };
}
