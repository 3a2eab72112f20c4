// `npm run bench [-- --count N --out <results.json> --work <scratch dir> --runs R]`: the archive's benchmark.
// Everything runs in a scratch copy of the project (default bench/out/<N>/) with a synthetic corpus as its
// seeds, so the project's own seeds/, src/content/articles/ and dist/ are never touched. Each step runs as
// a child process under /usr/bin/time -v for its peak RSS (the largest single process in its tree). `--runs R`
// (default 5; 3 above 2,000 seeds) repeats each ingest measure R times, the cold ones and the builds at most 3.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseRegister } from '../src/lib/ingest/people.ts';
import { makeCorpus } from '../src/lib/corpus.ts';
import { articlePageBytes, median } from './page-budget.ts';
import { ingestArgs } from './ingest-command.ts';
import { bundlePath, COMPILE_CACHE_DIR } from './pipeline-bundle.ts';
import { makeScratchProject } from './scratch-project.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'bench/results.json' },
    work: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: 'hội đàm' },
  },
});
const count = Number(values.count);
const runs = Number(values.runs ?? (count <= 2000 ? 5 : 3));
const root = process.cwd();
const work = resolve(values.work ?? join('bench/out', String(count)));
const site = join(work, 'site');
const floor = join(work, 'floor');
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('bench: /usr/bin/time is missing — apt-get install -y time');
  process.exit(2);
}

/**
 * One measured child process: wall seconds, peak RSS in MB (its largest process), the largest sum of its processes'
 * resident sets at one moment (what the machine must have at once; sampled every 50 ms), and its output.
 */
interface Run {
  sec: number;
  rssMb: number;
  allRssMb: number;
  stdout: string;
}

