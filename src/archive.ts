// The one place pages load content: every article (oldest first) and the people register, with the
// person resolver and summaries the pages share. Pure work happens in src/lib/site/.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article } from './content.config.ts';
import { collectPeople, createPersonResolver, type PersonResolver, type PersonSummary } from './lib/site/people.ts';
import { compareByDate, neighbourhoods, type Neighbourhood } from './lib/site/related.ts';

export interface Archive {
  entries: CollectionEntry<'articles'>[];
  articles: Article[];
  bySlug: Map<string, Article>;
  resolve: PersonResolver;
  people: PersonSummary[];
  /** each article's related reports and previous/next, computed once for the whole build */
  around: Map<string, Neighbourhood<Article>>;
}

let loading: Promise<Archive> | undefined;

/** Loads the collections once per build. */
export function loadArchive(): Promise<Archive> {
  loading ??= (async () => {
    const entries = (await getCollection('articles')).sort((a, b) => compareByDate(a.data, b.data));
    const register = (await getCollection('people')).map((p) => p.data);
    const articles = entries.map((e) => e.data);
    const resolve = createPersonResolver(register);
    return {
      entries,
      articles,
      bySlug: new Map(articles.map((a) => [a.slug, a])),
      resolve,
      people: collectPeople(register, articles, resolve),
      around: neighbourhoods(articles),
    };
  })();
  return loading;
}
