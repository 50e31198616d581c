/**
 * The first-run page, opened once when Sourcelight is installed: what the marks mean (drawn with the
 * real mark styles), how to annotate, where the library is, and that nothing leaves the machine.
 */
import browser from '../shared/browser.ts';
import { Legend } from '../../dom/ui/Legend.tsx';
import { legendHelp } from '../../dom/ui/legend-help.ts';
import { inlineStyle } from '../../dom/paint/palette.ts';
import { NOTE_HIGHLIGHT, claimHighlight } from '../../dom/paint/names.ts';
import { CLAIM_KIND_WHY } from '../../core/model/explain.ts';

function Mark(props: { name: string; children: string }) {
  return <span style={inlineStyle(props.name)}>{props.children}</span>;
}

export function Welcome() {
  const openLibrary = () => void browser.runtime.openOptionsPage();
  return (
    <div class="welcome">
      <header>
        <img src="icons/48.png" alt="" width={40} height={40} />
        <div>
          <h1>Welcome to Sourcelight</h1>
          <p class="lede">See how a news story is sourced, and keep your own notes on it.</p>
        </div>
      </header>

      <section aria-labelledby="marks">
        <h2 id="marks">What the marks mean</h2>
        <p>
          On a news article, Sourcelight tints every passage that rests on a source you cannot check: someone unnamed, a
          document nobody shows, or a claim the story only hedges. For example:
        </p>
        <blockquote class="sample">
          The plan was approved last week,{' '}
          <Mark name={claimHighlight('unnamed-official')}>two senior administration officials said</Mark>. The company{' '}
          <Mark name={claimHighlight('allegedly')}>allegedly hid the losses</Mark> for a year, and the minister{' '}
          <Mark name={claimHighlight('reportedly')}>reportedly plans to resign</Mark>.{' '}
          <Mark name={NOTE_HIGHLIGHT}>Your notes</Mark> get their own mark.
        </blockquote>
        <p class="muted small">
          Why the first one counts: {CLAIM_KIND_WHY['unnamed-official']} Click any tinted passage for its card: who the
          source is, why it was flagged, and how sure the detector is of the wording (not of whether the claim is true).
          The card's <em>Key</em> button brings you back to this key.
        </p>
        <div class="key">
          <Legend help={legendHelp()} entitiesOff />
        </div>
        <p class="muted small">
          Named people, organisations, places and outlets are quiet by default, so the claims stand out: the claim's
          card names them, and the popup lists them. To underline them in the page, turn on <em>Named entities</em> in
          the popup.
        </p>
      </section>

      <section aria-labelledby="annotate">
        <h2 id="annotate">How to annotate</h2>
        <ol class="steps">
          <li>
            <strong>Select</strong> a passage in an article; an <span class="pill">Annotate</span> button appears beside
            it. (Or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>A</kbd>, or right-click and choose{' '}
            <em>Annotate with Sourcelight</em>.)
          </li>
          <li>
            <strong>Write</strong> a note (Markdown works: <code>**bold**</code>, <code>_italic_</code>, links, lists),
            pick a verdict such as <em>needs source</em>, add tags. <kbd>Enter</kbd> saves.
          </li>
          <li>
            <strong>Correct</strong> the detector: <em>Not anonymous</em> on a claim's card removes a wrong flag (with
            undo); in the editor you can mark a claim it missed.
          </li>
        </ol>
      </section>

      <section aria-labelledby="library">
        <h2 id="library">Where your notes are</h2>
        <p>
          The Sourcelight button in the toolbar shows the page you are on: its sourcing, its claims and your notes, with
          the key to the marks at the top. The <strong>library</strong> holds every note from every page, to search,
          filter and export as Markdown, CSV or W3C Web Annotations.
        </p>
        <p>
          <button type="button" class="primary" onClick={openLibrary}>
            Open the library
          </button>
        </p>
      </section>

      <section aria-labelledby="private">
        <h2 id="private">Nothing leaves your machine</h2>
        <p>
          Sourcelight reads articles on your computer and sends nothing over the network: no account, no server, no
          tracking. Your notes stay in this browser until you export them.
        </p>
      </section>
    </div>
  );
}
