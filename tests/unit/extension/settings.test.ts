import { describe, expect, it } from 'vitest';
import {
  entityTypeShown,
  entityUnderlined,
  kindShown,
  parseSettings,
  siteEnabled,
} from '../../../src/extension/shared/settings.ts';

describe('settings', () => {
  it('defaults to everything shown when nothing is stored', () => {
    const s = parseSettings(undefined);
    expect(s.enabled).toBe(true);
    expect(kindShown(s, 'reportedly')).toBe(true);
    expect(entityTypeShown(s, 'person')).toBe(true);
    expect(siteEnabled(s, 'example.com')).toBe(true);
  });

  it('keeps entities quiet by default: named on the card, not underlined in the page', () => {
    const s = parseSettings(undefined);
    expect(entityUnderlined(s, 'person')).toBe(false);
    const on = parseSettings({ showEntities: true, hiddenEntityTypes: { place: true } });
    expect(entityUnderlined(on, 'person')).toBe(true);
    expect(entityUnderlined(on, 'place')).toBe(false);
  });

  it('keeps what the reader turned off', () => {
    const s = parseSettings({
      hiddenKinds: { allegedly: true },
      hiddenEntityTypes: { place: true },
      disabledSites: ['news.example'],
    });
    expect(kindShown(s, 'allegedly')).toBe(false);
    expect(kindShown(s, 'reportedly')).toBe(true);
    expect(entityTypeShown(s, 'place')).toBe(false);
    expect(siteEnabled(s, 'news.example')).toBe(false);
    expect(siteEnabled(s, 'other.example')).toBe(true);
  });

  it('underlines no entity type when underlines are off, and marks no site when disabled globally', () => {
    const s = parseSettings({ showEntities: false, enabled: false });
    expect(entityUnderlined(s, 'person')).toBe(false);
    expect(siteEnabled(s, 'example.com')).toBe(false);
  });

  it('falls back to defaults on a corrupt record instead of failing', () => {
    expect(parseSettings({ enabled: 'yes', disabledSites: 7 })).toEqual(parseSettings(undefined));
  });
});
