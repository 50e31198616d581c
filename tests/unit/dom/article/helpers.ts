/** Shared by the article tests: fixture pages, DOMs to parse them in, and the text-map invariants. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Extraction } from '../../../../src/dom/article/index.ts';

export function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/pages/${name}`, import.meta.url), 'utf8');
}

/** linkedom: what the CLI uses; no layout and no Range boundaries. */
export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** jsdom: a DOM with working Ranges, closer to a browser. */
export function jsdomDocument(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/**
 * Everything wrong with an extraction's map: characters that do not map back to the same
 * character in their Text node, block texts that are not what their nodes hold.
 */
export function mappingProblems(ex: Extraction): string[] {
  const { text } = ex.map;
  const problems: string[] = [];
  for (const block of ex.map.blocks) {
    if (!block.element) continue;
    for (let i = block.start; i < block.end; i++) {
      const pos = ex.map.positionAt(i);
      if (!pos) {
        problems.push(`offset ${i} (${JSON.stringify(text[i])}) maps nowhere`);
        continue;
      }
      const found = pos.node.data[pos.offset];
      const same = found === text[i] || (text[i] === ' ' && (found === undefined || /[ \t\n\r\f]/.test(found)));
      if (!same && text[i] !== ' ')
        problems.push(`offset ${i}: text has ${JSON.stringify(text[i])}, node has ${JSON.stringify(found)}`);
    }
    const fromNodes = ex.map
      .segments(block.start, block.end)
      .map((s) => s.node.data.slice(s.start, s.end))
      .join('')
      .replace(/[ \t\n\r\f]+/g, '');
    const blockText = text.slice(block.start, block.end).replace(/ /g, '');
    if (fromNodes !== blockText)
      problems.push(`block at ${block.start}: nodes hold ${JSON.stringify(fromNodes.slice(0, 80))}`);
    if (problems.length > 20) break;
  }
  return problems;
}
