// The hostile-seed corpus through the real ingest command: every bad seed gets a clear located message,
// every good one is still published, and nothing from the text can inject front matter or markup.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../src/content.config.ts';
import { badSeeds } from './fixtures/bad-seeds/make.ts';

const ROOT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bad-seeds-'));
const seedsDir = join(work, 'seeds');
const outDir = join(work, 'out');
const cases = badSeeds();
let run: { status: number | null; stdout: string; stderr: string };
let outputs: Array<{ file: string; data: Record<string, unknown>; content: string }>;

beforeAll(() => {
  spawnSync('mkdir', ['-p', seedsDir]);
  for (const c of cases) writeFileSync(join(seedsDir, c.name), c.bytes);
  for (const real of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', real), join(seedsDir, real));
  const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--seeds', seedsDir, '--out', outDir], { cwd: ROOT, encoding: 'utf8' });
  run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  outputs = readdirSync(outDir).map((file) => {
    const parsed = matter(readFileSync(join(outDir, file), 'utf8'));
    return { file, data: parsed.data, content: parsed.content };
  });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const publishedSources = () => new Set(outputs.map((o) => o.data.source));
const stderrLines = () => run.stderr.split('\n');

describe('the ingest command over the bad-seed corpus', () => {
  it('exits 1 because some seeds failed, and prints the summary', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ingest: \d+ seeds → \d+ articles, \d+ errors, \d+ people \(\d+ unregistered\)/m);
  });

  it('still publishes every real seed', () => {
    for (const real of readdirSync(join(ROOT, 'seeds'))) expect(publishedSources(), real).toContain(real);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(publishedSources().has(c.name), `${c.name} published?`).toBe(c.published);
    if (c.message) expect(stderrLines().some((l) => c.message!.test(l)), `stderr should match ${c.message}\n${run.stderr}`).toBe(true);
  });

  it('writes only schema-valid entries with distinct slugs', () => {
    for (const o of outputs) expect(articleSchema.safeParse(o.data).success, o.file).toBe(true);
    expect(new Set(outputs.map((o) => o.data.slug)).size).toBe(outputs.length);
  });

  it('keeps markup and front-matter tricks as escaped text, never as structure', () => {
    const tricky = outputs.find((o) => o.data.source === 'html-and-tricks.txt')!;
    expect(tricky.data.title).not.toBe('Tiêu đề bị chèn');
    expect(tricky.content).not.toMatch(/(^|[^\\])<(script|img|iframe|style|a)\b/);
    expect(tricky.content).not.toMatch(/^---$/m);
    expect(tricky.content).toContain('alert');
  });

  it('publishes no replacement characters (no mojibake)', () => {
    for (const o of outputs) expect(o.content + JSON.stringify(o.data), o.file).not.toMatch(/\uFFFD/);
  });

  it('uses the override fields and says so in dateBasis', () => {
    const o = outputs.find((x) => x.data.source === 'good-override.txt')!;
    expect(o.data.date).toBe('2024-06-30');
    expect(o.data.dateBasis).toBe('override');
    expect(o.data.meetingType).toBe('gặp');
  });

  it('gives the same slugs on a second run (stable across rebuilds)', () => {
    const again = mkdtempSync(join(tmpdir(), 'bad-seeds-again-'));
    spawnSync('npm', ['run', '--silent', 'ingest', '--', '--seeds', seedsDir, '--out', again], { cwd: ROOT, encoding: 'utf8' });
    expect(readdirSync(again).sort()).toEqual(outputs.map((o) => o.file).sort());
    rmSync(again, { recursive: true, force: true });
  });
});
