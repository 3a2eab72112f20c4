import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCHABLE_PAGES } from '../lib/site/paths.ts';

/** Throws when a Pagefind step reported errors, keeping them as the cause. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`, { cause: errors });
  }
}

/** Indexes the built site's article pages with Pagefind's Node API and writes dist/pagefind/ after every `astro build`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        logger.info('indexing the built pages for search…');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
          check('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          check('writeFiles', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath} in ${seconds}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
