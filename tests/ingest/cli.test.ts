// The ingest CLI run exactly as users run it: `npm run ingest -- --seeds <dir> --out <dir>`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArgs, ingestNodeFlags } from '../../scripts/ingest-command.ts';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const dirs: string[] = [];
const tmp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `ingest-cli-${name}-`));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function ingest(seeds: string, out: string, ...more: string[]) {
  const r = spawnSync('npm', ['run', 'ingest', '--', '--seeds', seeds, '--out', out, ...more], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ingest', () => {
  it('runs as the build runs it: the build (and the bench) run the same command with --keep-going (same Node options)', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.ingest).toMatch(/^node (--\S+ )*scripts\/ingest-start\.mjs$/);
    const flags = scripts.ingest!.split(' ').filter((w) => w.startsWith('--'));
    expect(ingestArgs(ROOT, '--keep-going')).toEqual([...flags, join(ROOT, 'scripts/ingest-start.mjs'), '--keep-going']);
    // scripts/build.ts starts the ingest itself, beside astro: no prebuild running it a second time.
    expect(scripts.prebuild).toBeUndefined();
    expect(() => ingestNodeFlags('tsx scripts/ingest.ts')).toThrow(/not "node \[options\] scripts\/ingest-start\.mjs"/);
    expect(() => ingestNodeFlags('node scripts/ingest.ts')).toThrow(/not "node \[options\] scripts\/ingest-start\.mjs"/);
    expect(ingestNodeFlags('node scripts/ingest-start.mjs')).toEqual([]);
    expect(ingestNodeFlags('node --max-opt=2 --stack-size=2000 scripts/ingest-start.mjs')).toEqual(['--max-opt=2', '--stack-size=2000']);
  });

  it('explains its options on --help, and names a wrong one with them (exit 2)', () => {
    const help = spawnSync('npm', ['run', 'ingest', '--', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--seeds <dir>[\s\S]*--no-cache/);
    const wrong = spawnSync('npm', ['run', 'ingest', '--', '--seed', 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/ingest: Unknown option '--seed'[\s\S]*--seeds <dir>/);
  });

  it('exits 1 on a bad seed, reports it as file:line, and still writes the good article', () => {
    const seeds = tmp('seeds');
    const out = tmp('out');
    const good = seedFiles[0]!;
    copyFileSync(join(SEEDS, good), join(seeds, good));
    writeFileSync(join(seeds, 'zz_empty.txt'), '');

    const r = ingest(seeds, out);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('zz_empty.txt:1: empty article');
    expect(r.stdout).toMatch(/^ingest: 2 seeds → 1 articles, 1 errors, \d+ people \(\d+ unregistered\)/m);
    const written = readdirSync(out).filter((f) => f.endsWith('.md'));
    expect(written).toHaveLength(1);
    expect(matter(readFileSync(join(out, written[0]!), 'utf8')).data.source).toBe(good);
  });

  it('exits 0 with only good seeds and writes one article each', () => {
    const seeds = tmp('seeds');
    const out = tmp('out');
    for (const f of seedFiles) copyFileSync(join(SEEDS, f), join(seeds, f));

    const r = ingest(seeds, out);
    expect(r.status, r.stderr).toBe(0);
    const n = seedFiles.length;
    const summary = new RegExp(`^ingest: ${n} seeds → ${n} articles, 0 errors, (\\d+) people \\((\\d+) unregistered\\)`, 'm').exec(r.stdout);
    expect(summary, r.stdout).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThanOrEqual(Number(summary![2]));
    // no error lines (warnings are printed as `warning: file:line: …`)
    expect(r.stderr).not.toMatch(/^\S+\.txt:\d+: /m);
    expect(readdirSync(out).filter((f) => f.endsWith('.md'))).toHaveLength(n);
  });

  it('prints 40 warnings and counts the rest by kind; the report file (--report) lists them all', () => {
    const seeds = tmp('seeds');
    const out = tmp('out');
    const copies = Array.from({ length: 46 }, (_, i) => `${String(i + 1).padStart(3, '0')}_copy.txt`);
    for (const name of copies) copyFileSync(join(SEEDS, seedFiles[1]!), join(seeds, name));

    const report = join(tmp('report'), 'report.txt');
    const r = ingest(seeds, out, '--report', report);
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings.slice(0, 40).every((l) => /^warning: \d{3}_copy\.txt:1: same article as 001_copy\.txt: skipped/.test(l)), warnings.join('\n')).toBe(true);
    expect(warnings.slice(40)).toEqual(['warning: … and 5 more: same article as …: skipped']);
    expect(r.stderr).toContain(`listed in ${report}`);
    expect(readFileSync(report, 'utf8').match(/same article as 001_copy\.txt: skipped/g)).toHaveLength(45);
  });

  it('on a second run reads no unchanged seed and rewrites no unchanged output, but mends what changed', () => {
    const seeds = tmp('seeds');
    const out = tmp('out');
    for (const f of seedFiles) copyFileSync(join(SEEDS, f), join(seeds, f));
    const written = (r: { stdout: string }) => Number(/\[(\d+) written/.exec(r.stdout)?.[1]);

    expect(written(ingest(seeds, out))).toBe(seedFiles.length);
    expect(written(ingest(seeds, out))).toBe(0);

    const [first, second] = readdirSync(out).filter((f) => f.endsWith('.md')).sort();
    const original = readFileSync(join(out, first!), 'utf8');
    rmSync(join(out, first!));
    writeFileSync(join(out, second!), `${readFileSync(join(out, second!), 'utf8')}\nedited by hand\n`);
    const mended = ingest(seeds, out);
    expect(mended.status, mended.stderr).toBe(0);
    expect(written(mended)).toBe(2);
    expect(readFileSync(join(out, first!), 'utf8')).toBe(original);
    expect(readFileSync(join(out, second!), 'utf8')).not.toContain('edited by hand');

    const extra = seedFiles[0]!.replace(/^\d+/, '999');
    writeFileSync(join(seeds, extra), readFileSync(join(SEEDS, seedFiles[0]!), 'utf8').replace(/\n/, '\nMột dòng thêm vào bài.\n'));
    const added = ingest(seeds, out);
    expect(written(added)).toBe(1);
    expect(readdirSync(out).filter((f) => f.endsWith('.md'))).toHaveLength(seedFiles.length + 1);
  });
});
