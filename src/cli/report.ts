/**
 * What `sourcelight analyze` prints: the JSON contract of PRODUCT.md (offsets are UTF-16 indices
 * into `text`) or a Markdown report a person reads.
 */
import type { Analysis, Claim, NamedSource } from '../core/model/analysis.ts';
import { CLAIM_KIND_LABELS, ENTITY_TYPE_LABELS } from '../core/model/labels.ts';
import type { ArticleMeta } from '../dom/article/index.ts';

export interface AnalyzedFile {
  source: string;
  title: string;
  format: 'html' | 'text';
  analysis: Analysis;
  meta?: ArticleMeta;
}

/** The JSON object for one file: `{ source, title, text, claims, entities, summary }`, then `meta` for pages. */
export function jsonRecord(file: AnalyzedFile): Record<string, unknown> {
  const { text, claims, entities, summary } = file.analysis;
  const record: Record<string, unknown> = { source: file.source, title: file.title, text, claims, entities, summary };
  if (file.meta) {
    const { title: _title, ...meta } = file.meta;
    record['meta'] = meta;
  }
  return record;
}

export function toJson(files: AnalyzedFile[]): string {
  const value = files.length === 1 ? jsonRecord(files[0] as AnalyzedFile) : files.map(jsonRecord);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Markdown-escapes text for inline use (and in table cells). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A link to a page's own URL: http(s) only, so a page cannot plant a `javascript:` link in the report. */
function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return `${label} (${md(url)})`;
  return `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function sources(list: NamedSource[]): string {
  return list.length ? list.map((s) => `${md(s.name)} (${s.citations})`).join(', ') : 'none';
}

/** The claim's sentence with its cue in bold. */
function quoted(claim: Claim): string {
  const cueStart = claim.cue.start - claim.start;
  const cueEnd = claim.cue.end - claim.start;
  if (cueStart < 0 || cueEnd > claim.text.length || cueEnd <= cueStart) return md(claim.text);
  const [before, cue, after] = [
    claim.text.slice(0, cueStart),
    claim.text.slice(cueStart, cueEnd),
    claim.text.slice(cueEnd),
  ];
  return `${md(before)}**${md(cue)}**${md(after)}`;
}

function fileReport(file: AnalyzedFile): string {
  const { claims, summary } = file.analysis;
  const out: string[] = [`# ${md(file.title || '(untitled)')}`, ''];
  const about = [`Source: ${md(file.source)}`];
  if (file.meta?.site) about.push(`site: ${md(file.meta.site)}`);
  const url = file.meta?.canonical ?? file.meta?.ogUrl;
  if (url) about.push(link('page', url));
  out.push(about.join(' · '), '');
  const policy = file.meta?.sourcingPolicy;
  if (policy) {
    const links = [
      policy.unnamedSourcesPolicy && link('unnamed sources policy', policy.unnamedSourcesPolicy),
      policy.publishingPrinciples && link('publishing principles', policy.publishingPrinciples),
    ].filter(Boolean);
    out.push(`The outlet publishes its ${links.join(' and ')}.`, '');
  }

  out.push('## Scorecard', '', '| | |', '|---|---|');
  out.push(`| Anonymous-source claims | ${summary.claims} |`);
  out.push(`| Attributed statements | ${summary.attributedStatements} |`);
  out.push(`| Share resting on anonymous sources | ${percent(summary.anonymousShare)} |`);
  out.push(`| Sentences · words | ${summary.sentences} · ${summary.words} |`, '');
  const kinds = Object.entries(summary.claimsByKind).filter(([, n]) => n > 0);
  if (kinds.length) {
    out.push(
      `**Claims by kind:** ${kinds.map(([kind, n]) => `${CLAIM_KIND_LABELS[kind as Claim['kind']].label} (\`${kind}\`) ${n}`).join(' · ')}`,
      '',
    );
  }
  out.push(`**Named sources:** ${sources(summary.namedSources)}`, '');
  out.push(`**Outlets relied on:** ${sources(summary.outlets)}`, '');

  out.push(`## Claims resting on anonymous or unverified sources (${claims.length})`, '');
  if (!claims.length) out.push('None found.', '');
  claims.forEach((claim, i) => {
    const label = CLAIM_KIND_LABELS[claim.kind].label;
    const marker = `${i + 1}. `;
    const indent = ' '.repeat(marker.length);
    out.push(
      `${marker}**${label}** (\`${claim.kind}\`, confidence ${claim.confidence.toFixed(2)}): ${md(claim.reason)}`,
    );
    out.push(`${indent}cue: “${md(claim.cue.text)}”${claim.source ? ` · source: ${md(claim.source)}` : ''}`);
    out.push(`${indent}> ${quoted(claim)}`, '');
  });

  out.push(`## Entities (${summary.entities.length})`, '');
  if (!summary.entities.length) out.push('None found.', '');
  else {
    out.push('| Entity | Type | Mentions |', '|---|---|---:|');
    for (const e of summary.entities)
      out.push(`| ${md(e.canonical)} | ${ENTITY_TYPE_LABELS[e.type]} | ${e.mentions} |`);
    out.push('');
  }
  return out.join('\n');
}

export function toMarkdown(files: AnalyzedFile[]): string {
  return `${files.map(fileReport).join('\n---\n\n').trimEnd()}\n`;
}
