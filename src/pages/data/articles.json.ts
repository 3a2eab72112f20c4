import type { APIRoute } from 'astro';
import { loadArchive } from '../../archive.ts';
import { toExportRecord } from '../../lib/site/export.ts';
import { articlePath } from '../../lib/site/paths.ts';

/** Open data: every article's front matter plus its URL, oldest first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadArchive();
  const records = articles.map((a) => toExportRecord(a, new URL(articlePath(a.slug), site).href));
  return new Response(JSON.stringify(records, null, 1) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
