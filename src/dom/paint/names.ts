/**
 * Highlight names: a documented contract (README, "Highlight names"). User styles and tests address
 * Sourcelight's highlights by these names through `::highlight(<name>)` and `CSS.highlights`.
 */
import type { ClaimKind, EntityType } from '../../core/model/analysis.ts';

export const claimHighlight = (kind: ClaimKind) => `sourcelight-claim-${kind}` as const;
export const entityHighlight = (type: EntityType) => `sourcelight-entity-${type}` as const;
/** The reader's own annotations. */
export const NOTE_HIGHLIGHT = 'sourcelight-note';
/** The claim the reader moved to with the keyboard or opened a card for. */
export const FOCUS_HIGHLIGHT = 'sourcelight-focus';

/** Painting order: later groups are drawn over earlier ones where they overlap. */
export const PRIORITY = { entity: 1, claim: 2, note: 3, focus: 4 } as const;
