/**
 * The key to the marks: each claim kind's tint, each entity type's underline, the reader's notes and
 * (on the first-run page) the claim whose card is open,
 * drawn with the very styles the page gets (from the palette), so the key matches what is on screen.
 * Compact at the popup's top; with a line of explanation each on the first-run page, which a card's
 * "Key" button opens (the content script does not carry the legend: its size budget).
 */
import { CLAIM_KINDS, ENTITY_TYPES } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS, ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';
import { FOCUS_HIGHLIGHT, NOTE_HIGHLIGHT, claimHighlight, entityHighlight } from '../paint/names.ts';
import { inlineStyle } from '../paint/palette.ts';

export interface LegendProps {
  /**
   * One line of explanation per highlight name (legend-help.ts), for the first-run page; kept out of
   * the compact legend so the content script does not carry it.
   */
  help?: Record<string, string>;
  /** Entity underlines are an option; say so when they are off. */
  entitiesOff?: boolean;
}

export function Legend({ help, entitiesOff }: LegendProps) {
  const row = (name: string, label: string) => (
    <li key={name}>
      <span class="lg-mark" style={inlineStyle(name)}>
        {label}
      </span>
      {help?.[name] ? <span class="lg-help">{help[name]}</span> : null}
    </li>
  );
  return (
    <div class={help ? 'legend detailed' : 'legend'}>
      <p class="lg-head">Tinted: a claim resting on an unnamed or unverified source</p>
      <ul>{CLAIM_KINDS.map((k) => row(claimHighlight(k), CLAIM_KIND_LABELS[k].label))}</ul>
      <p class="lg-head">Underlined: a named entity{entitiesOff ? ' (off unless you turn it on)' : ''}</p>
      <ul>{ENTITY_TYPES.map((t) => row(entityHighlight(t), ENTITY_TYPE_LABELS[t]))}</ul>
      <p class="lg-head">Yours</p>
      <ul>
        {row(NOTE_HIGHLIGHT, 'Your note')}
        {/* The detailed key only: the compact one in the popup shows what a page can carry. */}
        {help ? row(FOCUS_HIGHLIGHT, 'Claim you opened') : null}
      </ul>
    </div>
  );
}
