/**
 * Renders a parsed Markdown note (src/core/text/markdown-tree.ts) as elements: text is always a text
 * node, never markup. Links open in a new tab without a referrer or opener, and are checked again here
 * so no tree, however built, can produce a `javascript:` link. Apart from the parser (Markdown.tsx),
 * so the content script can render trees the background parsed without carrying the parser.
 */
import type { ComponentChildren } from 'preact';
import { isSafeHref, type MdBlock, type MdInline } from '../../core/text/markdown-tree.ts';

export function MarkdownTree({ blocks, class: extra }: { blocks: readonly MdBlock[]; class?: string }) {
  return <div class={extra ? `md ${extra}` : 'md'}>{renderBlocks(blocks)}</div>;
}

function renderBlocks(blocks: readonly MdBlock[]): ComponentChildren[] {
  return blocks.map((b, i) => renderBlock(b, i));
}

function renderBlock(block: MdBlock, key: number): ComponentChildren {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInlines(block.children)}</p>;
    case 'heading': {
      // The schema bounds the level to 1–6; markdown.css sizes these within the note, not the page.
      const Heading = `h${block.level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Heading key={key} class={`md-h md-h${block.level}`}>
          {renderInlines(block.children)}
        </Heading>
      );
    }
    case 'list': {
      // A one-paragraph item is written without <p>, as CommonMark renders tight lists.
      const items = block.items.map((item, i) => (
        <li key={i}>
          {item.length === 1 && item[0]?.type === 'paragraph' ? renderInlines(item[0].children) : renderBlocks(item)}
        </li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'quote':
      return <blockquote key={key}>{renderBlocks(block.children)}</blockquote>;
    case 'codeblock':
      return (
        <pre key={key}>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

function renderInlines(nodes: readonly MdInline[]): ComponentChildren[] {
  return nodes.map((n, i) => renderInline(n, i));
}

function renderInline(node: MdInline, key: number): ComponentChildren {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'break':
      return <br key={key} />;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case 'em':
      return <em key={key}>{renderInlines(node.children)}</em>;
    case 'link':
      if (!isSafeHref(node.href)) return <span key={key}>{renderInlines(node.children)}</span>;
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          {renderInlines(node.children)}
        </a>
      );
  }
}
