/**
 * A small Markdown parser for readers' notes: text in, a tree of typed nodes out, never an HTML string,
 * so a renderer builds elements from it and nothing in a note can become markup.
 *
 * Supported: paragraphs (a single newline is a line break, as notes are typed), ATX headings, emphasis
 * and strong emphasis (`*`, `_`), code spans, fenced code, links (`[text](url)`, `<url>`, bare
 * http(s) URLs), bulleted and numbered lists, block quotes and rules. Raw HTML stays text. Links keep
 * only http(s) and mailto addresses; any other link shows as its text. Nesting is bounded and every
 * scan is bounded, so hostile input (deep nesting, thousands of brackets, 100,000 characters) stays cheap.
 */

import { isSafeHref, type MdBlock, type MdInline } from './markdown-tree.ts';

export { isSafeHref, type MdBlock, type MdInline };

/** Lists and quotes nest at most this deep; deeper markers are read as plain text. */
const MAX_BLOCK_DEPTH = 6;
/** Emphasis and links nest at most this deep; deeper delimiters stay as typed. */
const MAX_INLINE_HEIGHT = 12;
/** How far a `[` looks for its `]`, and a link for its `)`: keeps many brackets linear. */
const MAX_LABEL = 1000;
const MAX_DESTINATION = 2048;

export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map(expandTabs);
  return parseBlocks(lines, 0);
}

/** The plain text of inline nodes, e.g. for a title or an accessible name. */
export function inlineText(nodes: readonly MdInline[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'code') out += n.text;
    else if (n.type === 'break') out += '\n';
    else out += inlineText(n.children);
  }
  return out;
}

// ── Blocks ────────────────────────────────────────────────────────────────────────────────────────

function expandTabs(line: string): string {
  const m = /^[ \t]+/.exec(line);
  if (!m?.[0].includes('\t')) return line;
  let width = 0;
  for (const c of m[0]) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
  return ' '.repeat(width) + line.slice(m[0].length);
}

const isBlank = (line: string) => line.trim() === '';
const indentOf = (line: string) => line.length - line.trimStart().length;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?: *\1){2,} *$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?: +|$)/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

function startsBlock(line: string, depth: number): boolean {
  if (FENCE.test(line) || HEADING.test(line) || RULE.test(line)) return true;
  return depth < MAX_BLOCK_DEPTH && (QUOTE.test(line) || LIST_ITEM.test(line));
}

function parseBlocks(lines: string[], depth: number): MdBlock[] {
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      i = readFence(lines, i, fence[1] ?? '```', blocks);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] ?? '#').length;
      blocks.push({ type: 'heading', level, children: parseInline(headingText(line.slice(heading[0].length))) });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (depth < MAX_BLOCK_DEPTH && QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] ?? '')) inner.push((lines[i++] ?? '').replace(QUOTE, ''));
      blocks.push({ type: 'quote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    if (depth < MAX_BLOCK_DEPTH && LIST_ITEM.test(line)) {
      i = readList(lines, i, depth, blocks);
      continue;
    }
    const para = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i] ?? '') && !startsBlock(lines[i] ?? '', depth)) {
      para.push((lines[i++] ?? '').trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(para.join('\n')) });
  }
  return blocks;
}

/** A heading's text without the optional closing run of `#` (a plain loop: regexes here can backtrack). */
function headingText(raw: string): string {
  const text = raw.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  return end < text.length && /[ \t]/.test(text[end - 1] ?? '') ? text.slice(0, end).trim() : text;
}

function readFence(lines: string[], start: number, fence: string, blocks: MdBlock[]): number {
  const char = fence[0] === '~' ? '~' : '`';
  const close = new RegExp(`^ {0,3}\\${char}{${fence.length},} *$`);
  const body: string[] = [];
  let i = start + 1;
  while (i < lines.length && !close.test(lines[i] ?? '')) body.push(lines[i++] ?? '');
  blocks.push({ type: 'codeblock', text: body.join('\n') });
  return i + 1;
}

interface Marker {
  ordered: boolean;
  char: string;
  start: number;
  contentIndent: number;
}

function markerOf(line: string): Marker | null {
  const m = LIST_ITEM.exec(line);
  if (!m) return null;
  const mark = m[2] ?? '-';
  const ordered = /\d/.test(mark);
  const empty = m[0].length === line.length && !m[0].endsWith(' ');
  const contentIndent = empty ? m[0].length + 1 : Math.min(m[0].length, (m[1] ?? '').length + mark.length + 4);
  return { ordered, char: mark.slice(-1), start: ordered ? Number.parseInt(mark, 10) : 1, contentIndent };
}

