/**
 * Text from web pages, made inert in Markdown. A quote, title or site name must show as the words
 * it is, never become a heading, list, link, image, table, HTML element, autolink or (in Obsidian)
 * a highlight, math, comment, wikilink or tag. CommonMark lets any ASCII punctuation be
 * backslash-escaped, so:
 * - characters with a meaning anywhere (\ ` * _ { } [ ] # | ~ < > & = $ % @) are always escaped;
 * - characters that only start a block (- + > and "1." or "1)") are escaped at the start of a line;
 * - autolinks are broken by escaping the ":" of "://" and the "." of "www.";
 * - runs of spaces and tabs, which could start an indented code block, are collapsed.
 */

const ALWAYS = /[\\`*_{}[\]#|~<>&=$%@]/g;

function escapeLine(line: string): string {
  return line
    .replace(/[\t ]+/g, ' ')
    .trim()
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/^([-+>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of page text, safe inline. Line breaks become spaces. */
export function inline(text: string): string {
  return escapeLine(text.replace(/[\r\n]+/g, ' '));
}

/** Page text as a block quote, keeping its line breaks. */
export function blockQuote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const safe = escapeLine(line);
      return safe ? `> ${safe}` : '>';
    })
    .join('\n');
}

/** A plain-text note: escaped, its lines kept (hard breaks), its blank lines as paragraph breaks. */
export function plainNote(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine);
  let out = '';
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    out += line;
    if (next === undefined) return;
    out += line && next ? '\\\n' : '\n';
  });
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/** A Markdown note is the reader's own Markdown: kept, except raw HTML, which is shown as text. */
export function markdownNote(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/</g, '&lt;').trim();
}

/** A URL as a link destination: in angle brackets, with anything that could end it encoded. */
export function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

/** An Obsidian/Logseq tag (#word) when the tag can be one; otherwise the escaped text. */
export function tagText(tag: string): string {
  const candidate = tag.trim().replace(/\s+/g, '-');
  if (/^[\p{L}\p{N}_\-/]+$/u.test(candidate) && /[^\d]/.test(candidate)) return `#${candidate}`;
  return inline(tag);
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
