// The benchmark is not a test; this only checks that a tiny run completes and writes every result field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const KEYS = [
  'count', 'ingestColdPerSec', 'ingestWarmPerSec', 'reingestOneSec', 'buildSec', 'floorBuildSec', 'buildRatio',
  'peakRssMb', 'articlePageMaxBytes', 'articlePageMedianBytes', 'firstSearchBytes', 'diskFloorSec', 'distBytes',
  // more than the issue asks: the Pagefind step of our build, read from its log; the memory a build needs at once
  'buildPagefindSec', 'buildAllRssMb', 'floorAllRssMb',
] as const;

describe('npm run bench -- --count 50', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([50])('completes on %i seeds and writes every result as a finite number', (count) => {
    const out = join(dir, 'results.json');
    const run = spawnSync('npm', ['run', 'bench', '--', '--count', String(count), '--runs', '1', '--out', out, '--work', join(dir, 'work')], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(run.status, run.stderr.slice(-4000)).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    for (const key of KEYS) expect(Number.isFinite(results[key]), `${key}: ${String(results[key])}`).toBe(true);
    expect(results.count).toBe(count);
  }, 120_000);
});
