/** Words a reader sees for each claim kind and entity type (card, popup, library, exports). */
import type { ClaimKind, EntityType } from './analysis.ts';

export const CLAIM_KIND_LABELS: Record<ClaimKind, { label: string; help: string }> = {
  'condition-of-anonymity': { label: 'Anonymity granted', help: 'The source spoke on condition of anonymity.' },
  'familiar-with': { label: 'People familiar', help: 'Unnamed people said to know about the matter.' },
  'unattributed-document': { label: 'Unseen document', help: 'A document the reader cannot see or check.' },
  'unnamed-official': { label: 'Unnamed official', help: 'Officials speak, but no one is named.' },
  'unnamed-source': { label: 'Unnamed source', help: 'Sources, experts or others with no name.' },
  allegedly: { label: 'Allegation', help: 'Hedged as alleged or suspected, not established.' },
  reportedly: { label: 'Unverified report', help: 'Hedged as reported or believed, not confirmed.' },
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  outlet: 'News outlet',
};
