/** Keyboard shortcuts and the context menu: forwarded to the content script of the tab they act on. */
import browser, { type Tabs } from '../shared/browser.ts';
import type { ToContent } from '../shared/messages.ts';

type Command = Extract<ToContent, { type: 'background→content:command' }>['command'];
const COMMANDS: readonly Command[] = ['toggle-highlights', 'annotate-selection'];
const MENU_ANNOTATE = 'sourcelight-annotate';

async function forward(tab: Tabs.Tab | undefined, command: Command): Promise<void> {
  if (typeof tab?.id !== 'number') return;
  const message: ToContent = { type: 'background→content:command', command };
  // A tab without our content script (a browser page, a store page) has nobody to answer: that is
  // the shortcut pressed where Sourcelight does not run, not a failure, so nothing is logged.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (name: string, tab?: Tabs.Tab) => {
    const command = COMMANDS.find((c) => c === name);
    if (!command) return;
    const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    await forward(target, command);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ANNOTATE, title: 'Annotate with Sourcelight', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_ANNOTATE) await forward(tab, 'annotate-selection');
  });
}
