/**
 * The in-page UI lives in a closed shadow root on a host element outside <body>, so the page's
 * styles and scripts cannot reach into it and the article's text content never changes.
 * Styles go through the CSSOM (adoptedStyleSheets, style.setProperty), which a page's strict
 * Content-Security-Policy does not block, unlike `<style>` elements and style attributes.
 */
export const HOST_TAG = 'sourcelight-ui';

export interface UiHost {
  root: ShadowRoot;
  host: HTMLElement;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
};

function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Older engines or cross-compartment trouble: fall back to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

export function createUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement(HOST_TAG);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, root, css);
  (doc.documentElement ?? doc.body).appendChild(host);
  return { root, host, remove: () => host.remove() };
}
