/**
 * The card shown for a highlight (hover, focus or click): what was found and why, with actions.
 * Page text reaches it only as text nodes (JSX children), never as HTML.
 */
import type { Claim, Entity } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS, ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';

export type CardTarget =
  | { type: 'claim'; claim: Claim; index: number; total: number }
  | { type: 'entity'; entity: Entity; mentions: number };

export interface CardProps {
  target: CardTarget;
  /** Where to draw, in viewport pixels: the anchor's rectangle. */
  anchor: { left: number; top: number; bottom: number };
  sourcingPolicy?: string;
  onClose(): void;
  onAnnotate?(): void;
  onMove?(step: 1 | -1): void;
  onDismiss?(reason: 'not-anonymous' | 'not-a-claim'): void;
}

const CARD_WIDTH = 320;

function place(anchor: CardProps['anchor']): { left: number; top?: number; bottom?: number } {
  const vw = globalThis.innerWidth || 1024;
  const vh = globalThis.innerHeight || 768;
  const left = Math.max(8, Math.min(anchor.left, vw - CARD_WIDTH - 8));
  // Below the highlight when there is room, else above it.
  return anchor.bottom + 200 < vh ? { left, top: anchor.bottom + 6 } : { left, bottom: vh - anchor.top + 6 };
}

export function Card(props: CardProps) {
  const { target } = props;
  const position = place(props.anchor);
  const style = Object.entries(position)
    .map(([k, v]) => `${k}:${v}px`)
    .join(';');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    } else if (event.altKey && event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && props.onMove) {
      // The page-wide shortcut, here too: focus sits in the card after a move.
      event.preventDefault();
      props.onMove(event.key === 'ArrowDown' ? 1 : -1);
    }
  };
  if (target.type === 'claim') {
    const { claim } = target;
    const kind = CLAIM_KIND_LABELS[claim.kind];
    return (
      <section class={`card claim kind-${claim.kind}`} style={style} role="dialog" aria-label={`Anonymous-source claim: ${kind.label}`} tabIndex={-1} onKeyDown={onKeyDown}>
        <header>
          <span class="swatch" aria-hidden="true" />
          <strong>{kind.label}</strong>
          <span class="count">
            {target.index + 1} of {target.total}
          </span>
          <button class="close" type="button" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        </header>
        <p class="help">{kind.help}</p>
        <dl>
          <dt>Cue</dt>
          <dd>
            <q>{claim.cue.text}</q>
          </dd>
          <dt>Why</dt>
          <dd>{claim.reason}</dd>
          {claim.source ? (
            <>
              <dt>Rests on</dt>
              <dd>{claim.source}</dd>
            </>
          ) : null}
          <dt>Confidence</dt>
          <dd>
            <meter min={0} max={1} value={claim.confidence} aria-label="Confidence" /> {Math.round(claim.confidence * 100)}%
          </dd>
        </dl>
        {props.sourcingPolicy ? (
          <p class="policy">
            <a href={props.sourcingPolicy} target="_blank" rel="noopener noreferrer">
              This outlet's policy on unnamed sources
            </a>
          </p>
        ) : null}
        <footer>
          {props.onMove ? (
            <>
              <button type="button" onClick={() => props.onMove?.(-1)} aria-label="Previous claim">
                ‹
              </button>
              <button type="button" onClick={() => props.onMove?.(1)} aria-label="Next claim">
                ›
              </button>
            </>
          ) : null}
          <span class="spacer" />
          {props.onDismiss ? (
            <button type="button" class="quiet" onClick={() => props.onDismiss?.('not-anonymous')}>
              Not anonymous
            </button>
          ) : null}
          {props.onAnnotate ? (
            <button type="button" class="primary" onClick={props.onAnnotate}>
              Annotate
            </button>
          ) : null}
        </footer>
      </section>
    );
  }
  const { entity, mentions } = target;
  return (
    <section class={`card entity type-${entity.type}`} style={style} role="dialog" aria-label={`${ENTITY_TYPE_LABELS[entity.type]}: ${entity.canonical}`} tabIndex={-1} onKeyDown={onKeyDown}>
      <header>
        <span class="swatch" aria-hidden="true" />
        <strong>{entity.canonical}</strong>
        <button class="close" type="button" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      <dl>
        <dt>Type</dt>
        <dd>{ENTITY_TYPE_LABELS[entity.type]}</dd>
        {entity.role ? (
          <>
            <dt>Role</dt>
            <dd>{entity.role}</dd>
          </>
        ) : null}
        <dt>Mentions</dt>
        <dd>
          {mentions} in this article{entity.text !== entity.canonical ? ` (here as “${entity.text}”)` : ''}
        </dd>
      </dl>
      {props.onAnnotate ? (
        <footer>
          <span class="spacer" />
          <button type="button" class="primary" onClick={props.onAnnotate}>
            Annotate
          </button>
        </footer>
      ) : null}
    </section>
  );
}
