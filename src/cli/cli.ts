/**
 * `sourcelight`: the engine on saved pages and text files. `main` takes its arguments and its
 * streams from the caller, so tests run it in-process; src/cli/main.ts binds it to the real process.
 * Output is built whole and written once: a failure leaves nothing half-written on stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { analyze } from '../core/analyze.ts';
import { articleFrom } from './article.ts';
import { runConvert } from './convert.ts';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, InputError } from './errors.ts';
import { readInput } from './input.ts';
import { toJson, toMarkdown, type AnalyzedFile } from './report.ts';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of stdin, failing once it passes `limit` bytes. */
  readStdin(limit: number): Promise<Uint8Array>;
}

export const USAGE = `Usage:
  sourcelight analyze [--format json|md] FILE...
  sourcelight convert FILE --to md|csv|jsonld
  sourcelight --help | --version

analyze   Finds the claims that rest on anonymous or unnamed sources, the named entities and the
          sourcing scorecard of each FILE: a saved HTML page (its article is found and extracted)
          or plain text (first line the title, blank lines between paragraphs). "-" reads stdin.
          --format json (default): one JSON object per file, a JSON array for several files;
                                   offsets are UTF-16 indices into "text".
          --format md:             a readable Markdown report.
convert   Reads an annotation file (a Sourcelight backup or W3C Web Annotation JSON-LD from any
          tool) and writes it as Markdown (md), CSV (csv) or W3C Web Annotation JSON-LD (jsonld).
          What the import had to leave out is noted on stderr.

Exit status: 0 done, 2 bad input or usage (one line on stderr, nothing on stdout), 1 internal error.
`;

const FORMATS = ['json', 'md'] as const;

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(args: string[], options: ParseArgsConfig['options']): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
      throw new InputError(`unknown option "${option}"; see sourcelight --help`);
    throw new InputError(`${message.split('\n')[0]}; see sourcelight --help`);
  }
}

async function analyzeFile(path: string, io: CliIO): Promise<AnalyzedFile> {
  try {
    const input = await readInput(path, io.readStdin);
    const { article, format, meta } = articleFrom(input.text);
    const file: AnalyzedFile = { source: input.source, title: article.title, format, analysis: analyze(article) };
    if (meta) file.meta = meta;
    return file;
  } catch (error) {
    const name = path === '-' ? '<stdin>' : path;
    if (error instanceof InputError) throw new InputError(`${name}: ${error.message}`);
    // A bug, not the file's fault; still say which file brought it out.
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runAnalyze(args: string[], io: CliIO): Promise<string> {
  const { values, positionals } = parse(args, { format: { type: 'string', default: 'json' } });
  const format = String(values['format']);
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InputError(`unknown format "${format}": use json or md`);
  if (!positionals.length)
    throw new InputError('analyze needs at least one FILE (or - for stdin); see sourcelight --help');
  if (positionals.filter((p) => p === '-').length > 1) throw new InputError('stdin ("-") can be read only once');
  const files: AnalyzedFile[] = [];
  // One at a time: only one file's page is in memory at once.
  for (const path of positionals) files.push(await analyzeFile(path, io));
  return format === 'md' ? toMarkdown(files) : toJson(files);
}

async function run(argv: string[], io: CliIO): Promise<string> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new InputError('no command; see sourcelight --help');
  if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h'))
    return USAGE;
  if (command === '--version' || command === '-v') return `${pkg.version}\n`;
  if (command === 'analyze') return runAnalyze(rest, io);
  if (command === 'convert') {
    const { values, positionals } = parse(rest, { to: { type: 'string' } });
    const to = values['to'];
    const { output, notices } = await runConvert(positionals, typeof to === 'string' ? to : undefined, io.readStdin);
    for (const notice of notices) io.stderr(`sourcelight: note: ${notice}\n`);
    return output;
  }
  throw new InputError(`unknown command "${command}"; see sourcelight --help`);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let output: string;
  try {
    output = await run(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`sourcelight: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`sourcelight: internal error: ${message.split('\n')[0]}\n`);
    return EXIT_INTERNAL;
  }
  io.stdout(output);
  return EXIT_OK;
}
