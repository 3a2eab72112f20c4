import type { APIRoute } from 'astro';
import { loadArchive } from '../../archive.ts';
import { toCsv, toExportRecord } from '../../lib/site/export.ts';
import { articlePath } from '../../lib/site/paths.ts';

/**
 * Open data as CSV (RFC 4180, UTF-8): the same records as articles.json, arrays joined with "; ". It starts with
 * a byte-order mark, without which spreadsheet programs read the file in a legacy code page and garble every
 * Vietnamese letter.
 */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadArchive();
  const records = articles.map((a) => toExportRecord(a, new URL(articlePath(a.slug), site).href));
  return new Response(`\uFEFF${toCsv(records)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
