/** The one place that imports the WebExtension API: promise-based `browser.*` in Chrome and Firefox. */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
