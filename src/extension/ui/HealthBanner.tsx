/** Warns when the browser cleared the reader's notes (the eviction canary was gone). */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { HEALTH_KEY, parseHealth, type StoreHealth } from '../shared/health.ts';
import { record } from '../shared/log.ts';

export function HealthBanner() {
  const [health, setHealth] = useState<StoreHealth | null>(null);
  useEffect(() => {
    browser.storage.local
      .get(HEALTH_KEY)
      .then((s) => setHealth(parseHealth(s[HEALTH_KEY])))
      .catch((error: unknown) => record('pages:read-health', error));
  }, []);
  if (!health?.evictedAt) return null;
  const dismiss = async () => {
    const { evictedAt: _gone, ...rest } = health;
    setHealth(rest);
    // If it cannot be kept, the warning comes back next time; logged.
    await browser.storage.local
      .set({ [HEALTH_KEY]: rest })
      .catch((error: unknown) => record('pages:write-health', error));
  };
  return (
    <div class="banner warning" role="alert">
      <strong>Your browser cleared Sourcelight's notes</strong> (noticed {new Date(health.evictedAt).toLocaleString()}).
      Notes saved before then are gone unless you have an export or backup; import it from the library.{' '}
      <button type="button" onClick={dismiss}>
        Understood
      </button>
    </div>
  );
}