/** The ids of a process's descendants, from /proc (empty where /proc has no `children` lists). */
function descendants(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((t) => readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  const found: number[] = [];
  for (let queue = children(pid); queue.length; ) {
    const p = queue.shift()!;
    found.push(p);
    queue.push(...children(p));
  }
  return found;
}

/** A line of a process's /proc status (VmHWM: its peak resident set so far; VmRSS: now), in kB; 0 once it is gone. */
function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Run a command in `cwd` under /usr/bin/time -v (with `env` added to the environment); throws when it fails.
 * Its peak RSS is the largest of time's figure and of every descendant's high-water mark, read from /proc every
 * 50 ms: time counts only the processes that were waited for, and a process that is never waited for (as Pagefind's
 * Node API leaves its indexer, which the build used until the twelfth session) would be missed.
 */
async function measure(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}.txt`);
  const started = performance.now();
  const child = spawn(TIME, ['-v', '-o', timeFile, cmd, ...args], { cwd, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let peakKb = 0;
  let allKb = 0;
  const poll = setInterval(() => {
    let nowKb = 0;
    for (const p of descendants(child.pid!)) {
      peakKb = Math.max(peakKb, statusKb(p, 'VmHWM'));
      nowKb += statusKb(p, 'VmRSS');
    }
    allKb = Math.max(allKb, nowKb);
  }, 50);
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
  clearInterval(poll);
  const sec = (performance.now() - started) / 1000;
  if (status !== 0) {
    throw new Error(`bench: ${cmd} ${args.join(' ')} failed (exit ${status ?? signal})\n${stdout}\n${stderr}`.slice(0, 8000));
  }
  const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] ?? NaN);
  rmSync(timeFile, { force: true });
  return { sec, rssMb: Math.max(timeKb, peakKb) / 1024, allRssMb: Math.max(allKb, timeKb, peakKb) / 1024, stdout };
}

const rm = (p: string) => rmSync(p, { recursive: true, force: true });
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const log = (s: string) => console.error(`bench: ${s}`);

/** Every file under a folder, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
const bytesOf = (dir: string) => walk(dir).reduce((n, f) => n + statSync(f).size, 0);

// ── scratch project: the project's sources, a symlinked node_modules, the corpus as seeds/ ──
log(`scratch project in ${relative(root, work) || work}`);
makeScratchProject(site);
const people = parseRegister(readFileSync('src/data/people.yaml', 'utf8'));
const corpus = makeCorpus({ count: count + 1, seed: Number(values.seed), people });
const extra = corpus.pop()!;
for (const s of corpus) writeFileSync(join(site, 'seeds', s.name), s.text);
const seedBytes = corpus.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
log(`${count} seeds, ${(seedBytes / 1e6).toFixed(1)} MB`);

// ── ingest: cold (no cache, no outputs), warm (cache and outputs in place), one new seed ──
// The ingest runs with the Node options `npm run ingest` gives it (package.json), without npm's own start-up.
const ingest = (extraArgs: string[] = []) => measure(site, process.execPath, ingestArgs(site, '--keep-going', ...extraArgs));
const articlesDir = join(site, 'src/content/articles');
// The first run of new code also bundles the pipeline (scripts/pipeline-bundle.ts; the scratch project's
// node_modules is this one's, and its sources the same): measured once, apart, with the bundle and Node's compile
// cache removed first. The cold runs after it keep both, as a first run after a fresh clone's first build would.
rm(bundlePath());
rm(COMPILE_CACHE_DIR);
rm(join(site, '.cache'));
rm(articlesDir);
const codeChanged = await ingest();
if (!existsSync(bundlePath())) log('the ingest made no bundle of its pipeline: the runs below load it from its sources');
const cold: Run[] = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  rm(join(site, '.cache'));
  rm(articlesDir);
  cold.push(await ingest());
}
const summary = /ingest: (\d+) seeds → (\d+) articles, (\d+) errors/.exec(cold[0]!.stdout);
const articles = Number(summary?.[2] ?? NaN);
const ingestErrors = Number(summary?.[3] ?? NaN);
log(`ingest cold ${median(cold.map((r) => r.sec)).toFixed(2)} s: ${summary?.[0]}`);
const warm: Run[] = [];
for (let i = 0; i < runs; i++) warm.push(await ingest());
const reingest: Run[] = [];
for (let i = 0; i < runs; i++) {
  writeFileSync(join(site, 'seeds', extra.name), extra.text);
  reingest.push(await ingest());
  rm(join(site, 'seeds', extra.name));
  await ingest();
}
const noCache: Run[] = [];
for (let i = 0; i < Math.min(runs, 3); i++) noCache.push(await ingest(['--no-cache']));

// ── disk floor: read every seed and write every output byte once. First into a folder nothing was deleted
// from, then (median of `runs`, at most 3) in the cold run's conditions: the previous outputs deleted a
// moment before (the cold run starts Node and parses for seconds in between). On this machine's disk
// (ext4 mounted with `discard` on a virtual disk) creating files then costs anywhere from 1× to 15× as
// much, from one minute to the next: the spread is recorded (diskFloorMinSec, diskFloorMaxSec) ──
const outputs = readdirSync(articlesDir).map((f) => readFileSync(join(articlesDir, f)));
const scratch = join(work, 'disk-floor');
const diskFloor = () => {
  const started = performance.now();
  for (const f of readdirSync(join(site, 'seeds'))) readFileSync(join(site, 'seeds', f));
  outputs.forEach((b, i) => writeFileSync(join(scratch, `${i}.md`), b));
  return (performance.now() - started) / 1000;
};
rm(scratch);
mkdirSync(scratch);
const diskFloorNoDeleteSec = diskFloor();
const afterDelete: number[] = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  rm(scratch);
  mkdirSync(scratch);
  await new Promise((done) => setTimeout(done, 2000));
  afterDelete.push(diskFloor());
}
rm(scratch);
const diskFloorSec = median(afterDelete);

// ── full build, cold, and the floor: the same Markdown, bare Astro + the Pagefind CLI. Run in pairs (ours, then
// the floor), `runs` times (at most 3): this machine's speed swings by up to 1.5× from one minute to the next, so
// a pair shares its conditions; the ratio reported is the median of the pairs' ratios ──
const floorBuild = async () => {
  rm(join(floor, '.astro'));
  rm(join(floor, 'dist'));
  // Without Node's compile cache, as our build runs astro (scripts/build.ts): the floor builds into the same
  // dist/ each time, so from its second run on its compiled content store came from the cache, a saving no
  // build after an added seed gets (the store changed), ≈ 10 s at 10,000 articles.
  const astro = await measure(floor, bin('astro'), ['build'], { NODE_DISABLE_COMPILE_CACHE: '1' });
  const pagefind = await measure(floor, bin('pagefind'), ['--site', 'dist']);
  return { astro, pagefind, sec: astro.sec + pagefind.sec };
};
const ourBuild = async () => {
  rm(join(site, '.cache'));
  rm(join(site, '.astro'));
  rm(join(site, 'dist'));
  rm(articlesDir);
  // `npm run build` without npm: the ingest and astro start together (scripts/build.ts).
  const run = await measure(site, process.execPath, ['scripts/build.ts']);
  const reported = (re: RegExp) => Number(re.exec(run.stdout)?.[1] ?? NaN);
  // The ingest, from the build's start; how long astro, ready for content, waited for it; the Pagefind step
  // (as the build reports it, after astro: indexSiteReported in src/integrations/pagefind.ts).
  const ingestSec = reported(/build: ingest done in ([\d.]+)s/);
  const waitedSec = reported(/astro waited ([\d.]+)s/);
  const pagefindSec = reported(/indexed \d+ pages into .* in ([\d.]+)s/);
  return { run, ingestSec, waitedSec, pagefindSec, sec: run.sec };
};
const pairs: Array<{ ours: Awaited<ReturnType<typeof ourBuild>>; floor: Awaited<ReturnType<typeof floorBuild>> }> = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  const ours = await ourBuild();
  if (i === 0) {
    rm(floor);
    cpSync(join(root, 'bench/floor'), floor, { recursive: true, filter: (p) => !/[/\\](dist|node_modules|\.astro|content)$/.test(p) });
    symlinkSync(join(root, 'node_modules'), join(floor, 'node_modules'), 'dir');
    cpSync(articlesDir, join(floor, 'src/content/articles'), { recursive: true });
  }
  const bare = await floorBuild();
  pairs.push({ ours, floor: bare });
  log(
    `full build ${ours.sec.toFixed(1)} s (ingest ${ours.ingestSec.toFixed(1)} s beside astro's start, astro waited ${ours.waitedSec.toFixed(1)} s; ` +
      `then astro + pagefind ${(ours.sec - ours.ingestSec).toFixed(1)} s); ` +
      `floor ${bare.sec.toFixed(1)} s (astro ${bare.astro.sec.toFixed(1)} s, pagefind ${bare.pagefind.sec.toFixed(1)} s): ${(ours.sec / bare.sec).toFixed(2)}×`,
  );
}
const med = (f: (p: (typeof pairs)[number]) => number) => median(pairs.map(f));
const buildSec = med((p) => p.ours.sec);
const buildIngestSec = med((p) => p.ours.ingestSec);
const buildAstroWaitSec = med((p) => p.ours.waitedSec);
// What the build took after its ingest was done: astro (what of its start had not overlapped the ingest, the
// rest of it) + Pagefind + the swap.
const buildAstroSec = med((p) => p.ours.sec - p.ours.ingestSec);
const buildPagefindSec = med((p) => p.ours.pagefindSec);
const floorBuildSec = med((p) => p.floor.sec);
const floorAstroSec = med((p) => p.floor.astro.sec);
const floorPagefindSec = med((p) => p.floor.pagefind.sec);
const buildRatios = pairs.map((p) => p.ours.sec / p.floor.sec);
const maxRss = (f: (p: (typeof pairs)[number]) => Run) => Math.max(...pairs.map((p) => f(p).rssMb));
// The build's largest process (astro or Pagefind's indexer; the ingest inside it is measured alone, cold).
const ingestRssMb = Math.max(...cold.map((r) => r.rssMb));
const astroRssMb = maxRss((p) => p.ours.run);
// What the machine must have at once: the build's processes together (ingest, astro, Pagefind); the floor's astro
// and Pagefind run one after the other.
const maxAllRss = (f: (p: (typeof pairs)[number]) => Run) => Math.max(...pairs.map((p) => f(p).allRssMb));
const buildAllRssMb = maxAllRss((p) => p.ours.run);
const floorAllRssMb = Math.max(maxAllRss((p) => p.floor.astro), maxAllRss((p) => p.floor.pagefind));

