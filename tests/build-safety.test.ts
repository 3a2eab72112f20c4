// The real build over the real seeds plus the hostile-seed corpus, in a scratch copy of the project:
// every good article is published, nothing from a seed runs in the browser, pages load nothing from
// elsewhere, and a failed build leaves the previous dist/ as it was. One more seed, a visit of several
// days (no real seed has one), checks how such an event reaches its page.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import matter from 'gray-matter';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratchProject } from '../scripts/scratch-project.ts';
import { badSeeds } from './fixtures/bad-seeds/make.ts';

const ROOT = join(import.meta.dirname, '..');
let project: string;
let build: { status: number | null; stdout: string; stderr: string };

const npm = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync('npm', args, { cwd: project, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

const VISIT =
  'Tổng thống Hoa Kỳ thăm cấp Nhà nước Việt Nam\n\n' +
  'Từ ngày 10-11/9/2023, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden tại Hà Nội.\n';

beforeAll(() => {
  project = makeScratchProject();
  for (const c of badSeeds()) writeFileSync(join(project, 'seeds', c.name), c.bytes);
  for (const real of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', real), join(project, 'seeds', real));
  writeFileSync(join(project, 'seeds', 'visit-of-two-days.txt'), VISIT);
  build = npm(['run', 'build']);
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run build with bad seeds among good ones', () => {
  it('succeeds, reporting each bad seed with its file and line', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/^empty\.txt:1: empty article/m);
    expect(build.stderr).toMatch(/^broken-utf8\.txt:4: invalid UTF-8/m);
  });

  it('runs the ingest beside astro\'s start, and astro reads the content only after it', () => {
    const ingested = build.stdout.search(/^ingest: \d+ seeds → \d+ articles/m);
    const done = build.stdout.search(/^build: ingest done in [\d.]+s, beside astro's start \(astro waited [\d.]+s for it\)$/m);
    const syncing = build.stdout.search(/Syncing content/);
    expect(ingested).toBeGreaterThanOrEqual(0);
    expect(done).toBeGreaterThan(ingested);
    expect(syncing).toBeGreaterThan(done);
  });

  it('makes the search index once astro has exited, of every article page', () => {
    const complete = build.stdout.search(/Complete!/); // astro's last line ("[build] Complete!", in colours)
    const indexed = /^build: indexed (\d+) pages into .*pagefind in [\d.]+s$/m.exec(build.stdout);
    expect(complete).toBeGreaterThanOrEqual(0);
    expect(indexed, build.stdout).not.toBeNull();
    expect(indexed!.index).toBeGreaterThan(complete);
    expect(build.stdout).not.toMatch(/\[archive-pagefind\]/);
    const pages = readdirSync(join(project, 'dist/bai-viet')).length;
    expect(Number(indexed![1])).toBe(pages);
    expect(JSON.parse(readFileSync(join(project, 'dist/pagefind/pagefind-entry.json'), 'utf8')).languages.vi.page_count).toBe(pages);
  });

  it('publishes a page for every article the ingest accepted, real seeds included', () => {
    const articles = readdirSync(join(project, 'src/content/articles'));
    const pages = readdirSync(join(project, 'dist/bai-viet'));
    expect(articles.length).toBeGreaterThanOrEqual(5 + badSeeds().filter((c) => c.published).length);
    for (const a of articles) expect(pages, a).toContain(a.replace(/\.md$/, ''));
  });

  it('shows markup from a seed as text: no script, handler, frame or javascript: link from the seed', () => {
    const page = readdirSync(join(project, 'src/content/articles'))
      .map((a) => join(project, 'dist/bai-viet', a.replace(/\.md$/, ''), 'index.html'))
      .find((p) => readFileSync(p, 'utf8').includes('bấm vào'))!;
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('&lt;script');
    expect(html).not.toMatch(/<title>[^<]*Tiêu đề bị chèn/);
    const dangers: string[] = [];
    visit(fromHtml(html), 'element', (el: Element) => {
      const props = Object.keys(el.properties);
      if (props.some((p) => /^on/i.test(p))) dangers.push(`${el.tagName} with an event handler`);
      if (['iframe', 'object', 'embed', 'img'].includes(el.tagName)) dangers.push(`<${el.tagName}>`);
      if (el.tagName === 'script' && el.properties.type !== 'application/ld+json' && !String(el.properties.src ?? '').startsWith('/')) {
        dangers.push(`inline <script>: ${JSON.stringify(el.children).slice(0, 80)}`);
      }
      if (/^\s*javascript:/i.test(String(el.properties.href ?? ''))) dangers.push(`javascript: link`);
      if (el.tagName === 'style' && JSON.stringify(el.children).includes('body{display:none}')) dangers.push('<style> from the seed');
    });
    expect(dangers).toEqual([]);
  });

  it('gives every page a Content-Security-Policy that allows no inline script without a hash', () => {
    for (const file of walk(join(project, 'dist')).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, `${relative(project, file)} has a CSP meta`).toBeDefined();
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      expect(csp).toMatch(/default-src 'self'/);
    }
  });

  it('loads nothing from another origin', () => {
    for (const file of walk(join(project, 'dist')).filter((f) => /\.(html|css|js)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const external = [...text.matchAll(/(?:src|href)\s*=\s*["']?(https?:)?\/\/([^/"'\s>]+)/gi)]
        .map((m) => m[2]!)
        .filter((host) => !host.startsWith('vn-us-meetings.example.org'));
      const cssImports = [...text.matchAll(/url\(\s*["']?(https?:)?\/\/([^/"')]+)/gi)].map((m) => m[2]);
      expect([...external, ...cssImports], relative(project, file)).toEqual([]);
    }
  });
});

describe('an event of several days', () => {
  it('shows both days, is indexed under each, and gives its event an endDate', () => {
    const name = readdirSync(join(project, 'src/content/articles')).find((a) =>
      matter(readFileSync(join(project, 'src/content/articles', a), 'utf8')).data.source === 'visit-of-two-days.txt',
    )!;
    const html = readFileSync(join(project, 'dist/bai-viet', name.replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(html).toMatch(/<time datetime="2023-09-10"[^>]*>ngày 10–11\/9\/2023<\/time>/);
    const hidden = /<p class="vh"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    for (const day of ['10/9/2023', '11/9/2023', '2023-09-11']) expect(hidden).toContain(day);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(ld.about).toEqual([expect.objectContaining({ startDate: '2023-09-10', endDate: '2023-09-11' })]);
  });
});

describe('a failed build', () => {
  it('leaves the previous dist/ intact and no half-built folder behind', () => {
    const index = join(project, 'dist/index.html');
    const before = readFileSync(index, 'utf8');
    const mtime = statSync(index).mtimeMs;
    writeFileSync(join(project, 'src/pages/broken.astro'), '---\nthrow new Error("deliberately broken page");\n---\n<p>x</p>\n');
    const failed = npm(['run', 'build']);
    rmSync(join(project, 'src/pages/broken.astro'));
    expect(failed.status).not.toBe(0);
    expect(failed.stderr + failed.stdout).toMatch(/previous dist\/ is left as it was/);
    expect(readFileSync(index, 'utf8')).toBe(before);
    expect(statSync(index).mtimeMs).toBe(mtime);
    expect(readdirSync(project).filter((n) => n.startsWith('.dist-'))).toEqual([]);
    expect(existsSync(join(project, 'dist/pagefind'))).toBe(true);
  }, 120_000);

  it('leaves the previous dist/ as it was when the search index fails, with what Pagefind said', () => {
    const index = join(project, 'dist/index.html');
    const mtime = statSync(index).mtimeMs;
    const entry = readFileSync(join(project, 'dist/pagefind/pagefind-entry.json'), 'utf8');
    // The pagefind package runs the binary this variable names instead of its own: one that fails as Pagefind does.
    const fake = join(project, 'failing-pagefind.sh');
    writeFileSync(fake, '#!/bin/sh\necho "Error: Pagefind was not able to build an index." >&2\nexit 1\n', { mode: 0o755 });
    const failed = npm(['run', 'build'], { PAGEFIND_EXTENDED_BINARY_PATH: fake });
    rmSync(fake);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/^build: the search index failed: Pagefind exited with 1 while indexing .*:$/m);
    expect(failed.stderr).toMatch(/^Error: Pagefind was not able to build an index\./m);
    expect(failed.stderr).toMatch(/the previous dist\/ is left as it was$/m);
    expect(statSync(index).mtimeMs).toBe(mtime);
    expect(readFileSync(join(project, 'dist/pagefind/pagefind-entry.json'), 'utf8')).toBe(entry);
    expect(readdirSync(project).filter((n) => n.startsWith('.dist-'))).toEqual([]);
  }, 120_000);

  it('stops astro when the ingest run itself fails, and leaves the previous dist/ as it was', () => {
    const index = join(project, 'dist/index.html');
    const mtime = statSync(index).mtimeMs;
    const register = join(project, 'src/data/people.yaml');
    renameSync(register, `${register}.away`);
    let failed;
    try {
      failed = npm(['run', 'build']);
    } finally {
      renameSync(`${register}.away`, register);
    }
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/people register not found/);
    expect(failed.stderr).toMatch(/^build: the ingest failed \(exit 2\); the previous dist\/ is left as it was$/m);
    expect(failed.stdout).not.toMatch(/Syncing content/);
    expect(statSync(index).mtimeMs).toBe(mtime);
    expect(readdirSync(project).filter((n) => n.startsWith('.dist-'))).toEqual([]);
  }, 120_000);
});
