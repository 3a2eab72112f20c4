// The ingest gate holds astro (a child of scripts/build.ts) until the build says the ingest is done, and only then.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import ingestGate, { GATE, INGEST_GATE_ENV } from '../src/integrations/ingest-gate.ts';

const GATE_MODULE = new URL('../src/integrations/ingest-gate.ts', import.meta.url).href;

/** A child process that waits at the gate as astro does, and prints how that ended. */
function child(env: Record<string, string> = {}) {
  const script = `
    const { default: gate } = await import(${JSON.stringify(GATE_MODULE)});
    try {
      await gate().hooks['astro:config:done']();
      console.log('released ' + Date.now());
    } catch (error) {
      console.log('refused: ' + error.message);
    }`;
  const c = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, [INGEST_GATE_ENV]: '1', ...env },
  });
  let out = '';
  c.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<string>((done) => c.on('exit', () => done(out.trim())));
  const waiting = new Promise<void>((done) => c.on('message', (m) => m === GATE.waiting && done()));
  return { c, exited, waiting };
}

describe('the ingest gate', () => {
  it('holds astro until the build says the ingest is done', async () => {
    const { c, exited, waiting } = child();
    await waiting;
    await new Promise((done) => setTimeout(done, 300));
    const sent = Date.now();
    c.send(GATE.ingested, () => c.disconnect());
    const out = await exited;
    expect(out).toMatch(/^released \d+$/);
    expect(Number(out.split(' ')[1])).toBeGreaterThanOrEqual(sent);
  }, 30_000);

  it('fails the astro build on any other answer, or when the build went away', async () => {
    const other = child();
    await other.waiting;
    other.c.send('archive:something-else', () => other.c.disconnect());
    expect(await other.exited).toBe('refused: unexpected message from the build script: "archive:something-else"');

    const gone = child();
    await gone.waiting;
    gone.c.disconnect();
    expect(await gone.exited).toBe('refused: the build script went away before the ingest finished');
  }, 30_000);

  it('does not wait when astro was not started by the build', async () => {
    const { exited } = child({ [INGEST_GATE_ENV]: '' });
    expect(await exited).toMatch(/^released \d+$/);
    const hook = ingestGate().hooks['astro:config:done'] as () => Promise<void>;
    await expect(hook()).resolves.toBeUndefined();
  }, 30_000);
});