// ── output sizes: dist/, article pages with their stylesheets ──
const dist = join(site, 'dist');
const distBytes = bytesOf(dist);
const pageBytes = articlePageBytes(dist);

// ── bytes a browser fetches for a first search result: as served by a host that gzips text (JS, JSON);
// Pagefind's index, meta, fragment and wasm files are gzipped already ──
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const TEXT = new Set(['.js', '.json', '.css', '.html']);
const wireBytes = (path: string) => {
  const body = readFileSync(join(dist, path));
  return TEXT.has(extname(path)) ? gzipSync(body).length : body.length;
};
async function firstSearchBytes(): Promise<{ bytes: number; rawBytes: number; how: string; files: string[] }> {
  const chromium = '/usr/bin/chromium';
  if (existsSync(chromium)) {
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      let file = join(dist, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const fetched: Array<Promise<[string, number]>> = [];
      page.on('response', (r) => {
        if (new URL(r.url()).pathname.startsWith('/pagefind/')) fetched.push(r.body().then((b) => [new URL(r.url()).pathname, b.length] as [string, number], () => [r.url(), 0]));
      });
      await page.goto(`http://127.0.0.1:${port}/404.html`);
      const found = await page.evaluate(async (q) => {
        // @ts-expect-error: runs in the page, where the built site serves Pagefind's module
        const pf = await import('/pagefind/pagefind.js');
        await pf.init();
        const r = await pf.search(q);
        return r.results.length ? (await r.results[0].data()).url : null;
      }, values.query);
      if (!found) throw new Error(`bench: the query "${values.query}" found nothing`);
      const files = await Promise.all(fetched);
      return {
        bytes: files.reduce((n, [p]) => n + wireBytes(p), 0),
        rawBytes: files.reduce((n, [, b]) => n + b, 0),
        how: 'fetched in Chromium',
        files: files.map(([p, b]) => `${p} ${b} raw, ${wireBytes(p)} on the wire`),
      };
    } finally {
      await browser.close();
      server.close();
    }
  }
  // Without a browser: the entry, pagefind.js, the wasm, the meta, the largest index chunk and fragment.
  const pf = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8'));
  const lang = Object.values(entry.languages)[0] as { hash: string; wasm: string };
  const size = (f: string) => (existsSync(join(pf, f)) ? statSync(join(pf, f)).size : 0);
  const largest = (d: string) => Math.max(...readdirSync(join(pf, d)).map((f) => size(join(d, f))));
  const files = ['pagefind-entry.json', 'pagefind.js', 'pagefind-worker.js', `wasm.${lang.wasm}.pagefind`, `pagefind.${lang.hash}.pf_meta`];
  const rest = largest('index') + largest('fragment');
  return {
    bytes: files.reduce((n, f) => n + (size(f) ? wireBytes(`pagefind/${f}`) : 0), rest),
    rawBytes: files.reduce((n, f) => n + size(f), rest),
    how: 'from files (largest chunk and fragment)',
    files,
  };
}
const search = await firstSearchBytes();

