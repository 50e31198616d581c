/**
 * What is not article text: elements skipped wherever they are (scripts, forms, hidden content) and
 * page furniture (navigation, comments, share bars, ads…) recognised by tag, role, class or id.
 */
import { tagOf } from './tree.ts';

/** A set of words written as one space-separated string (smaller in the content script's bundle). */
export function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Never text a reader reads as the article. */
const SKIP_TAGS = words(`
  script style noscript template svg math canvas iframe frame object embed video audio img picture
  source select option textarea input button head link meta title map dialog
`);

/** Page furniture by tag: skipped inside the article (a page's layout may still hold the article). */
const FURNITURE_TAGS = words('nav aside footer form menu');

const FURNITURE_ROLES = words(`
  navigation banner contentinfo complementary search menu menubar toolbar dialog alertdialog
  tablist form
`);

/** Words in class names or ids (split at `-`, `_`, spaces and camelCase humps) that name furniture. */
const FURNITURE_WORDS = words(`
  comment comments disqus share sharing social sociable addthis related recommended
  recommendations newsletter subscribe subscription signup promo promos promoted sponsor sponsored
  ad ads adslot adunit advert advertisement advertising outbrain taboola popup modal cookie
  cookies breadcrumb breadcrumbs nav navbar navigation menu sidebar widget footer masthead byline
  credit credits copyright toolbar trending paywall author authors bio tags cta banner recirc
  recirculation sharedaddy relatedposts
`);
/** Furniture named by two words. */
const FURNITURE_PHRASES = /more-?stories|read-?more|most-?popular|skip-?link|tag-?list/i;

/** Whole class names of content that is off screen or only for screen readers. */
const HIDDEN_CLASSES =
  /(?:^|\s)(?:hidden|is-hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|offscreen|a11y-hidden)(?=$|\s)/i;

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isSkippedTag(el: Element): boolean {
  return SKIP_TAGS.has(tagOf(el));
}

/**
 * Class names of media players and of what comes with them (control bars, caption settings,
 * transcripts beside the player): video.js (`vjs-`), JW Player (`jw-`), MediaElement (`mejs-`),
 * Plyr, YouTube's (`ytp-`), Brightcove, and sites' own `video-player`, `audio-transcript`…
 */
const MEDIA_CLASSES = /(?:^|\s)(?:video-js|jwplayer|plyr|(?:vjs|jw|mejs|ytp|bc-player|brightcove)-[\w-]+)(?=$|\s)/i;
const MEDIA_COMPOUNDS =
  /(?:video|audio|media|podcast)[-_]?(?:player|controls?|transcript|captions?|subtitles?|embed-?controls)/i;
/** Controls a player's widgets announce themselves as. */
const MEDIA_ROLES = words('slider timer progressbar');
const MEDIA_LABEL = /\b(?:video|audio|media) player\b/i;

/**
 * A media widget: a player with its chrome ("Current Time 0:00", "Loaded: 0%"), captions and
 * transcript. Never article text, wherever it sits: the story goes on around it.
 */
export function isMediaWidget(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && MEDIA_ROLES.has(role)) return true;
  const label = el.getAttribute('aria-label');
  if (label && MEDIA_LABEL.test(label)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 3 && (MEDIA_CLASSES.test(names) || MEDIA_COMPOUNDS.test(names));
}

/** Hidden by markup (attributes, inline style, hiding classes), which any DOM can tell. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDDEN_CLASSES.test(cls) && !SHOWN_FROM_BREAKPOINT.test(cls);
}

/** `hidden md:block`: hidden on small screens only (Tailwind and the like), shown on a desktop. */
const SHOWN_FROM_BREAKPOINT =
  /(?:^|\s)[\w-]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents|flow-root)(?=$|\s)/;

export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (names.length < 3) return false;
  if (FURNITURE_PHRASES.test(names)) return true;
  return names.split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/).some((word) => FURNITURE_WORDS.has(word.toLowerCase()));
}

/** Class or id words that mark a likely article container, for the root score. */
export const POSITIVE_NAMES =
  /(?:^|[\s_-])(?:article|story|body|content|entry|main|post|text|blog)(?=$|[\s_-])|articleBody|storyBody/i;
