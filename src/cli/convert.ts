/**
 * `sourcelight convert FILE --to md|csv|jsonld`: an annotation export or backup, written in another
 * format. The arguments and the input are checked here; the conversion itself belongs to the
 * annotation exporters in src/core/export, which this build does not have yet.
 */
import { InputError } from './errors.ts';
import { readInput } from './input.ts';

export const TARGETS = ['md', 'csv', 'jsonld'] as const;

export async function runConvert(
  positionals: string[],
  to: string | undefined,
  readStdin: (limit: number) => Promise<Uint8Array>,
): Promise<string> {
  if (positionals.length !== 1) throw new InputError('convert takes exactly one FILE (or - for stdin); see sourcelight --help');
  if (to === undefined) throw new InputError('convert needs --to md, --to csv or --to jsonld');
  if (!(TARGETS as readonly string[]).includes(to)) throw new InputError(`unknown target format "${to}": use md, csv or jsonld`);
  const path = positionals[0] as string;
  const name = path === '-' ? '<stdin>' : path;
  let text: string;
  try {
    text = (await readInput(path, readStdin)).text;
    JSON.parse(text);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${name}: ${error.message}`);
    throw new InputError(`${name}: not an annotation file: invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  throw new Error('convert is not available in this build: the annotation exporters (src/core/export) are missing');
}
