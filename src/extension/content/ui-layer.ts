/**
 * The content script's view layer: creates the shadow-root host the first time something is shown
 * and renders Preact components into it.
 */
import { render, type ComponentChild } from 'preact';
import { createUiHost, type UiHost } from '../../dom/ui/host.ts';
import { UI_CSS } from '../../dom/ui/styles.ts';

export interface UiLayer {
  show(view: ComponentChild): void;
  hide(): void;
  /** Whether an event target is inside our UI (events from a closed shadow root retarget to the host). */
  contains(target: EventTarget | null): boolean;
  /** Focuses the first focusable dialog in the UI, for keyboard and screen-reader users. */
  focus(): void;
  visible(): boolean;
}

export function createUiLayer(doc: Document): UiLayer {
  let host: UiHost | null = null;
  let shown = false;
  const ensure = () => {
    if (!host?.host.isConnected) host = createUiHost(doc, UI_CSS);
    return host;
  };
  return {
    show(view) {
      render(view, ensure().root);
      shown = true;
    },
    hide() {
      if (host) render(null, host.root);
      shown = false;
    },
    contains: (target) => Boolean(host && target === host.host),
    focus() {
      const dialog = host?.root.querySelector<HTMLElement>('[role="dialog"]');
      dialog?.focus();
    },
    visible: () => shown,
  };
}
