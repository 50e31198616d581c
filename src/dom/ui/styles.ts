/** Styles of the in-page UI (card, editor, selection button), scoped by the closed shadow root. */
import { CLAIM_KINDS } from '../../core/model/analysis.ts';
import { CLAIM_COLORS } from '../paint/palette.ts';

const swatches = CLAIM_KINDS.map((k) => `.kind-${k} .swatch { background: rgb(${CLAIM_COLORS[k]}); }`).join('\n');

export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .editor, .annotate-button, .toast {
  --bg: #ffffff; --fg: #1b2233; --muted: #5b6478; --line: #d7dce6; --accent: #1f2a44; --accent-fg: #ffffff;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .card, .editor, .annotate-button, .toast {
    --bg: #1e2433; --fg: #e8ecf4; --muted: #a6afc2; --line: #3a4357; --accent: #ffd166; --accent-fg: #1f2a44;
  }
}
.card, .editor {
  position: fixed; width: 320px; max-width: calc(100vw - 16px);
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); padding: 10px 12px; outline: none;
}
.card:focus-visible, .editor:focus-visible { box-shadow: 0 0 0 3px #3b8fd9, 0 8px 28px rgba(0,0,0,.22); }
header { display: flex; align-items: center; gap: 8px; }
header strong { font-size: 14px; flex: 1; overflow-wrap: anywhere; }
.count { color: var(--muted); font-size: 12px; }
.swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; background: var(--muted); }
.entity .swatch { height: 3px; border-radius: 0; }
${swatches}
.help { margin: 4px 0 6px; color: var(--muted); }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
meter { width: 80px; vertical-align: middle; }
.policy { margin: 6px 0 0; }
a { color: inherit; }
footer { display: flex; gap: 6px; align-items: center; margin-top: 8px; }
.spacer { flex: 1; }
button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 9px; cursor: pointer;
}
button:hover { border-color: var(--muted); }
button:focus-visible { outline: 2px solid #3b8fd9; outline-offset: 1px; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button.quiet { border-color: transparent; color: var(--muted); }
button.close { border: none; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--muted); }
.annotate-button {
  position: fixed; background: var(--accent); color: var(--accent-fg); border: none; border-radius: 6px;
  padding: 4px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.25); cursor: pointer;
}
label { display: block; margin: 8px 0 3px; color: var(--muted); font-size: 12px; }
textarea, input, select {
  width: 100%; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; padding: 5px 7px;
}
textarea { min-height: 72px; resize: vertical; }
textarea:focus, input:focus, select:focus { outline: 2px solid #3b8fd9; outline-offset: 0; border-color: transparent; }
.quote { margin: 6px 0; padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted); max-height: 4.5em; overflow: hidden; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.tag { background: var(--line); border-radius: 10px; padding: 0 8px; font-size: 12px; }
.error { color: #c0392b; margin: 6px 0 0; }
.status { color: var(--muted); font-size: 12px; }
.note-swatch { background: #e0457b; }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; max-height: 12em; overflow: auto; }
.toast { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); display: flex; gap: 10px; align-items: center;
  background: var(--accent); color: var(--accent-fg); border-radius: 8px; padding: 6px 12px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.toast button { color: inherit; border-color: currentColor; }
`;
