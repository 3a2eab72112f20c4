import { describe, expect, it } from 'vitest';
import { articleJsonLd, meetingJsonLd, personJsonLd } from '../../src/lib/site/structured-data.ts';
import { createPersonResolver } from '../../src/lib/site/people.ts';
import { seeds } from './fixtures.ts';

const site = new URL('https://archive.example/');
const resolve = createPersonResolver([
  { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Marco Antonio Rubio'], country: 'US',
    offices: [{ title: 'Ngoại trưởng', en: 'Secretary of State', from: '2025-01-21', to: null }] },
]);

describe('personJsonLd', () => {
  it('describes a registered person with office and nationality', () => {
    expect(personJsonLd(resolve('Marco Antonio Rubio'), site)).toEqual({
      '@type': 'Person', name: 'Marco Rubio', url: 'https://archive.example/nhan-vat/marco-rubio/',
      alternateName: ['Marco Antonio Rubio'], nationality: { '@type': 'Country', name: 'Hoa Kỳ', identifier: 'US' }, jobTitle: 'Ngoại trưởng',
    });
  });

  it('gives the office held on a date, and none before the first', () => {
    expect(personJsonLd(resolve('Marco Rubio'), site, '2025-01-24')).toMatchObject({ jobTitle: 'Ngoại trưởng' });
    expect(personJsonLd(resolve('Marco Rubio'), site, '2024-06-01')).not.toHaveProperty('jobTitle');
  });

  it('describes an unregistered person by name and page only', () => {
    expect(personJsonLd(resolve('Bùi Thanh Sơn'), site)).toEqual({
      '@type': 'Person', name: 'Bùi Thanh Sơn', url: 'https://archive.example/nhan-vat/bui-thanh-son/',
    });
  });
});

describe('meetingJsonLd', () => {
  it('marks a phone call as online and leaves out an unknown place', () => {
    const e = meetingJsonLd(seeds[3].meetings[0], resolve, site)!;
    expect(e.name).toBe('điện đàm: Bùi Thanh Sơn – Marco Rubio');
    expect(e.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(e).not.toHaveProperty('location');
    expect((e.attendee as { name: string }[]).map((p) => p.name)).toEqual(['Bùi Thanh Sơn', 'Marco Rubio']);
  });

  it('gives a meeting of several days its endDate, and a one-day meeting none', () => {
    const visit = meetingJsonLd({ date: '2023-09-10', dateEnd: '2023-09-11', type: 'thăm', place: 'Hà Nội', people: [] }, resolve, site)!;
    expect(visit).toMatchObject({ startDate: '2023-09-10', endDate: '2023-09-11' });
    expect(meetingJsonLd(seeds[3].meetings[0], resolve, site)).not.toHaveProperty('endDate');
  });

  it('gives null for a meeting without a date', () => {
    expect(meetingJsonLd({ date: null, dateEnd: null, type: 'gặp', place: null, people: [] }, resolve, site)).toBeNull();
  });
});

describe('articleJsonLd', () => {
  it('is a NewsArticle about its meetings, published in Vietnam time', () => {
    const ld = articleJsonLd({ ...seeds[0], published: '2026-02-20 11:55' }, new URL('https://archive.example/bai-viet/a/'), resolve, site);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', datePublished: '2026-02-20T11:55:00+07:00', inLanguage: 'vi' });
    expect(ld.about).toHaveLength(1);
    expect((ld.mentions as unknown[]).length).toBe(2);
  });
});
