/** Rows of the library list: an article's heading, then one fixed-height row per note on it. */
import type { Annotation } from '../../core/annotations/schema.ts';
import { CORRECTION_LABELS, VERDICT_LABELS } from '../../core/annotations/schema.ts';
import { exactOf } from '../../core/annotations/selectors.ts';
import { inlineText, parseMarkdown, type MdBlock } from '../../core/text/markdown.ts';
import { plural } from '../ui/Scorecard.tsx';

export const ROW_HEIGHT = 92;
export const ARTICLE_HEIGHT = 60;

export interface ArticleHeading {
  kind: 'article';
  url: string;
  title: string;
  site: string;
  count: number;
}

export function ArticleRow({ article }: { article: ArticleHeading }) {
  return (
    <div class="article-row" role="presentation">
      <p class="group-title" title={article.title}>
        {article.title}
      </p>
      <p class="group-meta muted">
        {article.site} · {plural(article.count, 'note')} ·{' '}
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          Open the article
        </a>
      </p>
    </div>
  );
}

export interface RowProps {
  annotation: Annotation;
  active: boolean;
  selected: boolean;
  onSelect(selected: boolean): void;
  onActivate(): void;
}

export function Row({ annotation: a, active, selected, onSelect, onActivate }: RowProps) {
  const quote = exactOf(a.target.selector);
  // The keyboard reaches rows through their listbox (VirtualList: arrow keys, Home, End move the active row,
  // announced by aria-activedescendant), so an option is neither focusable nor given key handlers of its own;
  // a click on a row focuses the listbox, where the keys then carry on from that row.
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for every option
    <div
      id={`row-${a.id}`}
      class={`row${active ? ' active' : ''}`}
      role="option"
      aria-selected={active}
      onClick={onActivate}
    >
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select note on “${quote.slice(0, 40)}”`}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <div class="row-body">
        <span class="visually-hidden">{a.page.title || a.target.source}: </span>
        {a.body.note ? <p class="row-note">{notePreview(a.body.note, a.body.format)}</p> : null}
        <p class={`row-quote${a.body.note ? '' : ' alone'}`}>{quote}</p>
        <p class="row-meta">
          {a.body.verdict ? <span class={`verdict v-${a.body.verdict}`}>{VERDICT_LABELS[a.body.verdict]}</span> : null}
          {a.correction ? <span class="chip">{CORRECTION_LABELS[a.correction]}</span> : null}
          {a.body.tags.slice(0, 3).map((t) => (
            <span key={t} class="chip tag">
              {t}
            </span>
          ))}
          <span class="muted">{new Date(a.modified).toLocaleDateString()}</span>
        </p>
      </div>
    </div>
  );
}

/** How much of a note a row's one line can show: no more is parsed than that. */
const PREVIEW_CHARS = 400;

/** A note as one line of plain text: Markdown's marks dropped, its blocks run together. */
export function notePreview(note: string, format: string): string {
  const head = note.slice(0, PREVIEW_CHARS);
  if (format !== 'markdown') return head.replace(/\s+/g, ' ');
  const parts: string[] = [];
  const walk = (blocks: readonly MdBlock[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') parts.push(inlineText(b.children));
      else if (b.type === 'list') for (const item of b.items) walk(item);
      else if (b.type === 'quote') walk(b.children);
      else if (b.type === 'codeblock') parts.push(b.text);
    }
  };
  walk(parseMarkdown(head));
  return parts.join(' · ').replace(/\s+/g, ' ');
}
