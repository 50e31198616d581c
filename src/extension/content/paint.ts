/** Turns the page's claims, entities and the focused claim into painted highlight groups. */
import { CLAIM_KINDS, ENTITY_TYPES } from '../../core/model/analysis.ts';
import { FOCUS_HIGHLIGHT, NOTE_HIGHLIGHT, PRIORITY, claimHighlight, entityHighlight } from '../../dom/paint/names.ts';
import type { PaintGroup } from '../../dom/paint/painter.ts';
import { forEachChunked } from '../../dom/schedule.ts';
import type { PageContext } from './context.ts';
import { entityUnderlined } from '../shared/settings.ts';

export async function paintPage(ctx: PageContext, signal: AbortSignal): Promise<void> {
  const page = ctx.page;
  if (!page) {
    ctx.painter.clear();
    return;
  }
  const { map } = page.extraction;
  // The wrap fallback splits text nodes: put them back before building ranges from the text map.
  if (ctx.painter.mode === 'wrap') ctx.painter.clear();
  const groups = new Map<string, PaintGroup>();
  const group = (name: string, priority: number) => {
    let g = groups.get(name);
    if (!g) {
      g = { name, priority, ranges: [] };
      groups.set(name, g);
    }
    return g;
  };
  // Fixed order keeps the registry stable between repaints.
  for (const kind of CLAIM_KINDS) group(claimHighlight(kind), PRIORITY.claim);
  for (const type of ENTITY_TYPES) group(entityHighlight(type), PRIORITY.entity);
  group(NOTE_HIGHLIGHT, PRIORITY.note);
  // Ranges are built in chunks: a long article has thousands of entities.
  // rangesFor: a passage that crosses into a shadow tree or frame needs one range per tree.
  await forEachChunked(
    page.claims,
    (claim) => {
      group(claimHighlight(claim.kind), PRIORITY.claim).ranges.push(...map.rangesFor(claim.start, claim.end));
    },
    signal,
  );
  // Entities are quiet unless the reader asked for underlines: they are named on the claim card.
  const underlined = page.entities.filter((e) => entityUnderlined(ctx.settings, e.type));
  await forEachChunked(
    underlined,
    (entity) => {
      group(entityHighlight(entity.type), PRIORITY.entity).ranges.push(...map.rangesFor(entity.start, entity.end));
    },
    signal,
  );
  await forEachChunked(
    page.notes,
    (note) => {
      group(NOTE_HIGHLIGHT, PRIORITY.note).ranges.push(...map.rangesFor(note.start, note.end));
    },
    signal,
  );
  const focused = page.claims[ctx.focused];
  group(FOCUS_HIGHLIGHT, PRIORITY.focus).ranges.push(...(focused ? map.rangesFor(focused.start, focused.end) : []));
  // A newer state (the whole review after a first look) may have been painted meanwhile: it stays.
  if (signal.aborted || ctx.page !== page) return;
  ctx.painter.paint([...groups.values()]);
}

/** Moves the focus mark to the focused claim without rebuilding every other highlight. */
export async function paintFocus(ctx: PageContext, signal: AbortSignal): Promise<void> {
  const page = ctx.page;
  if (!page) return;
  if (ctx.painter.mode === 'wrap') return paintPage(ctx, signal);
  const focused = page.claims[ctx.focused];
  const ranges = focused ? page.extraction.map.rangesFor(focused.start, focused.end) : [];
  ctx.painter.update({ name: FOCUS_HIGHLIGHT, priority: PRIORITY.focus, ranges });
}
