/**
 * The card shown for a highlight (hover, focus or click): what was found and why, with actions.
 * Page text reaches it only as text nodes (JSX children), never as HTML.
 */
import type { Claim, Entity } from '../../core/model/analysis.ts';
import { CLAIM_KIND_LABELS, ENTITY_TYPE_LABELS } from '../../core/model/labels.ts';
import { confidenceLevel, detectorDetail, sourceWords, type CardWords } from '../../core/model/explain.ts';
import { useFit, type Box } from './place.ts';

export type CardTarget =
  /** `entities`: the entities named inside the claim, each once. */
  | { type: 'claim'; claim: Claim; index: number; total: number; entities?: Entity[] }
  | { type: 'entity'; entity: Entity; mentions: number };

export interface CardProps {
  target: CardTarget;
  /** Where to draw, in viewport pixels: the anchor's rectangle. */
  anchor: Box;
  sourcingPolicy?: string;
  /** Why each kind is flagged and what confidence means, in plain words. */
  words: CardWords;
  /** Opens the key to the marks (the first-run page's, in a new tab: the page does not carry it). */
  onKey(): void;
  onClose(): void;
  onAnnotate?(): void;
  onMove?(step: 1 | -1): void;
  onDismiss?(reason: 'not-anonymous' | 'not-a-claim'): void;
}

const CARD_WIDTH = 340;
/** Names listed on a claim's card; more are counted. */
const NAMES_SHOWN = 4;

/** The header's "Key" button and close button, shared by claim and entity cards. */
function HeaderEnd(props: { onKey(): void; onClose(): void }) {
  return (
    <>
      <button class="key" type="button" title="What the marks mean (opens in a new tab)" onClick={props.onKey}>
        Key ↗
      </button>
      <button class="close" type="button" aria-label="Close" onClick={props.onClose}>
        ×
      </button>
    </>
  );
}

export function Card(props: CardProps) {
  const { target } = props;
  const { ref, style } = useFit<HTMLElement>(props.anchor, CARD_WIDTH);
  const end = <HeaderEnd onKey={props.onKey} onClose={props.onClose} />;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    } else if (
      event.altKey &&
      event.shiftKey &&
      (event.key === 'ArrowDown' || event.key === 'ArrowUp') &&
      props.onMove
    ) {
      // The page-wide shortcut, here too: focus sits in the card after a move.
      event.preventDefault();
      props.onMove(event.key === 'ArrowDown' ? 1 : -1);
    }
  };
  if (target.type === 'claim') {
    const { claim } = target;
    const kind = CLAIM_KIND_LABELS[claim.kind];
    const detail = detectorDetail(claim);
    const named = target.entities ?? [];
    return (
      <section
        ref={ref}
        class={`card claim kind-${claim.kind}`}
        style={style}
        role="dialog"
        aria-label={`Anonymous-source claim: ${kind.label}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header>
          <span class="swatch" aria-hidden="true" />
          <strong>{kind.label}</strong>
          <span class="count">
            {target.index + 1} of {target.total}
          </span>
          {end}
        </header>
        <dl>
          <dt>Source</dt>
          <dd>{sourceWords(claim)}</dd>
          <dt>Why flagged</dt>
          <dd>
            {props.words.why[claim.kind]}
            {detail ? <span class="detail">Detector: {detail}</span> : null}
          </dd>
          <dt>Cue</dt>
          <dd>
            <q>{claim.cue.text}</q>
          </dd>
          {named.length ? (
            <>
              <dt>Names</dt>
              <dd>
                {named
                  .slice(0, NAMES_SHOWN)
                  .map((e) => `${e.canonical} (${ENTITY_TYPE_LABELS[e.type].toLowerCase()})`)
                  .join(', ')}
                {named.length > NAMES_SHOWN ? ` and ${named.length - NAMES_SHOWN} more` : ''}
              </dd>
            </>
          ) : null}
          <dt>Confidence</dt>
          <dd>
            {props.words.confidence[confidenceLevel(claim.confidence)]}
            <span class="detail">{props.words.note}</span>
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
            <button
              type="button"
              class="quiet"
              title="The source is named after all: remove this flag (you can undo)"
              onClick={() => props.onDismiss?.('not-anonymous')}
            >
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
    <section
      ref={ref}
      class={`card entity type-${entity.type}`}
      style={style}
      role="dialog"
      aria-label={`${ENTITY_TYPE_LABELS[entity.type]}: ${entity.canonical}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header>
        <span class="swatch" aria-hidden="true" />
        <strong>{entity.canonical}</strong>
        {end}
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
