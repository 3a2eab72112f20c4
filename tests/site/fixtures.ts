import type { Article } from '../../src/content.config.ts';

/** An article with defaults for every field a test does not care about. */
export function article(over: Partial<Article> & Pick<Article, 'slug'>): Article {
  return {
    title: over.slug,
    date: '2026-02-20',
    dateEnd: null,
    datePrecision: 'day',
    dateBasis: 'body',
    published: null,
    meetingType: 'hội đàm',
    people: [],
    mentioned: [],
    meetings: [],
    location: null,
    country: null,
    outlet: null,
    source: `${over.slug}.txt`,
    lede: '',
    ...over,
  };
}

/** The five seed articles, with the values the ingest is expected to produce. */
export const seeds: Article[] = [
  article({
    slug: 'trung-rubio', date: '2026-02-20', meetingType: 'hội đàm', people: ['Lê Hoài Trung', 'Marco Rubio'],
    mentioned: ['Tô Lâm', 'Donald Trump'], location: 'Washington, D.C.', country: 'US',
    meetings: [{ date: '2026-02-20', dateEnd: null, type: 'hội đàm', place: 'Washington, D.C.', people: ['Lê Hoài Trung', 'Marco Rubio'] }],
  }),
  article({
    slug: 'to-lam-desombre', date: '2026-02-13', meetingType: 'tiếp',
    people: ['Tô Lâm', 'Michael DeSombre', 'Phan Văn Giang', 'Lương Tam Quang'], mentioned: ['Donald Trump'],
    location: 'Hà Nội', country: 'VN',
    meetings: [
      { date: '2026-02-13', dateEnd: null, type: 'tiếp', place: 'Hà Nội', people: ['Tô Lâm', 'Michael DeSombre'] },
      { date: '2026-02-13', dateEnd: null, type: 'tiếp', place: 'Hà Nội', people: ['Phan Văn Giang', 'Michael DeSombre'] },
      { date: '2026-02-13', dateEnd: null, type: 'tiếp', place: 'Hà Nội', people: ['Lương Tam Quang', 'Michael DeSombre'] },
    ],
  }),
  article({
    slug: 'to-lam-trump', date: '2026-02-20', meetingType: 'gặp', people: ['Tô Lâm', 'Donald Trump'],
    location: 'Washington, D.C.', country: 'US',
    meetings: [{ date: '2026-02-20', dateEnd: null, type: 'gặp', place: 'Washington, D.C.', people: ['Tô Lâm', 'Donald Trump'] }],
  }),
  article({
    slug: 'son-rubio', date: '2025-01-24', meetingType: 'điện đàm', people: ['Bùi Thanh Sơn', 'Marco Rubio'],
    mentioned: ['Donald Trump', 'JD Vance'],
    meetings: [{ date: '2025-01-24', dateEnd: null, type: 'điện đàm', place: null, people: ['Bùi Thanh Sơn', 'Marco Rubio'] }],
  }),
  article({
    slug: 'son-blinken', date: '2023-04-15', meetingType: 'hội đàm', people: ['Bùi Thanh Sơn', 'Antony Blinken'],
    mentioned: ['Nguyễn Phú Trọng', 'Joe Biden'], location: 'Hà Nội', country: 'VN',
    meetings: [{ date: '2023-04-15', dateEnd: null, type: 'hội đàm', place: 'Hà Nội', people: ['Bùi Thanh Sơn', 'Antony Blinken'] }],
  }),
];
