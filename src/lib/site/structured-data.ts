import type { Article, Meeting } from '../../content.config.ts';
import { clip } from './clip.ts';
import { toIsoStamp } from './dates.ts';
import { officeOn, uniquePeople, type PersonRef, type PersonResolver } from './people.ts';
import { personPath } from './paths.ts';
import { ui } from '../ui.ts';

type JsonLd = Record<string, unknown>;


/** schema.org Person for someone, with a link to their page; `jobTitle` is the office held on `date` (else today's). */
export function personJsonLd(person: PersonRef, site: URL, date: string | null = null): JsonLd {
  const office = date ? officeOn(person.entry, date) : person.entry?.offices.find((o) => o.to === null);
  return {
    '@type': 'Person',
    name: person.name,
    url: new URL(personPath(person.slug), site).href,
    ...(person.entry?.aliases.length ? { alternateName: person.entry.aliases } : {}),
    ...(person.country ? { nationality: { '@type': 'Country', name: ui.country[person.country], identifier: person.country } } : {}),
    ...(office ? { jobTitle: office.title } : {}),
  };
}

/** schema.org Event for one meeting of an article ("hội đàm: A – B"), or null when it has no known date. */
export function meetingJsonLd(meeting: Meeting, resolve: PersonResolver, site: URL): JsonLd | null {
  if (!meeting.date) return null;
  const people = uniquePeople(meeting.people, resolve);
  return {
    '@type': 'Event',
    name: `${meeting.type}: ${people.map((p) => p.name).join(' – ')}`,
    startDate: meeting.date,
    ...(meeting.dateEnd ? { endDate: meeting.dateEnd } : {}),
    eventAttendanceMode: meeting.type === 'điện đàm'
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    ...(meeting.place ? { location: { '@type': 'Place', name: meeting.place } } : {}),
    attendee: people.map((p) => personJsonLd(p, site, meeting.date)),
  };
}

/** schema.org NewsArticle for an article page, its meetings as `about` events. */
export function articleJsonLd(article: Article, url: URL, resolve: PersonResolver, site: URL): JsonLd {
  const events = article.meetings
    .map((m) => meetingJsonLd(m, resolve, site))
    .filter((e): e is JsonLd => e !== null);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.lede ? { description: clip(article.lede, 200) } : {}),
    inLanguage: 'vi',
    url: url.href,
    mainEntityOfPage: url.href,
    ...(article.published ? { datePublished: toIsoStamp(article.published) } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
    ...(events.length ? { about: events } : {}),
    mentions: uniquePeople(article.mentioned, resolve).map((p) => personJsonLd(p, site, article.date)),
  };
}
