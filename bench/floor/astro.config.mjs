// The benchmark's floor: bare Astro (glob loader, one trivial page per entry), indexed by the Pagefind CLI.
// Built by `npm run bench` in a scratch copy with the archive's Markdown in src/content/articles/.
import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: './.astro/cache' });
