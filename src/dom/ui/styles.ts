/** Styles of the in-page UI: the stylesheets (minified at build time) plus the claim-kind swatches. */
import { CLAIM_KINDS } from '../../core/model/analysis.ts';
import { CLAIM_COLORS } from '../paint/palette.ts';
import markdown from './markdown.css?inline';
import sheet from './ui.css?inline';

const swatches = CLAIM_KINDS.map((k) => `.kind-${k} .swatch{background:rgb(${CLAIM_COLORS[k]})}`).join('');

export const UI_CSS = sheet + markdown + swatches;
