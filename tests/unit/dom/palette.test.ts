import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, ENTITY_TYPES } from '../../../src/core/model/analysis.ts';
import { highlightStylesheet, inlineStyle } from '../../../src/dom/paint/palette.ts';
import { NOTE_HIGHLIGHT, claimHighlight, entityHighlight } from '../../../src/dom/paint/names.ts';

describe('highlight styles', () => {
  const css = highlightStylesheet();

  it('styles every documented highlight name', () => {
    const names = [...CLAIM_KINDS.map(claimHighlight), ...ENTITY_TYPES.map(entityHighlight), NOTE_HIGHLIGHT];
    for (const name of names) expect(css).toContain(`::highlight(${name})`);
  });

  it('gives claims a background and entities an underline, so the two never look alike', () => {
    for (const kind of CLAIM_KINDS) expect(inlineStyle(claimHighlight(kind))).toMatch(/background-color/);
    for (const type of ENTITY_TYPES) {
      const style = inlineStyle(entityHighlight(type));
      expect(style).toMatch(/text-decoration-line: underline/);
      expect(style).not.toMatch(/background-color/);
    }
  });

  it('uses a different line style for each entity type (not colour alone)', () => {
    const styles = ENTITY_TYPES.map((t) => inlineStyle(entityHighlight(t)).match(/text-decoration-style: (\w+)/)?.[1]);
    expect(new Set(styles).size).toBe(ENTITY_TYPES.length);
  });

  it('makes fallback styles important so the page cannot restyle them', () => {
    expect(inlineStyle(claimHighlight('reportedly'))).toMatch(/!important/);
  });
});
