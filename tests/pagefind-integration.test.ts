// The search index step of the build (src/integrations/pagefind.ts): the Pagefind CLI over the article pages, an
// empty index for an archive with no article yet, and its failures passed on with what Pagefind said.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPages, indexSite, pagefindArgs, pagefindCli, runPagefind } from '../src/integrations/pagefind.ts';
import { ARTICLE_SECTION } from '../src/lib/site/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pagefind-step-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function page(body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
}

/** A built site: `articles` article pages (searchable) and a list page that is not. */
function site(name: string, articles: string[]): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'nhan-vat', 'a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page('<main>Trang chủ: Hội đàm</main>'));
  writeFileSync(join(dir, 'nhan-vat', 'a', 'index.html'), page('<main data-pagefind-body>Danh sách hội đàm</main>'));
  articles.forEach((text, i) => {
    mkdirSync(join(dir, ARTICLE_SECTION, `bai-${i}`), { recursive: true });
    writeFileSync(join(dir, ARTICLE_SECTION, `bai-${i}`, 'index.html'), page(`<article data-pagefind-body><h1 data-pagefind-meta="title">Bài ${i}</h1><p>${text}</p></article>`));
  });
  return dir;
}

/** A stand-in for the CLI: a script that prints `stdout` and `stderr` and exits with `code`. */
function fakeCli(name: string, stdout: string, stderr: string, code: number): string {
  const file = join(scratch, `${name}.cjs`);
  writeFileSync(file, `process.stdout.write(${JSON.stringify(stdout)}); process.stderr.write(${JSON.stringify(stderr)}); process.exitCode = ${code};`);
  return file;
}

describe('the Pagefind step of the build', () => {
  it('finds the CLI the pagefind package declares, and gives it the article pages, Vietnamese, and the output folder', () => {
    expect(pagefindCli()).toMatch(/node_modules[\\/]pagefind[\\/].+\.c?js$/);
    const args = pagefindArgs('/x/dist');
    expect(args.slice(0, 2)).toEqual(['--site', '/x/dist']);
    expect(args[args.indexOf('--glob') + 1]).toBe(`${ARTICLE_SECTION}/**/*.html`);
    expect(args[args.indexOf('--force-language') + 1]).toBe('vi');
    expect(args[args.indexOf('--output-path') + 1]).toBe(join('/x/dist', 'pagefind'));
  });

  it('reads the number of indexed pages from the CLI\'s summary, and says when it cannot', () => {
    expect(indexedPages('Total: \n  Indexed 1 language\n  Indexed 10000 pages\n  Indexed 22321 words\n')).toBe(10000);
    expect(indexedPages('Total:\n  Indexed 1 page\n')).toBe(1);
    expect(indexedPages('Finished in 1.2 seconds')).toBeNull();
  });

  it('indexes the article pages only, with their text findable', async () => {
    const dir = site('two', ['Thủ tướng hội đàm với Ngoại trưởng', 'Chủ tịch nước tiếp Đại sứ']);
    const run = await indexSite(dir);
    expect(run.pages).toBe(2);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.page_count).toBe(2);
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(2);
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
  });

  it('writes an empty index for an archive with no article yet, which the CLI would refuse', async () => {
    const dir = site('none', []);
    mkdirSync(join(dir, ARTICLE_SECTION, 'not-a-page'), { recursive: true }); // a folder, but no page in it
    const run = await indexSite(dir);
    expect(run).toEqual({ pages: 0, warnings: [] });
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages).toEqual({});
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
  });

  it('passes the CLI\'s warnings on, one a line', async () => {
    const cli = fakeCli('warns', '  Indexed 3 pages\n', '1 file failed to index\n  - a.html: bad\n', 0);
    expect(await runPagefind(join(scratch, 'x'), cli)).toEqual({ pages: 3, warnings: ['1 file failed to index', '  - a.html: bad'] });
  });

  it('fails with the exit status and what the CLI said when it fails', async () => {
    const cli = fakeCli('fails', '', 'Error: Pagefind was not able to build an index.\n', 1);
    await expect(runPagefind(join(scratch, 'x'), cli)).rejects.toThrow(/exited with 1 while indexing .*:\nError: Pagefind was not able to build an index\./);
  });
});
