// The end-to-end harness itself: the static server and the link crawler, on a tiny made-up site, so a
// clean crawl of the real site means the crawler would have seen a broken link.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, cssUrls, xmlUrls } from '../e2e-support/crawl.ts';
import { serveStatic, type StaticServer } from '../e2e-support/static-server.ts';

const SITE = 'https://example.invalid';
let root: string;
let server: StaticServer;

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'e2e-harness-'));
  write(
    'index.html',
    `<!doctype html><html><head><link rel="canonical" href="${SITE}/"><meta property="og:url" content="${SITE}/og/">
     <script type="application/ld+json">{"url":"${SITE}/ld/","about":"https://schema.org/Thing"}</script><style>body{background:url(/bg.png)}</style></head>
     <body id="top"><a href="/ok/">ok</a> <a href="/ok">no slash</a> <a href="/missing/">missing</a>
     <a href="/ok/#here">fragment</a> <a href="/ok/#nowhere">bad fragment</a> <a href="${SITE}/gone/">absolute</a>
     <a href="https://elsewhere.invalid/">other site</a> <img src="/logo.png" srcset="/logo-2x.png 2x"></body></html>`,
  );
  write('ok/index.html', '<!doctype html><html><body><p id="here">here</p></body></html>');
  write('logo.png', 'png');
  write('404.html', '<!doctype html><title>not found</title>');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves a folder index at its trailing-slash URL, redirects without the slash, and 404s the rest', async () => {
    expect((await fetch(`${server.origin}/ok/`)).status).toBe(200);
    const redirect = await fetch(`${server.origin}/ok`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/ok/']);
    const missing = await fetch(`${server.origin}/missing/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<!doctype html><title>not found</title>']);
  });
});

describe('link crawler', () => {
  it('reports missing pages, redirects, missing fragments and missing images, each with its referrer', async () => {
    const { broken, reached } = await crawl(server.origin, SITE, ['/']);
    const problems = broken.map((b) => b.split(' — ')[0]).sort();
    expect(problems).toEqual([
      '/bg.png: HTTP 404',
      '/gone/: HTTP 404',
      '/ld/: HTTP 404',
      '/logo-2x.png: HTTP 404',
      '/missing/: HTTP 404',
      '/og/: HTTP 404',
      '/ok/#nowhere: no element with id "nowhere"',
      '/ok: redirects (301) to /ok/',
    ]);
    expect(broken.find((b) => b.startsWith('/missing/'))).toContain('referenced by / <a href> "/missing/"');
    expect([...reached].sort()).toEqual(['/', '/logo.png', '/ok/']);
  });

  it('follows only the references a filter lets through', async () => {
    const { broken, reached } = await crawl(server.origin, SITE, ['/'], { via: (how) => how === '<a href>' });
    expect([...reached].sort()).toEqual(['/', '/ok/']);
    expect(broken.map((b) => b.split(' — ')[0]).sort()).toEqual(['/gone/: HTTP 404', '/missing/: HTTP 404', '/ok/#nowhere: no element with id "nowhere"', '/ok: redirects (301) to /ok/']);
  });

  it('reads URLs from CSS and XML', () => {
    expect(cssUrls(`@font-face{src:url("/a.woff2") format("woff2"),url(/b.woff)}x{background:url(data:,)}`)).toEqual(['/a.woff2', '/b.woff']);
    expect(xmlUrls('<rss><channel><link>https://s/</link><item><guid isPermaLink="true">https://s/a/</guid></item></channel></rss>')).toEqual([
      'https://s/',
      'https://s/a/',
    ]);
  });
});
