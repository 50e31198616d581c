import { describe, expect, it } from 'vitest';
import { entityTypeShown, kindShown, parseSettings, siteEnabled } from '../../../src/extension/shared/settings.ts';

describe('settings', () => {
  it('defaults to everything shown when nothing is stored', () => {
    const s = parseSettings(undefined);
    expect(s.enabled).toBe(true);
    expect(kindShown(s, 'reportedly')).toBe(true);
    expect(entityTypeShown(s, 'person')).toBe(true);
    expect(siteEnabled(s, 'example.com')).toBe(true);
  });

  it('keeps what the reader turned off', () => {
    const s = parseSettings({ hiddenKinds: { allegedly: true }, hiddenEntityTypes: { place: true }, disabledSites: ['news.example'] });
    expect(kindShown(s, 'allegedly')).toBe(false);
    expect(kindShown(s, 'reportedly')).toBe(true);
    expect(entityTypeShown(s, 'place')).toBe(false);
    expect(siteEnabled(s, 'news.example')).toBe(false);
    expect(siteEnabled(s, 'other.example')).toBe(true);
  });

  it('hides all entity types when entities are off, and every site when disabled globally', () => {
    const s = parseSettings({ showEntities: false, enabled: false });
    expect(entityTypeShown(s, 'person')).toBe(false);
    expect(siteEnabled(s, 'example.com')).toBe(false);
  });

  it('falls back to defaults on a corrupt record instead of failing', () => {
    expect(parseSettings({ enabled: 'yes', disabledSites: 7 })).toEqual(parseSettings(undefined));
  });
});
