/** A sentence (or a headline) placed in the joined article text. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the block (see BlockSpan in model/article.ts) the sentence belongs to. */
  block: number;
}
