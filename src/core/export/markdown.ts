/**
 * Markdown notes for Obsidian, Logseq, Notion or any editor: YAML front matter, then one section
 * per page (title as a link, site, date read, optionally the sourcing scorecard in one line), then
 * each annotation as a block quote of the passage followed by verdict, tags, claim, correction and
 * the note. Page text is escaped (markdown-text.ts) so a page cannot inject Markdown or HTML.
 *
 *   ---
 *   title: "Sourcelight notes"
 *   exported: "2024-06-01T12:00:00.000Z"
 *   pages: 1
 *   annotations: 2
 *   ---
 *
 *   # Sourcelight notes
 *
 *   ## [Story title](<https://example.com/story>)
 *
 *   - Site: example\.com
 *   - Read: 2024-05-01
 *   - Sourcing: 3 anonymous-source claims of 12 attributed statements (25%) · On the record: …
 *
 *   > officials told the Associated Press
 *
 *   **Verdict:** Needs source · **Tags:** #china
 *
 *   Who are these officials?
 *
 * Pages come in the order they were first annotated; annotations in page order.
 */
import { CORRECTION_LABELS, VERDICT_LABELS, type Annotation } from '../annotations/schema.ts';
import type { Scorecard } from '../model/analysis.ts';
import { blockQuote, inline, linkTarget, markdownNote, plainNote, tagText, yamlString } from './markdown-text.ts';

export interface MarkdownOptions {
  /** Front matter title and H1. Default "Sourcelight notes". */
  title?: string;
  /** Export time for the front matter. Default now. */
  exported?: Date;
  /** Sourcing scorecards by page URL (target.source), for the one-line summary under each page. */
  scorecards?: Readonly<Record<string, Scorecard>>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 anonymous-source claims of 12 attributed statements (25%) · On the record: A, B · Outlets: C" */
export function scorecardLine(s: Scorecard): string {
  const parts = [
    `${plural(s.claims, 'anonymous-source claim')} of ${plural(s.attributedStatements, 'attributed statement')} (${Math.round(s.anonymousShare * 100)}%)`,
  ];
  const named = s.namedSources.slice(0, 5).map((n) => n.name);
  if (named.length) parts.push(`On the record: ${named.join(', ')}`);
  const outlets = s.outlets.slice(0, 5).map((n) => n.name);
  if (outlets.length) parts.push(`Outlets: ${outlets.join(', ')}`);
  return inline(parts.join(' · '));
}

function positionOf(a: Annotation): number {
  const p = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return p?.type === 'TextPositionSelector' ? p.start : Number.MAX_SAFE_INTEGER;
}

function annotationBlock(a: Annotation): string {
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const lines: string[] = [blockQuote(quote?.type === 'TextQuoteSelector' ? quote.exact : '')];
  const facts: string[] = [];
  if (a.body.verdict) facts.push(`**Verdict:** ${VERDICT_LABELS[a.body.verdict]}`);
  if (a.body.tags.length) facts.push(`**Tags:** ${a.body.tags.map(tagText).join(' ')}`);
  if (a.claim) {
    const cue = a.claim.cue ? ` (cue: “${inline(a.claim.cue)}”)` : '';
    facts.push(`**Claim:** ${a.claim.kind.replace(/-/g, ' ')}${cue}`);
  }
  if (a.correction) facts.push(`**Correction:** ${CORRECTION_LABELS[a.correction]}`);
  if (facts.length) lines.push(facts.join(' · '));
  const note = a.body.format === 'markdown' ? markdownNote(a.body.note) : plainNote(a.body.note);
  if (note) lines.push(note);
  return lines.join('\n\n');
}

export function toMarkdown(annotations: readonly Annotation[], options: MarkdownOptions = {}): string {
  const title = options.title ?? 'Sourcelight notes';
  const pages = new Map<string, Annotation[]>();
  for (const a of [...annotations].sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : 0))) {
    const list = pages.get(a.target.source) ?? [];
    list.push(a);
    pages.set(a.target.source, list);
  }
  const tags = [...new Set(annotations.flatMap((a) => a.body.tags))];
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString((options.exported ?? new Date()).toISOString())}`,
    `pages: ${pages.size}`,
    `annotations: ${annotations.length}`,
    `corrections: ${annotations.filter((a) => a.correction).length}`,
    `tags: [${tags.map(yamlString).join(', ')}]`,
    'generator: "Sourcelight"',
    '---',
  ].join('\n');
  const sections: string[] = [front, `# ${inline(title)}`];
  for (const [url, list] of pages) {
    const first = list[0];
    if (!first) continue;
    const heading = `## [${inline(first.page.title.trim() ? first.page.title : url)}](${linkTarget(url)})`;
    const facts = [`- Site: ${inline(first.page.site)}`, `- Read: ${first.created.slice(0, 10)}`];
    const scorecard = options.scorecards?.[url];
    if (scorecard) facts.push(`- Sourcing: ${scorecardLine(scorecard)}`);
    const blocks = [...list].sort((x, y) => positionOf(x) - positionOf(y)).map(annotationBlock);
    sections.push([heading, facts.join('\n'), ...blocks].join('\n\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
