/** A short message at the bottom of the page, with an optional action (Undo). */
import { useEffect } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  action?: { label: string; run(): void };
}

export function Toast({ message, onDone, ms = 6000 }: { message: ToastMessage | null; onDone(): void; ms?: number }) {
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDone, ms);
    return () => clearTimeout(timer);
  }, [message]);
  if (!message) return null;
  return (
    <div class="toast" role="status">
      <span>{message.text}</span>
      {message.action ? (
        <button
          type="button"
          onClick={() => {
            message.action?.run();
            onDone();
          }}
        >
          {message.action.label}
        </button>
      ) : null}
    </div>
  );
}
