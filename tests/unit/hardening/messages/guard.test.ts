/**
 * Who may talk to whom (src/extension/shared/guard.ts), with the senders a browser may report:
 * only our own content scripts pass as content scripts, only our own pages as pages, and a content
 * script only listens to our extension, never to another tab, another extension or a web page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromExtensionNotTab, fromOurContentScript, fromOurPages } from '../../../../src/extension/shared/guard.ts';
import { extensionIdentity } from '../../../../src/extension/shared/identity.ts';
import { contentScript, contentScriptInFrame, fakeRuntime, IDENTITY, senders } from './senders.ts';

type Sender = Parameters<typeof fromOurPages>[0];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sender checks', () => {
  const cases: [string, Sender, [content: boolean, pages: boolean, toContent: boolean]][] = [
    ['our content script in a news tab', contentScript('https://news.example/story'), [true, false, false]],
    [
      'our content script in a frame of another site',
      contentScriptInFrame('https://video.example/embed', 'https://news.example/story'),
      [true, false, false],
    ],
    ['our content script described without a URL', senders.contentScriptNoUrl, [true, false, false]],
    ['our popup', senders.popup, [false, true, true]],
    ['our library page open in a tab', senders.libraryInTab, [false, true, true]],
    ['our background', senders.background, [false, true, true]],
    ['our background, without a URL', senders.backgroundNoUrl, [false, false, true]],
    ['another extension', senders.otherExtension, [false, false, false]],
    ["another extension's content script in a tab", senders.otherExtensionInTab, [false, false, false]],
    ['a web page', senders.webPage, [false, false, false]],
    ['a URL that starts like ours but is another host', senders.lookalikeHost, [false, false, true]],
    ['a URL that starts like ours but is another id', senders.lookalikeId, [false, false, true]],
    ['a sender with nothing in it', {}, [false, false, false]],
  ];
  for (const [who, sender, [content, pages, toContent]] of cases) {
    it(`${who}: content script ${content}, our page ${pages}, may message a content script ${toContent}`, () => {
      expect(fromOurContentScript(sender, IDENTITY)).toBe(content);
      expect(fromOurPages(sender, IDENTITY)).toBe(pages);
      expect(fromExtensionNotTab(sender, IDENTITY)).toBe(toContent);
    });
  }

  it("reads our identity from the browser's own runtime (chrome.* or browser.*)", () => {
    vi.stubGlobal('chrome', { runtime: fakeRuntime });
    expect(extensionIdentity()).toEqual(IDENTITY);
    expect(fromOurPages(senders.popup)).toBe(true);
    expect(fromOurContentScript(contentScript('https://news.example/'))).toBe(true);
    vi.stubGlobal('browser', {
      runtime: { id: 'firefox-uuid', getURL: (p: string) => `moz-extension://firefox-uuid/${p}` },
    });
    expect(extensionIdentity()).toEqual({ id: 'firefox-uuid', base: 'moz-extension://firefox-uuid/' });
    expect(fromOurPages(senders.popup)).toBe(false);
  });

  it('refuses everyone when it cannot tell who we are (no runtime: a page script, a test)', () => {
    expect(extensionIdentity()).toEqual({ id: '', base: '' });
    const nobody = { id: '', base: '' };
    for (const sender of [
      ...Object.values(senders),
      contentScript('https://news.example/'),
      { id: '' },
      { id: '', url: '' },
    ]) {
      expect(fromOurContentScript(sender, nobody)).toBe(false);
      expect(fromOurPages(sender, nobody)).toBe(false);
      expect(fromExtensionNotTab(sender, nobody)).toBe(false);
    }
  });

  it('is not fooled by forged field types', () => {
    const forged = [
      { id: IDENTITY.id, tab: { id: '7' }, url: 'https://news.example/' },
      { id: IDENTITY.id, url: [`${IDENTITY.base}popup.html`] },
      { id: IDENTITY.id, url: { startsWith: () => true } },
      { id: [IDENTITY.id], url: `${IDENTITY.base}popup.html` },
    ] as unknown as Sender[];
    for (const sender of forged) {
      expect(fromOurContentScript(sender, IDENTITY)).toBe(false);
      expect(fromOurPages(sender, IDENTITY)).toBe(false);
    }
  });
});