function readList(lines: string[], start: number, depth: number, blocks: MdBlock[]): number {
  const first = markerOf(lines[start] ?? '');
  if (!first) return start + 1;
  const items: MdBlock[][] = [];
  let i = start;
  let marker: Marker | null = first;
  while (marker && marker.ordered === first.ordered && marker.char === first.char) {
    const { contentIndent } = marker;
    const body = [(lines[i] ?? '').slice(contentIndent)];
    i++;
    while (i < lines.length) {
      const line = lines[i] ?? '';
      if (isBlank(line)) {
        let next = i + 1;
        while (next < lines.length && isBlank(lines[next] ?? '')) next++;
        if (next < lines.length && indentOf(lines[next] ?? '') >= contentIndent) {
          for (; i < next; i++) body.push('');
          continue;
        }
        break;
      }
      if (indentOf(line) >= contentIndent) body.push(line.slice(contentIndent));
      else if (!startsBlock(line, depth) && !isBlank(body[body.length - 1] ?? '')) body.push(line.trim());
      else break;
      i++;
    }
    items.push(parseBlocks(body, depth + 1));
    let next = i;
    while (next < lines.length && isBlank(lines[next] ?? '')) next++;
    marker = next < lines.length ? markerOf(lines[next] ?? '') : null;
    if (marker && marker.ordered === first.ordered && marker.char === first.char) i = next;
  }
  blocks.push({ type: 'list', ordered: first.ordered, start: first.start, items });
  return i;
}

// ── Inlines ───────────────────────────────────────────────────────────────────────────────────────

