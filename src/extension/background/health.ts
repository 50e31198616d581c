/**
 * At every start of the background: ask for persistent storage, and check the eviction canary so a
 * reader whose notes the browser cleared is told instead of silently finding them gone.
 */
import browser from '../shared/browser.ts';
import { HEALTH_KEY, parseHealth, type StoreHealth } from '../shared/health.ts';
import { requestPersistence } from '../../db/persistence.ts';
import { store } from './store.ts';

export async function checkStoreHealth(): Promise<StoreHealth> {
  const stored = await browser.storage.local.get(HEALTH_KEY);
  const health = parseHealth(stored[HEALTH_KEY]);
  const [status, persistence] = await Promise.all([
    (await store()).checkEviction(health.hadData),
    requestPersistence(),
  ]);
  const next: StoreHealth = {
    ...health,
    hadData: true,
    persistence,
    ...(status === 'evicted' ? { evictedAt: new Date().toISOString() } : {}),
  };
  await browser.storage.local.set({ [HEALTH_KEY]: next });
  return next;
}
