/** The page's anonymous-source claims; choosing one scrolls the page to it and opens its card. */
import { useState } from 'preact/hooks';
import type { PageReport } from '../shared/messages.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { kindColor } from '../ui/swatches.ts';

/** Claims shown before "Show all": the popup scrolls as one, so a long list must not push the rest away. */
const FIRST = 4;

export function ClaimList({ claims, onFocus }: { claims: PageReport['claims']; onFocus(index: number): void }) {
  const [all, setAll] = useState(false);
  const shown = all ? claims : claims.slice(0, FIRST);
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims ({claims.length})</h2>
      {claims.length ? (
        <>
          <p class="muted small">Choose one to see it on the page.</p>
          <ol class="plain claims">
            {shown.map((claim) => (
              <li key={claim.index}>
                <button type="button" class="claim" onClick={() => onFocus(claim.index)} title={claim.reason}>
                  <span class="swatch" style={`background:${kindColor(claim.kind)}`} aria-hidden="true" />
                  <span class="claim-text">
                    <span class="kind">{CLAIM_KIND_LABELS[claim.kind].label}</span> {claim.text}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {claims.length > FIRST ? (
            <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${claims.length} claims`}
            </button>
          ) : null}
        </>
      ) : (
        <p class="empty">No claim rests on an anonymous source here.</p>
      )}
    </section>
  );
}
