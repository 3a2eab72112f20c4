// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://vn-us-meetings.example.org',
  trailingSlash: 'always',
});
