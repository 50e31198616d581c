/**
 * Sourcelight never renders page text (or anything) as HTML. Preact still carries the code path for
 * `dangerouslySetInnerHTML`; this esbuild plugin rewrites that one `innerHTML` write into a
 * `textContent` write, so no code in our bundles can parse HTML, and the Firefox add-on linter has
 * no unsafe sink to warn about. The build fails if the pattern is not found (a new Preact version).
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

const WRITE = /(\b[A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html/g;

export const noHtmlSinks: Plugin = {
  name: 'no-html-sinks',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const rewritten = source.replace(WRITE, '$1.textContent=$2.__html');
      if (rewritten === source)
        throw new Error(`no-html-sinks: Preact's innerHTML write not found in ${args.path}; update the plugin`);
      return { contents: rewritten, loader: 'js' };
    });
  },
};
