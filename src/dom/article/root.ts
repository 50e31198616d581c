/**
 * Where the article body is: the page's own markup when it says so (`itemprop="articleBody"`, an
 * `<article>`) and agrees with the text, else the densest cluster of paragraphs, widened to take in
 * the rest of the story when it is split over several containers.
 */
import { POSITIVE_NAMES } from './filters.ts';
import type { ElementScore, PageScan } from './score.ts';
import { renderedParent, tagOf } from './tree.ts';

/** Widen to the parent when it holds this much more prose (a story split over sibling columns). */
const WIDEN = 1.25;
/** Markup's claim of the article must hold at least this share of the prose the text suggests. */
const AGREE = 0.5;
/** Link share over which the densest prose looks like a list of teasers (headline links, summaries). */
const TEASERS = 0.25;

const linkShare = (s: ElementScore | undefined) => (s && s.text ? s.link / s.text : 0);

export interface RootChoice {
  root: Element;
  /** Prose in the root, in the measure (clean or all) the choice used. */
  weight: number;
  measure: 'clean' | 'all';
  signal: 'articleBody' | 'article' | 'density' | 'headline';
}

function commonAncestor(elements: Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

export function chooseRoot({ scores, articleBodies, articles }: PageScan): RootChoice | null {
  let bestClean: [Element | null, number] = [null, 0];
  let bestAll: [Element | null, number] = [null, 0];
  for (const [el, s] of scores) {
    if (s.seedAll <= 0) continue;
    const boost = POSITIVE_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.id}`) ? 1.25 : 1;
    const purity = s.text ? 1 - s.link / s.text : 1;
    if (s.seedClean * boost * purity > bestClean[1]) bestClean = [el, s.seedClean * boost * purity];
    if (s.seedAll * boost * purity > bestAll[1]) bestAll = [el, s.seedAll * boost * purity];
  }
  // When nearly all prose sits in what looks like furniture, the page's class names misled us.
  const measure = bestClean[0] && bestClean[1] >= 0.3 * bestAll[1] ? 'clean' : 'all';
  let root = measure === 'clean' ? bestClean[0] : bestAll[0];
  if (!root) return null;
  const weight = (el: Element) => scores.get(el)?.[measure] ?? 0;

  for (let up = renderedParent(root); up && tagOf(up) !== 'body' && tagOf(up) !== 'html'; up = renderedParent(up)) {
    if (weight(up) >= WIDEN * weight(root)) root = up;
  }

  const bodies = articleBodies.filter((el) => weight(el) > 0);
  const marked = commonAncestor(bodies);
  if (marked && weight(marked) >= AGREE * weight(root))
    return { root: marked, weight: weight(marked), measure, signal: 'articleBody' };

  let article: Element | null = null;
  for (const el of articles) if (weight(el) > (article ? weight(article) : 0)) article = el;
  if (article && weight(article) >= AGREE * weight(root))
    return { root: article, weight: weight(article), measure, signal: 'article' };

  return { root, weight: weight(root), measure, signal: 'density' };
}

/**
 * A short story in a heavy template: the densest prose may be a rail of teasers (a headline link and
 * a summary each) far from the page's headline. Then the story is the nearest ancestor of the
 * headline with two paragraphs of prose, if it is not a list of links itself.
 */
export function anchorToHeadline(
  choice: RootChoice,
  scores: Map<Element, ElementScore>,
  headline: Element,
): RootChoice {
  const { root, measure } = choice;
  if (root.contains(headline) || linkShare(scores.get(root)) < TEASERS) return choice;
  for (let up = renderedParent(headline); up && tagOf(up) !== 'body' && tagOf(up) !== 'html'; up = renderedParent(up)) {
    const s = scores.get(up);
    if (!s || s.paras < 2) continue;
    if (up.contains(root) || linkShare(s) >= TEASERS) return choice;
    return { root: up, weight: s[measure], measure, signal: 'headline' };
  }
  return choice;
}
