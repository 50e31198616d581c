/**
 * Background (service worker in Chrome, event page in Firefox): runs the engine for content scripts,
 * keeps the badge, owns the annotation store. Listeners are registered synchronously at start-up so a
 * woken worker never misses the event that woke it.
 */
import { registerRouter } from './router.ts';
import { registerCommands } from './commands.ts';
import { checkStoreHealth } from './health.ts';
import { forgetClosedTabs } from './readings.ts';
import { registerWelcome } from './welcome.ts';
import { record, writeLogHere } from '../shared/log.ts';

writeLogHere('background');
registerRouter();
registerCommands();
forgetClosedTabs();
registerWelcome();
// A failed check must not stop the background; it is logged, and the next start checks again.
void checkStoreHealth().catch((error: unknown) => record('background:health', error));