// ── results ──
const results = {
  count,
  articles,
  ingestErrors,
  runs,
  ingestColdPerSec: count / median(cold.map((r) => r.sec)),
  ingestCodeChangedSec: codeChanged.sec,
  ingestWarmPerSec: count / median(warm.map((r) => r.sec)),
  ingestNoCachePerSec: count / median(noCache.map((r) => r.sec)),
  reingestOneSec: median(reingest.map((r) => r.sec)),
  buildSec,
  buildIngestSec,
  buildAstroSec,
  buildAstroWaitSec,
  buildPagefindSec,
  floorBuildSec,
  floorAstroSec,
  floorPagefindSec,
  buildRatio: median(buildRatios),
  buildRatios,
  buildRuns: pairs.length,
  peakRssMb: Math.max(ingestRssMb, astroRssMb),
  ingestRssMb,
  astroRssMb,
  floorAstroRssMb: maxRss((p) => p.floor.astro),
  floorPagefindRssMb: maxRss((p) => p.floor.pagefind),
  buildAllRssMb,
  floorAllRssMb,
  articlePageMaxBytes: Math.max(...pageBytes),
  articlePageMedianBytes: median(pageBytes),
  firstSearchBytes: search.bytes,
  firstSearchRawBytes: search.rawBytes,
  firstSearchHow: search.how,
  firstSearchFiles: search.files,
  diskFloorSec,
  diskFloorMinSec: Math.min(...afterDelete),
  diskFloorMaxSec: Math.max(...afterDelete),
  diskFloorNoDeleteSec,
  distBytes,
  seedBytes,
};
mkdirSync(resolve(values.out, '..'), { recursive: true });
writeFileSync(values.out, JSON.stringify(results, null, 2) + '\n');

