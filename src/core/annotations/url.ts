/**
 * One URL per story, so a story's annotations are found again from any of its links:
 *
 *   canonicalUrl('https://www.example.com/a/story?utm_source=tw&id=7#comments',
 *                { canonical: '/a/story?id=7' })           → 'https://www.example.com/a/story?id=7'
 *
 * - `<link rel=canonical>` (then `og:url`) is preferred when it is http(s) and on the same site as
 *   the page: a canonical link to another site (syndicated copies, hijacked tags) is ignored, so
 *   notes are never filed under a site the reader did not visit.
 * - Tracking parameters (utm_*, fbclid, gclid, … see TRACKING_PARAMS) and the fragment are dropped;
 *   other parameters keep their order and encoding (some sites need `?id=`).
 * - Scheme and host are lower-cased and default ports dropped (the WHATWG URL parser does that).
 *
 * Uses the global WHATWG `URL` class, which browsers, workers and Node all provide; it is reached
 * through globalThis because the pure core is compiled without DOM or Node type libraries.
 */

interface ParsedUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly href: string;
}
type UrlConstructor = new (url: string, base?: string) => ParsedUrl;
const WhatwgUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;

/** Query parameters that only say how the reader arrived, never which story it is. Lower case. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'gclsrc',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  's_cid',
  'smid',
  'smtyp',
  'cmp',
  'cmpid',
  'ocid',
  'icid',
  'xtor',
  'ito',
  'sr_share',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'taid',
  'wt_mc',
  'wt.mc_id',
  'spm',
  '__twitter_impression',
  'rss',
  'fromrss',
  'utm',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

export interface CanonicalHints {
  /** The href of `<link rel=canonical>`, as written (may be relative). */
  canonical?: string | null;
  /** The content of `<meta property="og:url">`. */
  ogUrl?: string | null;
}

function parse(url: string, base?: string): ParsedUrl | null {
  try {
    return new WhatwgUrl(url.trim(), base);
  } catch {
    // Not a URL: callers treat null as "no address" (and say so where it matters).
    return null;
  }
}

const isHttp = (u: ParsedUrl) => u.protocol === 'http:' || u.protocol === 'https:';

/** Host without the prefixes sites use for the same content (www., m., amp., mobile.). */
function siteHost(hostname: string): string {
  return hostname.replace(/^(?:www\d*|m|amp|mobile)\./, '');
}

/**
 * True when two hosts belong to one site: equal once www./m./amp. are ignored, or one a subdomain
 * of the other (edition.cnn.com and cnn.com). Without the public-suffix list this is deliberately
 * strict: bbc.co.uk and other.co.uk are not the same site.
 */
export function sameSite(a: string, b: string): boolean {
  const x = siteHost(a.toLowerCase());
  const y = siteHost(b.toLowerCase());
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** The site a page belongs to, as shown to the reader and indexed: host name without `www.`. */
export function siteOf(url: string): string {
  const u = parse(url);
  if (!u?.hostname) return '';
  return u.hostname.replace(/^www\d*\./, '');
}

function cleanQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (!pair) return false;
      const rawName = pair.split('=', 1)[0] ?? '';
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // A malformed escape: judge the name as written.
      }
      return !isTrackingParam(name);
    });
  return kept.length ? `?${kept.join('&')}` : '';
}

function serialize(u: ParsedUrl): string {
  if (!isHttp(u)) return u.href.replace(/#.*$/s, '');
  const auth = u.username ? `${u.username}${u.password ? `:${u.password}` : ''}@` : '';
  return `${u.protocol}//${auth}${u.host}${u.pathname}${cleanQuery(u.search)}`;
}

/**
 * The URL annotations of a page are filed under. Pure: the caller reads the hints from the page.
 * Returns the input trimmed when it is not a parseable absolute URL.
 */
export function canonicalUrl(pageUrl: string, hints: CanonicalHints = {}): string {
  const page = parse(pageUrl);
  if (!page) return pageUrl.trim();
  if (isHttp(page)) {
    for (const hint of [hints.canonical, hints.ogUrl]) {
      if (!hint?.trim()) continue;
      const candidate = parse(hint, page.href);
      if (candidate && isHttp(candidate) && sameSite(candidate.hostname, page.hostname)) {
        return serialize(candidate);
      }
    }
  }
  return serialize(page);
}
