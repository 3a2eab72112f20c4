// The bundled pipeline is the pipeline: made once per version of the code, reused after, the same exports and
// the same results as its sources; when it cannot be made the ingest loads the sources and says why.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINE_SOURCES } from '../../scripts/parse-seeds.ts';
import { BUNDLE_DIR, bundlePath, COMPILE_CACHE_DIR, pipelineModule } from '../../scripts/pipeline-bundle.ts';
import { makeCorpus } from '../../src/lib/corpus.ts';
import * as sources from '../../src/lib/ingest/index.ts';

const people = sources.parseRegister(readFileSync(join(import.meta.dirname, '../../src/data/people.yaml'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'pipeline-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pipelineModule', () => {
  it('makes the bundle once, reuses it after, and removes bundles of older code', async () => {
    const old = join(dir, 'pipeline-0123456789abcdef01234567.mjs');
    const recent = join(dir, 'pipeline-fedcba9876543210fedcba98.mjs');
    writeFileSync(old, 'export {};\n');
    writeFileSync(recent, 'export {};\n');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    // Node's compile cache of the ingest, kept beside the bundles: what it holds is of older code.
    const compiled = join(dir, 'compile-cache', 'v24', 'older-code');
    mkdirSync(dirname(compiled), { recursive: true });
    writeFileSync(compiled, 'compiled');

    const first = await pipelineModule(dir);
    expect(first.failed).toBeUndefined();
    expect(first.made).toBe(true);
    expect(fileURLToPath(first.url)).toBe(bundlePath(dir));
    // The older code's bundle is gone, and the compile cache with it; one written a moment ago may be another run's, and stays.
    expect(readdirSync(dir).sort()).toEqual([bundlePath(dir).slice(dir.length + 1), 'pipeline-fedcba9876543210fedcba98.mjs'].sort());

    // Reused, the bundle leaves the compile cache alone.
    mkdirSync(dirname(compiled), { recursive: true });
    writeFileSync(compiled, 'compiled');
    const again = await pipelineModule(dir);
    expect(again).toEqual({ url: first.url });
    expect(readFileSync(compiled, 'utf8')).toBe('compiled');
    rmSync(join(dir, 'compile-cache'), { recursive: true });
  }, 60_000);

  it('exports what the sources export and parses seeds to the same results', async () => {
    const { url } = await pipelineModule(dir);
    const bundled = (await import(url)) as typeof sources;
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(sources).sort());
    const options = { today: '2026-11-23' };
    const a = sources.indexRegister(people);
    const b = bundled.indexRegister(people);
    for (const s of makeCorpus({ count: 40, seed: 11, people })) {
      const bytes = new TextEncoder().encode(s.text);
      const fromSources = sources.ingestSeed(s.name, bytes, a, options);
      const fromBundle = bundled.ingestSeed(s.name, bytes, b, options);
      expect(fromBundle).toEqual(fromSources);
      if (fromSources.entry) {
        const publication = { source: s.name, slug: fromSources.entry.slug, renamed: false };
        expect(bundled.markdownOf(fromBundle, publication)).toBe(sources.markdownOf(fromSources, publication));
      }
    }
  }, 60_000);

  it("keeps Node's compile cache where the ingest's entry puts it: beside the bundles, emptied with each new one", () => {
    expect(COMPILE_CACHE_DIR).toBe(join(BUNDLE_DIR, 'compile-cache'));
    const entry = readFileSync(join(import.meta.dirname, '../../scripts/ingest-start.mjs'), 'utf8');
    const set = /process\.env\.NODE_COMPILE_CACHE \?\?= resolve\(import\.meta\.dirname, '([^']+)'\)/.exec(entry);
    expect(set).not.toBeNull();
    expect(join(import.meta.dirname, '../../scripts', set![1]!)).toBe(COMPILE_CACHE_DIR);
  });

  it('has the TypeScript command of a second run come from that cache, types stripped and compiled', () => {
    // The entry in a project of its own (the cache folder is found from the entry's place), with a command in
    // TypeScript of its own: no other test's ingest, which may empty the project's cache, comes between the runs.
    const root = join(dir, 'entry-project');
    mkdirSync(join(root, 'scripts'), { recursive: true });
    cpSync(join(import.meta.dirname, '../../scripts/ingest-start.mjs'), join(root, 'scripts/ingest-start.mjs'));
    writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(root, 'scripts/ingest.ts'), "const said: string = 'the command ran';\nconsole.log(said);\n");
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const run = () => spawnSync(process.execPath, [join(root, 'scripts/ingest-start.mjs')], { encoding: 'utf8', env });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('the command ran\n');
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe('the command ran\n');
    // Node's own debug lines: the command's stripped text and its compiled code, read from the folder beside the bundles.
    const cacheDir = join(root, 'node_modules/.cache/archive-ingest/compile-cache');
    const read = /reading cache from (\S+) for StrippedTypeScript \S*\/scripts\/ingest\.ts\.\.\./.exec(second.stderr);
    expect(read).not.toBeNull();
    expect(read![1]!.startsWith(cacheDir)).toBe(true);
    expect(second.stderr).toMatch(/retrieving transpile cache for StrippedTypeScript \S*\/scripts\/ingest\.ts\.\.\.success/);
    expect(second.stderr).toMatch(/V8 code cache for ESM \S*\/scripts\/ingest\.ts was accepted/);
  });

  it('falls back to the sources, with the reason, when the bundle cannot be made', async () => {
    const notADir = join(dir, 'a-file');
    writeFileSync(notADir, '');
    const got = await pipelineModule(join(notADir, 'bundles'));
    expect(got.url).toBe(PIPELINE_SOURCES);
    expect(got.failed).toMatch(/ENOTDIR|not a directory/);
  });
});
