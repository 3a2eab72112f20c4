// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://vn-us-meetings.example.org',
  trailingSlash: 'always',
  // Keep whitespace between inline elements, so "Tô Lâm" and "2023" stay two words for Pagefind.
  compressHTML: true,
  // One small global stylesheet: inlining it saves a request on every page.
  build: { inlineStylesheets: 'always' },
  integrations: [sitemap(), pagefind()],
});
