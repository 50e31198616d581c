/**
 * Builds both unpacked extensions (dist/chrome, dist/firefox) and the CLI (dist/cli.js).
 *   tsx scripts/build.ts          minified production build
 *   tsx scripts/build.ts --watch  development: source maps, rebuild on change
 * The bundles are the same for both browsers; only the manifest differs.
 */
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile, copyFile, chmod } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, manifestFor, type Browser } from './lib/manifest.ts';
import { renderIcons } from './lib/icons.ts';
import { highlightStylesheet } from '../src/dom/paint/palette.ts';
import { noHtmlSinks } from './lib/no-html-sinks.ts';
import { inlineCss } from './lib/inline-css.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');

const extensionEntries = {
  background: 'src/extension/background/index.ts',
  content: 'src/extension/content/index.ts',
  popup: 'src/extension/popup/main.tsx',
  library: 'src/extension/library/main.tsx',
  welcome: 'src/extension/welcome/main.tsx',
};
const staticPages = [
  'src/extension/popup/popup.html',
  'src/extension/library/library.html',
  'src/extension/welcome/welcome.html',
];

export function browserDir(browser: Browser): string {
  return join(dist, browser);
}

async function writeExtensionFiles(files: esbuild.OutputFile[]): Promise<void> {
  const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  await Promise.all(
    BROWSERS.map(async (browser) => {
      const dir = browserDir(browser);
      await mkdir(dir, { recursive: true });
      for (const file of files) {
        const target = join(dir, relative(join(dist, 'bundle'), file.path));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.contents);
      }
      for (const page of staticPages) await copyFile(join(root, page), join(dir, page.split('/').pop()!));
      await writeFile(join(dir, 'content.css'), highlightStylesheet());
      await writeFile(
        join(dir, 'manifest.json'),
        `${JSON.stringify(manifestFor(browser, source, version), null, 2)}\n`,
      );
    }),
  );
}

/** esbuild writes in memory; this plugin copies each (re)build into both browsers' folders. */
const emitToBrowsers: esbuild.Plugin = {
  name: 'emit-to-browsers',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length || !result.outputFiles) return;
      await writeExtensionFiles(result.outputFiles);
      if (watch) console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chrome and dist/firefox`);
    });
  },
};

const extensionOptions: esbuild.BuildOptions = {
  entryPoints: extensionEntries,
  outdir: join(dist, 'bundle'),
  bundle: true,
  format: 'iife',
  target: ['chrome105', 'firefox140'],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  logLevel: 'warning',
  plugins: [inlineCss, noHtmlSinks, emitToBrowsers],
  define: { 'process.env.NODE_ENV': watch ? '"development"' : '"production"' },
};

const cliOptions: esbuild.BuildOptions = {
  entryPoints: { cli: './src/cli/main.ts' },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: watch ? 'inline' : false,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
};

async function main(): Promise<void> {
  process.chdir(root);
  if (!watch) await rm(dist, { recursive: true, force: true });
  await Promise.all(BROWSERS.map((b) => renderIcons(join(root, 'icons/icon.svg'), join(browserDir(b), 'icons'))));
  if (watch) {
    const contexts = await Promise.all([esbuild.context(extensionOptions), esbuild.context(cliOptions)]);
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('Watching src/ — dist/chrome, dist/firefox and dist/cli.js rebuild on change.');
    return;
  }
  await Promise.all([esbuild.build(extensionOptions), esbuild.build(cliOptions)]);
  await chmod(join(dist, 'cli.js'), 0o755);
  console.log('Built dist/chrome, dist/firefox and dist/cli.js');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
