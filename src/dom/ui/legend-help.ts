/** A line of explanation for each row of the key to the marks, for the detailed legend (first-run page). */
import { CLAIM_KINDS, ENTITY_TYPES } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { FOCUS_HIGHLIGHT, NOTE_HIGHLIGHT, claimHighlight, entityHighlight } from '../paint/names.ts';

const ENTITY_HELP = {
  person: 'Someone named in the story.',
  organization: 'A company, agency, party or other group.',
  place: 'A country, city or region.',
  outlet: 'A news organisation cited as a source.',
} as const;

export function legendHelp(): Record<string, string> {
  const help: Record<string, string> = {};
  for (const kind of CLAIM_KINDS) help[claimHighlight(kind)] = CLAIM_KIND_LABELS[kind].help;
  for (const type of ENTITY_TYPES) help[entityHighlight(type)] = ENTITY_HELP[type];
  help[NOTE_HIGHLIGHT] = 'A passage you annotated; click it to read or edit the note.';
  help[FOCUS_HIGHLIGHT] = 'The claim whose card is open, in your system’s selection colour.';
  return help;
}