const KIB = 1024;
const MIB = 1024 * KIB;
const rows: Array<[string, string, string]> = [
  ['articles', `${articles} of ${count} seeds (${ingestErrors} errors)`, ''],
  ['ingest cold', `${results.ingestColdPerSec.toFixed(0)} articles/s`, '≥ 5,000/s'],
  ['ingest cold, first run of new code (also bundles the pipeline)', `${(count / results.ingestCodeChangedSec).toFixed(0)} articles/s (${results.ingestCodeChangedSec.toFixed(2)} s)`, ''],
  ['ingest warm (cache)', `${results.ingestWarmPerSec.toFixed(0)} articles/s`, ''],
  ['ingest --no-cache, outputs in place', `${results.ingestNoCachePerSec.toFixed(0)} articles/s`, ''],
  ['re-ingest after one new seed', `${results.reingestOneSec.toFixed(2)} s`, '< 1 s at 10k'],
  ['full build (ingest beside astro\'s start, then astro + pagefind; medians)', `${buildSec.toFixed(1)} s (ingest ${buildIngestSec.toFixed(1)}, astro waited ${buildAstroWaitSec.toFixed(1)}; then astro ${(buildAstroSec - buildPagefindSec).toFixed(1)} + pagefind ${buildPagefindSec.toFixed(1)})`, ''],
  ['floor (bare astro + pagefind cli; medians)', `${floorBuildSec.toFixed(1)} s (astro ${floorAstroSec.toFixed(1)} + pagefind ${floorPagefindSec.toFixed(1)})`, ''],
  ['ratio ours / floor (median of the pairs\' ratios)', `${results.buildRatio.toFixed(2)}× (${buildRatios.map((r) => r.toFixed(2)).join(', ')})`, '≤ 1.3×'],
  ['peak RSS (ours: ingest, astro + pagefind)', `${results.peakRssMb.toFixed(0)} MB (${ingestRssMb.toFixed(0)}, ${astroRssMb.toFixed(0)})`, '< 2 GiB'],
  ['peak RSS floor (astro, pagefind)', `${results.floorAstroRssMb.toFixed(0)} MB, ${results.floorPagefindRssMb.toFixed(0)} MB`, ''],
  ['memory at once (the resident sets of a build\'s processes summed, at their largest: ours, floor)', `${buildAllRssMb.toFixed(0)} MB, ${floorAllRssMb.toFixed(0)} MB`, ''],
  ['article page, largest / median', `${(results.articlePageMaxBytes / KIB).toFixed(1)} / ${(results.articlePageMedianBytes / KIB).toFixed(1)} KiB`, '≤ 25 KB'],
  ['first search result', `${(search.bytes / KIB).toFixed(1)} KiB gzipped, ${(search.rawBytes / KIB).toFixed(1)} KiB raw (${search.how})`, '≤ 150 KB at 10k'],
  ['dist/', `${(distBytes / MIB).toFixed(1)} MiB`, ''],
  ['disk floor (read seeds, write outputs; previous outputs deleted 2 s before, as in the cold run)', `${diskFloorSec.toFixed(2)} s (${Math.min(...afterDelete).toFixed(2)}–${Math.max(...afterDelete).toFixed(2)}; ${diskFloorNoDeleteSec.toFixed(2)} s into an untouched folder)`, ''],
];
console.log(`\n| ${count} seeds | result | target |\n|---|---|---|`);
for (const [k, v, t] of rows) console.log(`| ${k} | ${v} | ${t} |`);
console.log(`\nbench: wrote ${values.out}`);