interface Delim {
  type: 'delim';
  char: '*' | '_';
  count: number;
  open: boolean;
  close: boolean;
}
type Item = MdInline | Delim;

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const isSpace = (c: string) => c === '' || /\s/u.test(c);
const isPunct = (c: string) => c !== '' && /[\p{P}\p{S}]/u.test(c);
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s\p{Cc}<>"]{1,2048})>/iuy;
const BARE_URL = /https?:\/\/[^\s\p{Cc}<>"]{1,2048}/iuy;

export function parseInline(text: string, inLink = false): MdInline[] {
  const heights = new Map<MdInline, number>();
  const items: Item[] = [];
  const failedTicks = new Set<number>();
  const lastBracket = text.lastIndexOf(']');
  let buf = '';
  const flush = () => {
    if (buf) items.push({ type: 'text', text: buf });
    buf = '';
  };
  let pos = 0;
  while (pos < text.length) {
    const c = text[pos] ?? '';
    if (c === '\\') {
      const next = text[pos + 1] ?? '';
      if (next === '\n') {
        flush();
        items.push({ type: 'break' });
        pos += 2;
        continue;
      }
      if (ESCAPABLE.test(next)) {
        buf += next;
        pos += 2;
        continue;
      }
      buf += c;
      pos++;
      continue;
    }
    if (c === '\n') {
      buf = buf.trimEnd();
      flush();
      items.push({ type: 'break' });
      pos++;
      while (text[pos] === ' ') pos++;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (text[pos + run] === '`') run++;
      const end = failedTicks.has(run) ? -1 : closingTicks(text, pos + run, run);
      if (end < 0) {
        failedTicks.add(run);
        buf += '`'.repeat(run);
        pos += run;
        continue;
      }
      flush();
      items.push({ type: 'code', text: codeText(text.slice(pos + run, end)) });
      pos = end + run;
      continue;
    }
    if (c === '*' || c === '_') {
      let run = 1;
      while (text[pos + run] === c) run++;
      flush();
      items.push(delimiter(text, pos, run, c));
      pos += run;
      continue;
    }
    if (c === '[' && !inLink && pos < lastBracket) {
      const link = readLink(text, pos);
      if (link) {
        flush();
        const children = parseInline(link.label, true);
        if (isSafeHref(link.href)) {
          const node: MdInline = { type: 'link', href: link.href, children };
          heights.set(node, 1 + heightOf(children));
          items.push(node);
        } else {
          items.push({ type: 'text', text: '[' }, ...children, { type: 'text', text: ']' });
        }
        pos = link.end;
        continue;
      }
    }
    if (c === '<' && !inLink) {
      AUTOLINK.lastIndex = pos;
      const m = AUTOLINK.exec(text);
      if (m && isSafeHref(m[1] ?? '')) {
        flush();
        const href = m[1] ?? '';
        items.push({ type: 'link', href, children: [{ type: 'text', text: href.replace(/^mailto:/i, '') }] });
        pos += m[0].length;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && !inLink && !/[\p{L}\p{N}]/u.test(text[pos - 1] ?? '')) {
      BARE_URL.lastIndex = pos;
      const m = BARE_URL.exec(text);
      const href = m ? trimUrl(m[0]) : '';
      if (href && isSafeHref(href) && !/^https?:\/\/$/i.test(href)) {
        flush();
        items.push({ type: 'link', href, children: [{ type: 'text', text: href }] });
        pos += href.length;
        continue;
      }
    }
    buf += c;
    pos++;
  }
  flush();
  return mergeText(resolveEmphasis(items, heights));
}

function closingTicks(text: string, from: number, run: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0) {
    let n = 1;
    while (text[i + n] === '`') n++;
    if (n === run) return i;
    i = text.indexOf('`', i + n);
  }
  return -1;
}

function codeText(raw: string): string {
  const s = raw.replace(/\n/g, ' ');
  return s.length > 2 && s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '' ? s.slice(1, -1) : s;
}

function delimiter(text: string, pos: number, run: number, char: '*' | '_'): Delim {
  const before = text[pos - 1] ?? '';
  const after = text[pos + run] ?? '';
  const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  if (char === '*') return { type: 'delim', char, count: run, open: left, close: right };
  return {
    type: 'delim',
    char,
    count: run,
    open: left && (!right || isPunct(before)),
    close: right && (!left || isPunct(after)),
  };
}

/** `[label](destination "title")` from `pos`, with bounded scans; null when it is not a link. */
function readLink(text: string, pos: number): { label: string; href: string; end: number } | null {
  let depth = 0;
  let close = -1;
  const limit = Math.min(text.length, pos + MAX_LABEL);
  for (let i = pos + 1; i < limit; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) {
        close = i;
        break;
      }
      depth--;
    }
  }
  if (close < 0 || text[close + 1] !== '(') return null;
  let i = close + 2;
  while (text[i] === ' ') i++;
  let href = '';
  if (text[i] === '<') {
    const end = findWithin(text, '>', i + 1);
    if (end < 0 || text.slice(i, end).includes('\n')) return null;
    href = text.slice(i + 1, end);
    i = end + 1;
  } else {
    const from = i;
    let parens = 0;
    const stop = Math.min(text.length, i + MAX_DESTINATION);
    for (; i < stop; i++) {
      const c = text[i] ?? '';
      if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) i++;
      else if (c === '(') parens++;
      else if (c === ')') {
        if (parens === 0) break;
        parens--;
      } else if (isSpace(c)) break;
    }
    href = text.slice(from, i).replace(/\\([!-/:-@[-`{-~])/g, '$1');
  }
  while (text[i] === ' ') i++;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const end = findWithin(text, quote, i + 1);
    if (end < 0) return null;
    i = end + 1;
    while (text[i] === ' ') i++;
  }
  if (text[i] !== ')') return null;
  return { label: text.slice(pos + 1, close), href, end: i + 1 };
}

/** The index of `char` within MAX_DESTINATION characters of `from`, or -1: a bounded indexOf. */
function findWithin(text: string, char: string, from: number): number {
  const stop = Math.min(text.length, from + MAX_DESTINATION);
  for (let i = from; i < stop; i++) if (text[i] === char) return i;
  return -1;
}

/** A bare URL without the punctuation that usually ends the sentence around it, or an unmatched `)`. */
function trimUrl(url: string): string {
  let open = 0;
  let close = 0;
  for (const c of url) {
    if (c === '(') open++;
    else if (c === ')') close++;
  }
  let end = url.length;
  for (;;) {
    const c = url[end - 1] ?? '';
    if (/[.,:;!?'*_~]/.test(c)) end--;
    else if (c === ')' && close > open) {
      close--;
      end--;
    } else break;
  }
  return url.slice(0, end);
}

function heightOf(nodes: readonly Item[], heights?: Map<MdInline, number>): number {
  let h = 0;
  for (const n of nodes) if (n.type !== 'delim') h = Math.max(h, heights?.get(n) ?? 0);
  return h;
}

/**
 * CommonMark's delimiter-run matching, simplified (no rule of three): each closer takes the nearest
 * opener of its character; strong takes two, emphasis one. One opener stack per character keeps it linear.
 */
function resolveEmphasis(items: Item[], heights: Map<MdInline, number>): MdInline[] {
  const out: Item[] = [];
  const openers: Record<'*' | '_', number[]> = { '*': [], _: [] };
  for (const item of items) {
    if (item.type !== 'delim') {
      out.push(item);
      continue;
    }
    const d = item;
    if (d.close) {
      const stack = openers[d.char];
      while (d.count > 0 && stack.length > 0) {
        const at = stack[stack.length - 1] ?? 0;
        const opener = out[at] as Delim;
        const use = opener.count >= 2 && d.count >= 2 ? 2 : 1;
        const inner = out.splice(at + 1);
        for (const s of [openers['*'], openers._]) while ((s[s.length - 1] ?? -1) > at) s.pop();
        const children = inner.map(asInline);
        opener.count -= use;
        d.count -= use;
        if (opener.count === 0) {
          out.pop();
          stack.pop();
        }
        const height = 1 + heightOf(children, heights);
        if (height > MAX_INLINE_HEIGHT) {
          // Too deep: keep the delimiters as typed, merged with the text so later closers stay cheap.
          const mark: MdInline = { type: 'text', text: d.char.repeat(use) };
          out.push(...mergeText([mark, ...children, mark]));
          continue;
        }
        const node: MdInline = { type: use === 2 ? 'strong' : 'em', children: mergeText(children) };
        heights.set(node, height);
        out.push(node);
      }
    }
    if (d.count === 0) continue;
    if (d.open) {
      out.push(d);
      openers[d.char].push(out.length - 1);
    } else out.push({ type: 'text', text: d.char.repeat(d.count) });
  }
  return out.map(asInline);
}

function asInline(item: Item): MdInline {
  return item.type === 'delim' ? { type: 'text', text: item.char.repeat(item.count) } : item;
}

function mergeText(nodes: MdInline[]): MdInline[] {
  const out: MdInline[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + n.text };
    else if (n.type !== 'text' || n.text) out.push(n);
  }
  return out;
}
