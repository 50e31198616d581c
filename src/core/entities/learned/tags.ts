/**
 * The entity tagger's tag set: BIO over CoNLL-2003's types. MISC (events, nationalities, products)
 * is learnt so that such names are not forced into another type, and dropped from the output.
 */
import { bioTags } from '../../tagger/tags.ts';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];
export const NER_TAGS = bioTags(NER_TYPES);
