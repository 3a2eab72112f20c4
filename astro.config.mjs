// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import ingestGate from './src/integrations/ingest-gate.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Absolute links (canonical, RSS, sitemap, JSON-LD, exports) use this: build with SITE_URL set to the
  // address the site is deployed at (`SITE_URL=https://… npm run build`); the default is a placeholder.
  site: process.env.SITE_URL || 'https://vn-us-meetings.example.org',
  trailingSlash: 'always',
  // Content cache inside the project (git-ignored), not node_modules/.astro: a scratch copy of the
  // project with a symlinked node_modules (tests, bench) then never shares or clobbers this one's cache.
  cacheDir: './.astro/cache',
  // Keep whitespace between inline elements, so "Tô Lâm" and "2023" stay two words for Pagefind.
  compressHTML: true,
  // One small global stylesheet: inlining it saves a request on every page. Four pages rendered at a time:
  // one at a time, the render waited for each page's file to be written (measured at 10,000 articles:
  // 'generating static routes' 12.0–13.3 s → 9.6–10.4 s, same HTML, same peak memory; 8 gained no more).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // Article bodies hold no code; Shiki's inline styles would also fight the CSP below.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> on every page: Astro hashes its own scripts and styles; nothing
  // third-party may load; 'wasm-unsafe-eval' lets Pagefind's WebAssembly run on the search page.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // `npm run build` runs the ingest beside astro's start; the gate holds astro until it is done.
  integrations: [ingestGate(), sitemap(), pagefind()],
});
