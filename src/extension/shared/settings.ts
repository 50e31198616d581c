/**
 * Reader settings, kept in `storage.local` and read by every part of the extension. The schema fills
 * in defaults, so a missing or older settings record still parses.
 */
import * as z from 'zod/mini';
import { CLAIM_KINDS, ENTITY_TYPES, type ClaimKind, type EntityType } from '../../core/model/analysis.ts';

const flags = <K extends string>(keys: readonly K[]) =>
  z._default(z.partialRecord(z.enum(keys as unknown as [K, ...K[]]), z.boolean()), {});

export const Settings = z.object({
  /** Highlights on or off everywhere. */
  enabled: z._default(z.boolean(), true),
  /** Claim kinds turned off by the reader (absent = shown). */
  hiddenKinds: flags(CLAIM_KINDS),
  /** Entity types turned off by the reader (absent = shown). */
  hiddenEntityTypes: flags(ENTITY_TYPES),
  /**
   * Whether named entities are underlined in the page. Off by default: on a real article nearly every
   * proper noun is one, and the underlines drown the claims. The claim card and the popup still name them.
   */
  showEntities: z._default(z.boolean(), false),
  /** Hostnames where the reader turned highlights off. */
  disabledSites: z._default(z.array(z.string()), []),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const parsed = Settings.safeParse(value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export function kindShown(settings: Settings, kind: ClaimKind): boolean {
  return settings.hiddenKinds[kind] !== true;
}

/** Whether entities of this type are named at all (claim card, hover); the reader can turn a type off. */
export function entityTypeShown(settings: Settings, type: EntityType): boolean {
  return settings.hiddenEntityTypes[type] !== true;
}

/** Whether entities of this type are underlined in the page (an option, off by default). */
export function entityUnderlined(settings: Settings, type: EntityType): boolean {
  return settings.showEntities && entityTypeShown(settings, type);
}

export function siteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
