/** Inline colours for claim-kind swatches in our own pages, from the one highlight palette. */
import type { ClaimKind } from '../../core/model/analysis.ts';
import { CLAIM_COLORS } from '../../dom/paint/palette.ts';

export const kindColor = (kind: ClaimKind) => `rgb(${CLAIM_COLORS[kind]})`;
