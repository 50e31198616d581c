/**
 * Reading the user's files (or stdin) with a size limit checked before anything is read, so memory
 * stays bounded, and every failure turned into a one-line reason.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { decodeText } from './decode.ts';
import { InputError } from './errors.ts';

/** Far above any real article page (the largest corpus page is 1.6 MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface Input {
  /** The name to report: the path as given, or "<stdin>". */
  source: string;
  text: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(limit: number, size?: number): InputError {
  return new InputError(`too large${size ? ` (${megabytes(size)})` : ''}: the limit is ${megabytes(limit)}`);
}

/** Reads a stream to its end, giving up as soon as it passes `limit` bytes. */
export async function readCapped(stream: Readable, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > limit) {
      stream.destroy();
      throw tooLarge(limit);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

function systemReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

async function readFileCapped(path: string, limit: number): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(systemReason(error));
  }
  if (info.isDirectory()) throw new InputError('is a directory, not a file');
  if (info.isFile() && info.size > limit) throw tooLarge(limit, info.size);
  if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice()) throw new InputError('not a regular file');
  try {
    return await readCapped(createReadStream(path), limit);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(systemReason(error));
  }
}

/** Reads FILE ("-" for stdin) as text; throws InputError with the reason, the source not included. */
export async function readInput(
  path: string,
  readStdin: (limit: number) => Promise<Uint8Array>,
  limit = MAX_INPUT_BYTES,
): Promise<Input> {
  const bytes = path === '-' ? await readStdin(limit) : await readFileCapped(path, limit);
  if (bytes.length === 0) throw new InputError('empty file');
  const text = decodeText(bytes);
  if (!text.trim()) throw new InputError('no text in it, only white space');
  return { source: path === '-' ? '<stdin>' : path, text };
}
