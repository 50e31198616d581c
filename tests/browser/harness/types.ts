/**
 * One small interface over Playwright (Chromium) and Puppeteer over WebDriver BiDi (Firefox), so each
 * browser test is written once and runs in both browsers.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  /** Runs `fn` in every document this page loads from now on, before the page's own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  /**
   * Navigates and waits until the document has loaded, or only until its DOM is parsed (saved news
   * pages reference hosts this offline machine cannot reach, and their load event waits for them).
   */
  goto(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; throws with `what` after the time-out. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, what: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Sets the file of an `<input type=file>`, as a reader choosing it would. */
  upload(selector: string, file: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  mouse: {
    move(x: number, y: number, steps?: number): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates the reader's light or dark colour-scheme preference; false where the driver cannot. */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  url(): string;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  /**
   * The markup inside Sourcelight's closed shadow root (read through the DevTools protocol, which
   * sees closed roots), or null where the driver cannot read it (Firefox over BiDi).
   */
  uiMarkup(): Promise<string | null>;
  /** Uncaught errors and console errors seen on this page since it opened, with where they came from. */
  errors: string[];
  close(): Promise<void>;
}

export interface BrowserSession {
  name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's own pages (popup.html, library.html…) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

/** Errors that came from Sourcelight (its scripts' URLs or its name), not from the page's own code. */
export function extensionErrors(page: TestPage): string[] {
  return page.errors.filter((e) => /(?:chrome|moz)-extension:\/\/|sourcelight/i.test(e));
}
