/**
 * A note's Markdown, parsed (src/core/text/markdown.ts) and rendered (MarkdownTree.tsx) as elements,
 * never as HTML, for the extension's own pages. The in-page card renders trees the background parsed.
 */
import { useMemo } from 'preact/hooks';
import { parseMarkdown } from '../../core/text/markdown.ts';
import { MarkdownTree } from './MarkdownTree.tsx';

export { MarkdownTree };

export interface MarkdownProps {
  source: string;
  /** Extra class on the wrapper, e.g. for a clamp in a list row. */
  class?: string;
}

export function Markdown({ source, class: extra }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <MarkdownTree blocks={blocks} class={extra} />;
}

/** A note as its format says: Markdown rendered, plain text kept as typed. */
export function NoteText({ note, format, class: extra }: { note: string; format: string; class?: string }) {
  if (format === 'markdown') return <Markdown source={note} class={extra} />;
  return <div class={extra ? `md plain ${extra}` : 'md plain'}>{note}</div>;
}
