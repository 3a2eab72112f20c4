import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../archive.ts';
import { feedInstant } from '../lib/site/dates.ts';
import { articlePath } from '../lib/site/paths.ts';
import { uniquePeople } from '../lib/site/people.ts';
import { ui } from '../lib/ui.ts';

/** The newest 50 articles, by event date. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, resolve } = await loadArchive();
  return rss({
    title: ui.siteTitle,
    description: ui.siteDescription,
    site: site!,
    customData: '<language>vi</language>',
    items: [...articles].reverse().slice(0, 50).map((a) => ({
      title: a.title,
      link: articlePath(a.slug),
      pubDate: feedInstant(a.published, a.date),
      description: a.lede,
      categories: [a.meetingType, ...uniquePeople(a.people, resolve).map((p) => p.name)],
    })),
  });
};
