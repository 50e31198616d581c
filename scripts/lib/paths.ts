/** Well-known paths, resolved from the repository root so scripts work from any directory. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
/** The shared corpus lives beside the checkout and is never copied into it. */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const CORPUS_PAGES = join(CORPUS, 'pages');
export const TEST_RESULTS = join(ROOT, 'test-results');
