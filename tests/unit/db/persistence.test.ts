import { describe, expect, it } from 'vitest';
import { requestPersistence } from '../../../src/db/persistence.ts';

describe('requestPersistence', () => {
  it('reports what the browser did', async () => {
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false })).toBe('persisted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe('granted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('denied');
    expect(
      await requestPersistence({
        persist: async () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('denied');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
