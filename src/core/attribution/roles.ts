/** The attribution tagger's tag set: BIO over source, cue and content spans (PolNeAR's roles). */
import { bioTags } from '../tagger/tags.ts';

export const ROLE_TYPES = ['SRC', 'CUE', 'CNT'] as const;
export type RoleType = (typeof ROLE_TYPES)[number];
export const ATTRIBUTION_TAGS = bioTags(ROLE_TYPES);
