// `npm run build` (scripts/build.ts) starts the ingest and astro together: astro's own start — loading itself,
// the config and the routes, ≈ 0.9 s — needs no content, so it overlaps the ingest. This integration then holds
// astro at `astro:config:done`, before anything reads src/content/, until build.ts says over the IPC channel it
// opened that the ingest is done. Started any other way (`astro build`, `astro dev`), astro does not wait.
import type { AstroIntegration } from 'astro';

/** Set by build.ts in astro's environment: astro must wait for the ingest. */
export const INGEST_GATE_ENV = 'ARCHIVE_INGEST_GATE';

/** The messages between astro (this integration) and build.ts. */
export const GATE = { waiting: 'archive:waiting-for-ingest', ingested: 'archive:ingested' } as const;

/**
 * Wait until the parent process answers `GATE.waiting`: resolves on `GATE.ingested`, rejects on any other message
 * or when it goes away. (A failed ingest makes build.ts stop astro.)
 */
export function waitForIngest(): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (m: unknown) => done(m === GATE.ingested ? undefined : new Error(`unexpected message from the build script: ${JSON.stringify(m)}`));
    const onDisconnect = () => done(new Error('the build script went away before the ingest finished'));
    process.on('message', onMessage);
    process.on('disconnect', onDisconnect);
    process.send!(GATE.waiting);
  });
}

export default function ingestGate(): AstroIntegration {
  return {
    name: 'archive-ingest-gate',
    hooks: {
      'astro:config:done': async () => {
        if (process.env[INGEST_GATE_ENV] === '1' && process.send && process.connected) await waitForIngest();
      },
    },
  };
}
