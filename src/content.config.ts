// The one definition of an article entry and of a register person. The ingest validates what it
// writes against these schemas and Astro validates what it reads, so both sides agree by construction.
// `astro/content/config` (not the `astro:content` virtual module) keeps this file importable by plain
// Node scripts and tests.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The kinds of meeting the archive distinguishes, in Vietnamese as the articles name them. */
export const MEETING_TYPES = ['hội đàm', 'điện đàm', 'tiếp', 'gặp', 'thăm', 'đối thoại', 'khác'] as const;

/** Countries an archive person or place belongs to. */
export const COUNTRIES = ['VN', 'US'] as const;

/** True when a `YYYY[-MM[-DD]]` date (time ignored) exists on the calendar: no 2025-02-29, no 04-31. */
const onCalendar = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  return d === undefined || d <= new Date(Date.UTC(y!, m!, 0)).getUTCDate();
};

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date known to the day, month or year. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(onCalendar, 'no such day in that month');

/** A publication stamp: a partial date, optionally followed by ` HH:mm`. */
export const publishedStamp = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])( ([01]\d|2[0-3]):[0-5]\d)?)?)?$/,
    'expected YYYY-MM-DD HH:mm or a partial date',
  )
  .refine(onCalendar, 'no such day in that month');

export const meetingSchema = z.object({
  date: partialDate.nullable(),
  /** the last day of a meeting of several days (a visit "từ 10 đến 12/9"), `date` being its first; else null */
  dateEnd: partialDate.nullable(),
  type: z.enum(MEETING_TYPES),
  place: z.string().min(1).nullable(),
  people: z.array(z.string().min(1)),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase ASCII words joined by -'),
  date: partialDate,
  /** the last day of an event of several days (a visit "từ 10 đến 12/9"), `date` being its first; else null */
  dateEnd: partialDate.nullable(),
  datePrecision: z.enum(['day', 'month', 'year']),
  dateBasis: z.enum(['body', 'header', 'override']),
  published: publishedStamp.nullable(),
  meetingType: z.enum(MEETING_TYPES),
  people: z.array(z.string().min(1)),
  mentioned: z.array(z.string().min(1)),
  meetings: z.array(meetingSchema),
  location: z.string().min(1).nullable(),
  country: z.enum(COUNTRIES).nullable(),
  outlet: z.string().min(1).nullable(),
  source: z.string().min(1),
  lede: z.string(),
});

/** YAML gives unquoted dates as Date objects; the register keeps them as `YYYY[-MM[-DD]]` strings. */
const registerDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  partialDate,
);

export const officeSchema = z.object({
  /** Vietnamese title as the press writes it, e.g. "Bộ trưởng Ngoại giao". */
  title: z.string().min(1),
  /** English title, for foreign readers. */
  en: z.string().min(1),
  from: registerDate,
  /** null while in office. */
  to: registerDate.nullable(),
});

export const personSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: z.enum(COUNTRIES),
  offices: z.array(officeSchema).default([]),
});

/** A range's last day is a day after its first, both known to the day. */
const endAfterStart = (v: { date: string | null; dateEnd: string | null }) =>
  v.dateEnd === null || (v.date !== null && v.date.length === 10 && v.dateEnd.length === 10 && v.dateEnd > v.date);
const END_MESSAGE = 'dateEnd must be a day (YYYY-MM-DD) after date, itself a day';

/** An article as it is stored: `articleSchema` with its cross-field rules (a range's last day after its first). */
export const articleEntrySchema = articleSchema.superRefine((a, ctx) => {
  if (!endAfterStart(a)) ctx.addIssue({ code: 'custom', path: ['dateEnd'], message: END_MESSAGE });
  a.meetings.forEach((m, i) => {
    if (!endAfterStart(m)) ctx.addIssue({ code: 'custom', path: ['meetings', i, 'dateEnd'], message: END_MESSAGE });
  });
});

export type Article = z.infer<typeof articleSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingType = (typeof MEETING_TYPES)[number];
export type Country = (typeof COUNTRIES)[number];
export type Person = z.infer<typeof personSchema>;
export type Office = z.infer<typeof officeSchema>;

/** Articles: one Markdown file per seed, written by `npm run ingest`. */
const articles = defineCollection({
  // Without each entry's Markdown source in Astro's data store (the pages use the rendered HTML): the store
  // is loaded as one JavaScript string literal, and V8 takes time quadratic in its length to read one that
  // long (10,000 articles: 130 → 72 MB, ≈ 10 s less of build).
  loader: glob({ pattern: '*.md', base: './src/content/articles', retainBody: false }),
  schema: articleEntrySchema,
});

/** The curated people register (the same file the ingest reads). */
const people = defineCollection({
  loader: file('src/data/people.yaml'),
  schema: personSchema,
});

export const collections = { articles, people };
