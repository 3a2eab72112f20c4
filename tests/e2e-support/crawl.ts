// A crawler for the served site: follows every reference a page makes to the site itself (<a href>,
// <link href>, <img src/srcset>, <script src>, <source>, <form action>, CSS url(), og:url, JSON-LD, and
// the URLs inside the sitemap, RSS feed and data exports), and records what did not answer 200.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A reference found on a page: where it points, and where and how it was found. */
export interface Reference {
  url: string;
  from: string;
  how: string;
}

/** What the crawl saw: each fetched path with its status, the references that failed, pages' ids. */
export interface CrawlResult {
  status: Map<string, number>;
  broken: string[];
  reached: Set<string>;
}

const ATTRIBUTES: [tag: string, attribute: string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['use', 'href'],
];

/** The URLs in a srcset attribute value. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** The url(...) references in CSS text. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]).filter((u) => !u.startsWith('data:'));
}

/** References in an HTML page, and the ids (fragment targets) it defines. */
export function htmlReferences(html: string): { refs: { url: string; how: string }[]; ids: Set<string> } {
  const tree: Root = fromHtml(html);
  const refs: { url: string; how: string }[] = [];
  const ids = new Set<string>();
  visit(tree, 'element', (el: Element) => {
    const props = el.properties ?? {};
    if (typeof props.id === 'string') ids.add(props.id);
    if (el.tagName === 'a' && typeof props.name === 'string') ids.add(props.name);
    for (const [tag, attribute] of ATTRIBUTES) {
      if (el.tagName !== tag) continue;
      const prop = attribute === 'srcset' ? 'srcSet' : attribute;
      const raw = props[prop];
      const value = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : null;
      if (value === null) continue;
      for (const url of attribute === 'srcset' ? srcsetUrls(value) : [value]) refs.push({ url, how: `<${tag} ${attribute}>` });
    }
    if (el.tagName === 'meta' && typeof props.content === 'string' && /^og:(url|image)$/.test(String(props.property))) {
      refs.push({ url: props.content, how: `<meta property="${props.property}">` });
    }
    if (el.tagName === 'script' && props.type === 'application/ld+json') {
      const json = el.children.map((c) => ('value' in c ? c.value : '')).join('');
      for (const url of textUrls(json)) refs.push({ url, how: 'JSON-LD' });
    }
    if (el.tagName === 'style') {
      const css = el.children.map((c) => ('value' in c ? c.value : '')).join('');
      for (const url of cssUrls(css)) refs.push({ url, how: '<style> url()' });
    }
    if (typeof props.style === 'string') for (const url of cssUrls(props.style)) refs.push({ url, how: 'style="url()"' });
  });
  return { refs, ids };
}

/** URLs in an XML document (sitemap <loc>, RSS <link>/<guid>, enclosure url). */
export function xmlUrls(xml: string): string[] {
  const text = [...xml.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?([^<\]]+?)(?:\]\]>)?\s*<\/\1>/g)].map((m) => m[2]);
  const attrs = [...xml.matchAll(/<(?:enclosure|atom:link)\b[^>]*\b(?:url|href)="([^"]+)"/g)].map((m) => m[1]);
  return [...text, ...attrs];
}

/** Absolute http(s) URLs anywhere in a text (JSON, CSV). */
export function textUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"',<>]+/g)].map((m) => m[0]);
}

/** Which references a crawl follows: all by default; `(how) => how === '<a href>'` for what a reader can click. */
export interface CrawlOptions {
  via?: (how: string) => boolean;
}

/**
 * Crawl the site served at `origin` from `start` paths. URLs on `siteOrigin` (the deployed address the
 * pages name in canonical links, feeds and exports) are checked on `origin` instead.
 */
export async function crawl(origin: string, siteOrigin: string, start: string[], { via = () => true }: CrawlOptions = {}): Promise<CrawlResult> {
  const status = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  const referrers = new Map<string, Reference[]>();
  const fragments: Reference[] = [];
  const broken: string[] = [];
  const reached = new Set<string>();
  const queue: string[] = [];

  const enqueue = (path: string, ref?: Reference) => {
    if (ref) referrers.set(path, [...(referrers.get(path) ?? []), ref]);
    if (!status.has(path) && !queue.includes(path)) queue.push(path);
  };
  /** The local path a reference points at, or null for other sites and non-http schemes. */
  const localPath = (raw: string, base: string): URL | null => {
    let url: URL;
    try {
      url = new URL(raw, origin + base);
    } catch {
      broken.push(`${base}: unparsable URL ${JSON.stringify(raw)}`);
      return null;
    }
    if (url.origin !== origin && url.origin !== siteOrigin) return null;
    return url;
  };
  const follow = (raw: string, from: string, how: string) => {
    if (!via(how)) return;
    const url = localPath(raw, from);
    if (!url) return;
    const ref = { url: raw, from, how };
    enqueue(url.pathname + url.search, ref);
    if (url.hash.length > 1) fragments.push({ ...ref, url: url.pathname + url.search + url.hash });
  };

  for (const path of start) enqueue(path);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await fetch(origin + path, { redirect: 'manual' });
    status.set(path, response.status);
    const refs = referrers.get(path) ?? [];
    const seenFrom = refs.length ? ` — referenced by ${refs.map((r) => `${r.from} ${r.how} "${r.url}"`).join('; ')}` : '';
    if (response.status >= 300 && response.status < 400) {
      broken.push(`${path}: redirects (${response.status}) to ${response.headers.get('location')}${seenFrom}`);
      continue;
    }
    if (response.status !== 200) {
      broken.push(`${path}: HTTP ${response.status}${seenFrom}`);
      continue;
    }
    reached.add(path);
    const type = response.headers.get('content-type') ?? '';
    const body = type.startsWith('font/') || type.includes('wasm') || type.includes('octet-stream') ? '' : await response.text();
    if (type.startsWith('text/html')) {
      const page = htmlReferences(body);
      ids.set(path, page.ids);
      for (const r of page.refs) follow(r.url, path, r.how);
    } else if (type.startsWith('text/css')) {
      for (const url of cssUrls(body)) follow(url, path, 'CSS url()');
    } else if (type.includes('xml')) {
      for (const url of xmlUrls(body)) follow(url, path, 'XML');
    } else if (type.startsWith('application/json') || type.startsWith('text/csv')) {
      for (const url of textUrls(body)) follow(url, path, type.startsWith('text/csv') ? 'CSV' : 'JSON');
    }
  }

  for (const f of fragments) {
    const url = new URL(f.url, origin);
    const target = ids.get(url.pathname + url.search);
    const id = decodeURIComponent(url.hash.slice(1));
    if (target && !target.has(id)) broken.push(`${f.url}: no element with id "${id}" — referenced by ${f.from} ${f.how}`);
  }
  return { status, broken, reached };
}
