/**
 * How each highlight looks: one table that yields both the `::highlight()` stylesheet the manifest
 * injects and the inline styles of the fallback. Claims get a translucent background (legible on light
 * and dark pages), entities an underline whose line style also encodes the type, so neither depends on
 * colour alone. Claim hues are the Okabe–Ito palette, chosen to stay distinct with colour-blindness.
 */
import { CLAIM_KINDS, ENTITY_TYPES, type ClaimKind, type EntityType } from '../../core/model/analysis.ts';
import { FOCUS_HIGHLIGHT, NOTE_HIGHLIGHT, claimHighlight, entityHighlight } from './names.ts';

export interface HighlightStyle {
  background?: string;
  underline?: { color: string; style: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy' };
  color?: string;
}

export const CLAIM_COLORS: Record<ClaimKind, string> = {
  'condition-of-anonymity': '213, 94, 0',
  'familiar-with': '230, 159, 0',
  'unattributed-document': '204, 121, 167',
  'unnamed-official': '240, 228, 66',
  'unnamed-source': '86, 180, 233',
  allegedly: '0, 158, 115',
  reportedly: '0, 114, 178',
};

const ENTITY_LINES: Record<EntityType, NonNullable<HighlightStyle['underline']>> = {
  person: { color: '#3b8fd9', style: 'solid' },
  organization: { color: '#c0669b', style: 'dashed' },
  place: { color: '#2a9d78', style: 'dotted' },
  outlet: { color: '#d9822b', style: 'double' },
};

export function highlightStyles(): Map<string, HighlightStyle> {
  const styles = new Map<string, HighlightStyle>();
  for (const kind of CLAIM_KINDS) styles.set(claimHighlight(kind), { background: `rgba(${CLAIM_COLORS[kind]}, 0.34)` });
  for (const type of ENTITY_TYPES) styles.set(entityHighlight(type), { underline: ENTITY_LINES[type] });
  styles.set(NOTE_HIGHLIGHT, { background: 'rgba(224, 69, 123, 0.2)', underline: { color: '#e0457b', style: 'wavy' } });
  styles.set(FOCUS_HIGHLIGHT, { background: 'Highlight', color: 'HighlightText' });
  return styles;
}

function declarations(style: HighlightStyle, important: string): string[] {
  const out: string[] = [];
  if (style.background) out.push(`background-color: ${style.background}${important}`);
  if (style.color) out.push(`color: ${style.color}${important}`);
  if (style.underline) {
    out.push(
      `text-decoration-line: underline${important}`,
      `text-decoration-style: ${style.underline.style}${important}`,
      `text-decoration-color: ${style.underline.color}${important}`,
      `text-decoration-thickness: 2px${important}`,
      `text-underline-offset: 2px${important}`,
    );
  }
  return out;
}

/** The stylesheet injected with the content script (manifest `css`), so painting adds no DOM. */
export function highlightStylesheet(): string {
  let css = '/* Sourcelight highlight styles, generated from src/dom/paint/palette.ts */\n';
  for (const [name, style] of highlightStyles())
    css += `::highlight(${name}) { ${declarations(style, '').join('; ')}; }\n`;
  return css;
}

/** Inline style for the fallback wrapper; `!important` so page styles cannot restyle it. */
export function inlineStyle(name: string): string {
  const style = highlightStyles().get(name);
  return style ? declarations(style, ' !important').join('; ') : '';
}
