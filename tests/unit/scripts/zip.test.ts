import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zip } from '../../../scripts/lib/zip.ts';

describe('zip', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"name":"x"}') },
    { name: 'icons/16.png', data: Buffer.alloc(1000, 7) },
    { name: 'ünïcode.txt', data: Buffer.from('ünïcode') },
  ];

  it('writes an archive that a standard tool reads back byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    const file = join(dir, 'out.zip');
    writeFileSync(file, zip(entries));
    // python's zipfile is on every machine we build on; it checks CRCs as it extracts.
    execFileSync('python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
      file,
      dir,
    ]);
    for (const entry of entries) expect(readFileSync(join(dir, entry.name))).toEqual(entry.data);
  });

  it('is reproducible: the same files give the same bytes in any order', () => {
    expect(zip(entries).equals(zip([...entries].reverse()))).toBe(true);
  });
});
