import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/content.config.ts';
import { collectPeople, createPersonResolver, findCounterparts, groupByCountry, newestFirst, officeOn, splitByArticles, uniquePeople } from '../../src/lib/site/people.ts';
import { sortByDate } from '../../src/lib/site/related.ts';
import { article, seeds } from './fixtures.ts';

const register: Person[] = [
  {
    slug: 'to-lam', name: 'Tô Lâm', aliases: ['Tổng Bí thư Tô Lâm'], country: 'VN',
    offices: [
      { title: 'Chủ tịch nước', en: 'President', from: '2024-05-22', to: '2024-10-21' },
      { title: 'Tổng Bí thư', en: 'General Secretary', from: '2024-08-03', to: null },
    ],
  },
  { slug: 'michael-desombre', name: 'Michael DeSombre', aliases: ['Michael George DeSombre'], country: 'US', offices: [] },
  { slug: 'phan-van-giang', name: 'Phan Văn Giang', aliases: [], country: 'VN', offices: [] },
  { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Marco Antonio Rubio'], country: 'US', offices: [] },
];

describe('createPersonResolver', () => {
  const resolve = createPersonResolver(register);
  it.each([
    ['Tô Lâm', 'to-lam', 'VN', true],
    ['to lam', 'to-lam', 'VN', true],
    ['Marco Antonio Rubio', 'marco-rubio', 'US', true],
    ['Bùi Thanh Sơn', 'bui-thanh-son', null, false],
  ] as const)('%s → %s', (name, slug, country, registered) => {
    const ref = resolve(name);
    expect(ref.slug).toBe(slug);
    expect(ref.country).toBe(country);
    expect(ref.entry !== null).toBe(registered);
  });

  it('shows other spellings of an unregistered name under the first one', () => {
    const r = createPersonResolver([]);
    expect(r('Lê Hoài Trung').name).toBe('Lê Hoài Trung');
    expect(r('Lê Hòai Trung')).toEqual({ slug: 'le-hoai-trung', name: 'Lê Hoài Trung', country: null, entry: null });
    expect(r('le hoai trung'.normalize('NFD')).name).toBe('Lê Hoài Trung');
  });

  it('copes with an empty register', () => {
    expect(createPersonResolver([])('Lê Hoài Trung')).toEqual({ slug: 'le-hoai-trung', name: 'Lê Hoài Trung', country: null, entry: null });
  });
});

describe('collectPeople', () => {
  const people = collectPeople(register, seeds);
  const find = (slug: string) => people.find((p) => p.slug === slug)!;

  it('counts meetings and mentions apart', () => {
    expect(find('marco-rubio').meetings).toEqual(['trung-rubio', 'son-rubio']);
    expect(find('donald-trump').meetings).toEqual(['to-lam-trump']);
    expect(find('donald-trump').mentions).toEqual(['trung-rubio', 'to-lam-desombre', 'son-rubio']);
    expect(find('joe-biden').meetings).toEqual([]);
  });

  it('includes register people with no article and sorts by Vietnamese name', () => {
    expect(people.map((p) => p.name)).toContain('Phan Văn Giang');
    const names = people.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('splits people with some article (met or mentioned) from register people with none, keeping the order', () => {
    const { withArticles, without } = splitByArticles([
      { name: 'A', meetings: ['x'], mentions: [] },
      { name: 'B', meetings: [], mentions: [] },
      { name: 'C', meetings: [], mentions: ['y'] },
      { name: 'D', meetings: [], mentions: [] },
    ]);
    expect(withArticles.map((p) => p.name)).toEqual(['A', 'C']);
    expect(without.map((p) => p.name)).toEqual(['B', 'D']);
  });

  it('groups by country: VN, US, then unknown', () => {
    expect(groupByCountry(people).map((g) => g.country)).toEqual(['VN', 'US', null]);
  });
});

describe('newestFirst', () => {
  const bySlug = new Map(seeds.map((a) => [a.slug, a]));
  const slugs = (list: readonly string[], map = bySlug) => newestFirst(list, map).map((a) => a.slug);

  it('lists a person\'s articles newest first, whatever order the slugs come in', () => {
    const trump = collectPeople(register, seeds).find((p) => p.slug === 'donald-trump')!;
    expect(trump.mentions).toEqual(['trung-rubio', 'to-lam-desombre', 'son-rubio']);
    expect(slugs(trump.mentions)).toEqual(['trung-rubio', 'to-lam-desombre', 'son-rubio']);
    expect(slugs(['son-blinken', 'to-lam-desombre', 'son-rubio'])).toEqual(['to-lam-desombre', 'son-rubio', 'son-blinken']);
  });

  it('is the archive\'s order (oldest first, then by slug) reversed, ties on a day included', () => {
    // trung-rubio and to-lam-trump share 2026-02-20; a month alone sorts before that month's days
    const more = [...seeds, article({ slug: 'a-month', date: '2026-02', datePrecision: 'month' }), article({ slug: 'z-year', date: '2026', datePrecision: 'year' })];
    const map = new Map(more.map((a) => [a.slug, a]));
    const archive = sortByDate(more).map((a) => a.slug);
    expect(slugs(archive, map)).toEqual([...archive].reverse());
    expect(slugs(archive, map).slice(0, 2)).toEqual(['trung-rubio', 'to-lam-trump']);
  });

  it('leaves its input alone, gives [] for no article, and names a slug it cannot find', () => {
    const list = ['son-blinken', 'trung-rubio'];
    slugs(list);
    expect(list).toEqual(['son-blinken', 'trung-rubio']);
    expect(slugs([])).toEqual([]);
    expect(() => slugs(['nowhere'])).toThrow('no article with the slug "nowhere"');
  });
});

describe('findCounterparts', () => {
  const resolve = createPersonResolver(register);
  const summary = (slug: string) =>
    findCounterparts(slug, seeds, resolve).map((c) => [c.person.slug, c.relation, c.articles.length]);

  it.each([
    // 001 lists three meetings: Tô Lâm met DeSombre only, not his own colleagues.
    ['to-lam', [['donald-trump', 'counterpart', 1], ['michael-desombre', 'counterpart', 1]]],
    ['michael-desombre', [['luong-tam-quang', 'counterpart', 1], ['phan-van-giang', 'counterpart', 1], ['to-lam', 'counterpart', 1]]],
    ['marco-rubio', [['bui-thanh-son', 'counterpart', 1], ['le-hoai-trung', 'counterpart', 1]]],
    ['bui-thanh-son', [['antony-blinken', 'counterpart', 1], ['marco-rubio', 'counterpart', 1]]],
    ['joe-biden', []],
  ])('%s', (slug, expected) => expect(summary(slug)).toEqual(expected));

  it('marks people of the same country as colleagues', () => {
    const joint = [{ ...seeds[1], slug: 'joint', meetings: [], people: ['Tô Lâm', 'Phan Văn Giang', 'Michael DeSombre'] }];
    expect(findCounterparts('to-lam', joint, resolve).map((c) => [c.person.slug, c.relation])).toEqual([
      ['michael-desombre', 'counterpart'],
      ['phan-van-giang', 'colleague'],
    ]);
  });
});

describe('officeOn', () => {
  it.each([
    ['2024-06-01', 'Chủ tịch nước'],
    ['2026-02-20', 'Tổng Bí thư'],
    ['2020-01-01', null],
  ])('%s → %s', (date, title) => expect(officeOn(register[0], date)?.title ?? null).toBe(title));
});

describe('uniquePeople', () => {
  it('collapses aliases and spellings of one person', () => {
    const resolve = createPersonResolver(register);
    const names = ['Tô Lâm', 'Michael DeSombre', 'Michael George DeSombre', 'Lương Tam Quang', 'Lương Tam Quang'.normalize('NFD')];
    expect(uniquePeople(names, resolve).map((p) => p.slug)).toEqual(['to-lam', 'michael-desombre', 'luong-tam-quang']);
  });
});
