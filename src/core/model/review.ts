/**
 * An article read together with the reader's annotations: the shape the background sends back to
 * the content script (see ../review.ts for how it is made).
 */
import * as z from 'zod/mini';
import { Analysis } from './analysis.ts';
import { Annotation } from '../annotations/schema.ts';
import { MdBlock } from '../text/markdown-tree.ts';

export const Placement = z.object({
  start: z.int(),
  end: z.int(),
  method: z.enum(['position', 'quote', 'fuzzy']),
  score: z.number(),
});
export type Placement = z.infer<typeof Placement>;

export const PlacedAnnotation = z.object({
  annotation: Annotation,
  /** Where it is in the article text now; null for an orphan. */
  anchor: z.nullable(Placement),
  /**
   * A Markdown note, parsed: the in-page card renders it without carrying the parser (the content
   * script has a size budget). Absent for plain-text and empty notes.
   */
  note: z.optional(z.array(MdBlock)),
});
export type PlacedAnnotation = z.infer<typeof PlacedAnnotation>;

export const Review = z.object({ analysis: Analysis, annotations: z.array(PlacedAnnotation) });
export type Review = z.infer<typeof Review>;
