/** The page's anonymous-source claims; choosing one scrolls the page to it and opens its card. */
import type { PageReport } from '../shared/messages.ts';
import { CLAIM_KIND_LABELS } from '../../core/model/labels.ts';
import { kindColor } from '../ui/swatches.ts';

export function ClaimList({ claims, onFocus }: { claims: PageReport['claims']; onFocus(index: number): void }) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims ({claims.length})</h2>
      {claims.length ? (
        <ol class="plain claims">
          {claims.map((claim) => (
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
      ) : (
        <p class="empty">No claim rests on an anonymous source here.</p>
      )}
    </section>
  );
}
