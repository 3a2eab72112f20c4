// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://vn-us-meetings.example.org',
  trailingSlash: 'always',
  // Content cache inside the project (git-ignored), not node_modules/.astro: a scratch copy of the
  // project with a symlinked node_modules (tests, bench) then never shares or clobbers this one's cache.
  cacheDir: './.astro/cache',
  // Keep whitespace between inline elements, so "Tô Lâm" and "2023" stay two words for Pagefind.
  compressHTML: true,
  // One small global stylesheet: inlining it saves a request on every page.
  build: { inlineStylesheets: 'always' },
  integrations: [sitemap(), pagefind()],
});
