import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor } from '../../../scripts/lib/manifest.ts';

const source = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('per-browser manifests', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const m = manifestFor('chrome', source, '1.2.3');
    expect(m.version).toBe('1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts, a Gecko id, a minimum version and data-collection permissions', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the JSON shape is what is under test
    const m = manifestFor('firefox', source, '1.2.3') as Record<string, any>;
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('asks only for the permissions the README explains', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const permission of source.permissions as string[]) expect(readme).toContain(`\`${permission}\``);
    expect(source.host_permissions ?? []).toEqual([]);
  });
});
