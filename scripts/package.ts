/**
 * Writes the store-ready packages dist/sourcelight-<version>-chrome.zip and -firefox.zip from the
 * unpacked builds (run `npm run build` first; `npm run package` does both).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zip, type ZipEntry } from './lib/zip.ts';
import { DIST, ROOT } from './lib/paths.ts';

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function main(): Promise<void> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  for (const [browser, dir] of [
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ] as const) {
    const source = join(DIST, dir);
    const files = (await filesBelow(source)).filter((f) => !f.endsWith('.map'));
    if (!files.some((f) => f.endsWith('manifest.json'))) throw new Error(`${source} has no manifest.json: build first`);
    const entries: ZipEntry[] = await Promise.all(
      files.map(async (f) => ({ name: relative(source, f).split('\\').join('/'), data: await readFile(f) })),
    );
    const out = join(DIST, `sourcelight-${version}-${browser}.zip`);
    const bytes = zip(entries);
    await writeFile(out, bytes);
    console.log(`${relative(ROOT, out)}  ${entries.length} files, ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
