/**
 * What the page says about itself: schema.org JSON-LD, Open Graph and link tags. Read without
 * trusting the page: malformed JSON, odd shapes and CDATA wrappers are tolerated, never thrown.
 */

export interface SourcingPolicy {
  /** schema.org `publishingPrinciples`: the outlet's editorial standards. */
  publishingPrinciples?: string;
  /** schema.org `unnamedSourcesPolicy`: when and how the outlet uses anonymous sources. */
  unnamedSourcesPolicy?: string;
}

export interface ArticleMeta {
  title: string;
  site: string | null;
  lang: string | null;
  canonical: string | null;
  ogUrl: string | null;
  sourcingPolicy?: SourcingPolicy;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;
const MAX_JSON_LD = 2_000_000;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  // "schema:NewsArticle" and "http://schema.org/NewsArticle" name the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isArticleNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

/** The elements metadata is read from: `<meta>`, `<link>` and JSON-LD scripts. */
export const TAG_SELECTOR = 'meta, link, script[type="application/ld+json" i]';

export function isMetadataTag(el: Element, tag: string): boolean {
  return (
    tag === 'meta' ||
    tag === 'link' ||
    (tag === 'script' && /^application\/ld\+json$/i.test(el.getAttribute('type') ?? ''))
  );
}

/**
 * The page's metadata elements. Browsers move them into the body when the head holds something
 * unexpected, so the whole document is searched (fast with native selectors).
 */
export function documentTags(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(TAG_SELECTOR));
}

/** Every top-level node of the page's JSON-LD, arrays and `@graph`s flattened. */
export function jsonLdNodes(tags: Element[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph']) add(value['@graph']);
    }
  };
  for (const script of tags) {
    if (tagName(script) !== 'script') continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD) continue;
    const json = raw.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
    try {
      add(JSON.parse(json));
    } catch {
      // A page's broken JSON-LD is the page's problem; it just tells us nothing.
    }
  }
  return nodes;
}

/** The article node: a top-level Article, or the main entity of a WebPage. */
export function articleNode(nodes: JsonObject[]): JsonObject | null {
  for (const node of nodes) if (isArticleNode(node)) return node;
  for (const node of nodes) {
    const main = node['mainEntity'];
    if (isObject(main) && isArticleNode(main)) return main;
  }
  return null;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(urlOf).find(Boolean);
  if (isObject(value)) return urlOf(value['url']) ?? urlOf(value['@id']);
  return undefined;
}

/** Follows an `{"@id": …}` reference to the node it names in the graph. */
function resolve(value: unknown, nodes: JsonObject[]): JsonObject | null {
  if (!isObject(value)) return null;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return nodes.find((n) => n['@id'] === id) ?? value;
  return value;
}

function policyOf(node: JsonObject | null): SourcingPolicy {
  const policy: SourcingPolicy = {};
  if (!node) return policy;
  const principles = urlOf(node['publishingPrinciples']);
  const unnamed = urlOf(node['unnamedSourcesPolicy']);
  if (principles) policy.publishingPrinciples = principles;
  if (unnamed) policy.unnamedSourcesPolicy = unnamed;
  return policy;
}

/** The outlet's sourcing policy: on the article, its publisher, or any organisation the page describes. */
export function sourcingPolicy(nodes: JsonObject[]): SourcingPolicy | undefined {
  const article = articleNode(nodes);
  const candidates = [
    article,
    resolve(article?.['publisher'], nodes),
    ...nodes.filter((n) => typesOf(n).some((t) => /Organization$/.test(t))),
  ];
  const policy: SourcingPolicy = {};
  for (const node of candidates) {
    const found = policyOf(node);
    policy.publishingPrinciples ??= found.publishingPrinciples;
    policy.unnamedSourcesPolicy ??= found.unnamedSourcesPolicy;
  }
  if (!policy.publishingPrinciples) delete policy.publishingPrinciples;
  if (!policy.unnamedSourcesPolicy) delete policy.unnamedSourcesPolicy;
  return policy.publishingPrinciples || policy.unnamedSourcesPolicy ? policy : undefined;
}

function tagName(el: Element): string {
  return el.localName;
}

/** The content of the first `<meta property|name=key>` with one. */
export function metaContent(tags: Element[], key: string): string | null {
  for (const el of tags) {
    if (tagName(el) !== 'meta' || (el.getAttribute('property') !== key && el.getAttribute('name') !== key)) continue;
    const value = el.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function linkHref(tags: Element[], rel: string): string | null {
  for (const el of tags) {
    if (tagName(el) !== 'link' || !(el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel)) continue;
    const href = el.getAttribute('href')?.trim();
    if (href) return href;
  }
  return null;
}

function siteName(tags: Element[], nodes: JsonObject[]): string | null {
  const og = metaContent(tags, 'og:site_name') ?? metaContent(tags, 'application-name');
  if (og) return og;
  const publisher = resolve(articleNode(nodes)?.['publisher'], nodes);
  const name = publisher?.['name'];
  return typeof name === 'string' && name.trim() ? name.trim() : null;
}

/**
 * The page's own title with the site's name taken off ("Story - Site" → "Story"), for pages whose
 * title is not in an `<h1>` we can map.
 */
export function pageTitle(doc: Document, tags: Element[], site: string | null): string {
  const og = metaContent(tags, 'og:title') ?? metaContent(tags, 'twitter:title');
  const title = (og ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
  const separators = [...title.matchAll(/ [|\-–—·:»] /g)];
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (!first || !last) return title;
  const head = title.slice(0, first.index);
  const tail = title.slice(last.index + 3);
  const isSite = (part: string) => site !== null && part.toLowerCase() === site.toLowerCase();
  if (isSite(head)) return title.slice(first.index + 3);
  // A short last part after a longer title is the site's name ("… | CNN").
  if (isSite(tail) || (tail.split(' ').length <= 3 && title.slice(0, last.index).split(' ').length >= 4)) {
    return title.slice(0, last.index);
  }
  return title;
}

export function readMeta(tags: Element[], title: string, lang: string | null): ArticleMeta {
  const nodes = jsonLdNodes(tags);
  const meta: ArticleMeta = {
    title,
    site: siteName(tags, nodes),
    lang,
    canonical: linkHref(tags, 'canonical'),
    ogUrl: metaContent(tags, 'og:url'),
  };
  const policy = sourcingPolicy(nodes);
  if (policy) meta.sourcingPolicy = policy;
  return meta;
}
