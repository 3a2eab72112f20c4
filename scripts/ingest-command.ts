// How `npm run ingest` runs the ingest, for the scripts that run it themselves (the build, the bench): the
// same Node options, without npm's own start-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ingest's entry: it turns Node's compile cache on, then runs scripts/ingest.ts. */
export const INGEST_ENTRY = 'scripts/ingest-start.mjs';

/** The Node options of a package.json script that runs `node [options] scripts/ingest-start.mjs`. */
export function ingestNodeFlags(script: string): string[] {
  const m = /^node((?:\s+--\S+)*)\s+scripts\/ingest-start\.mjs$/.exec(script);
  if (!m) throw new Error(`package.json's ingest script is not "node [options] ${INGEST_ENTRY}": ${script}`);
  return m[1]!.split(/\s+/).filter(Boolean);
}

/** The arguments for `process.execPath` that run the ingest of the project in `root` as `npm run ingest -- …args` does. */
export function ingestArgs(root: string, ...args: string[]): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return [...ingestNodeFlags(scripts.ingest ?? ''), join(root, INGEST_ENTRY), ...args];
}
