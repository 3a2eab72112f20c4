import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws when a Pagefind step reported errors, keeping them as the cause. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`, { cause: errors });
  }
}

/** Indexes the built site with Pagefind's Node API and writes dist/pagefind/ after every `astro build`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
