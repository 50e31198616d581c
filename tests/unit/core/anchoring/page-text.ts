/**
 * Plain text of a corpus page for anchoring tests: tags stripped, paragraphs kept apart. Not the
 * engine's extraction (that is not what is under test here), just real news prose of real length.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/pages');

export function pageParagraphs(name: string): string[] {
  const html = readFileSync(path.join(corpus, `${name}.html`), 'utf8');
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .split(/<\/?(?:p|h[1-6]|li|blockquote|div|br)\b[^>]*>/i)
    .map((chunk) =>
      chunk
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&rsquo;/g, '’')
        .replace(/&[a-z]+;|&#\d+;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 80);
}
