import matter from 'gray-matter';
import type { BlockContent, Root } from 'mdast';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import type { Article, Meeting, Person } from '../../content.config.ts';
import { detached } from './detached.ts';
import { compareDates, daysApart, findYears, formatDate, formatStamp, isValidDate, leadingDatePhrase, ownDatesFirst, parseDate, precisionOf, shiftDay, type DateMention, type PartialDate, type Stamp } from './dates.ts';
import { frontMatterYaml } from './front-matter.ts';
import type { FoundMeeting, Sentence } from './meetings.ts';
import type { Problem } from './problem.ts';
import type { Block, Segments } from './segment.ts';
import { escapeRegExp } from './regex.ts';
import { slugFor } from './slug.ts';

/** Everything the earlier steps found in one seed. */
export interface EntryParts {
  source: string;
  segments: Segments;
  sentences: Sentence[];
  meetings: FoundMeeting[];
  /** register people by canonical name, for office terms */
  register: ReadonlyMap<string, Person>;
  /** today (`YYYY-MM-DD`): event dates after it are refused as impossible */
  today?: string;
}

/** How far after its publication a report may announce an event that is still to come. */
const ANNOUNCED_WITHIN_DAYS = 366;

/** The entry, or the problems that stop it (warnings may come with either). */
export type EntryResult = { entry: Article; warnings: Problem[] } | { entry: null; errors: Problem[]; warnings: Problem[] };

/** Assemble the article entry: title, dates, people, meetings, place; the rules live in the helpers below. */
export function toEntry(parts: EntryParts): EntryResult {
  const { source, segments: seg, meetings: found } = parts;
  const warnings: Problem[] = [];
  const paragraphs = seg.blocks.filter((b) => b.kind === 'paragraph');
  // The lede and the paragraphs after it: a title too long to be one, kept as the first paragraph, is no lede.
  const fromLede = seg.lede ? paragraphs.slice(paragraphs.indexOf(seg.lede)) : paragraphs;
  const anchor = seg.headerDate ?? seg.published;
  const participants = unique(found.flatMap((m) => m.people));

  // Years the article names, alone or in a full date ("từ ngày 9 đến 11/9/2023, sáng 11/9"), up to its
  // publication (or today): "tầm nhìn 2045" is no event year. They place a day-month only when nothing anchors it
  // (resolveYear), and are looked for only then.
  let namedYears: number[] | undefined;
  const yearsNamed = (): number[] => {
    if (!namedYears) {
      const lastYear = seg.published?.date.year ?? (parts.today ? parseDate(parts.today)?.year : undefined);
      const named: number[] = [];
      for (const b of seg.blocks) named.push(...findYears(b.text));
      for (const s of parts.sentences) for (const d of s.dates) if (d.year !== undefined) named.push(d.year);
      namedYears = lastYear === undefined ? named : named.filter((y) => y <= lastYear);
    }
    return namedYears;
  };
  const impossible = new Set<string>();
  const pub = seg.published?.date;
  const resolve = (m: DateMention, prev: PartialDate | null, line = dateLineOf(m)): PartialDate | null => {
    if (m.sameDay) return prev;
    // "tối qua", "sáng nay": counted from the publication day (not an editor's date), when known to the day; else no guess.
    if (m.relativeDays !== undefined) return pub?.day !== undefined ? shiftDay({ year: pub.year, month: pub.month!, day: pub.day }, m.relativeDays) : null;
    const d = resolveYear(m, anchor?.date ?? null, anchor ? [] : yearsNamed(), participants.map((n) => parts.register.get(n)));
    if (d && !isValidDate(d.year, d.month ?? 1, d.day)) {
      const key = `${line}:${m.raw}:${d.year}`;
      if (!impossible.has(key)) {
        impossible.add(key);
        warnings.push({ file: source, line, message: `impossible date "${m.raw}" in ${d.year} ignored`, hint: 'correct the date in the text or set `date:` in an override block' });
      }
      return null;
    }
    return d;
  };
  function dateLineOf(m: DateMention): number {
    return parts.sentences.find((s) => s.dates.includes(m))?.line ?? seg.headerLine ?? 1;
  }

  /**
   * The last day the text names before a sentence; with `strict`, a range of days (no one day) and a dateline's date
   * (the report's, no event's) are passed over.
   */
  const lastDayBefore = (sentence: number, strict: boolean): PartialDate | null => {
    for (let i = sentence - 1; i >= 0; i--) {
      const s = parts.sentences[i]!;
      for (const m of [...s.dates].reverse()) {
        const d = m.sameDay || (strict && (m.until !== undefined || m.dateline)) ? null : resolve(m, null, s.line);
        if (d) return d;
      }
    }
    return null;
  };
  /**
   * The day "cùng ngày" refers to: the last single day named before it (not a dateline's), unless that is before the
   * previous meeting's day (a report goes forward: "Hiệp định … ký ngày 13-7-2000. Cùng ngày, …" after a meeting of
   * 17-11-2000 means the meeting's day), else the previous meeting's day, else the first day of a range named before.
   */
  const sameDayAs = (sentence: number, previous: PartialDate | null): PartialDate | null => {
    const named = lastDayBefore(sentence, true);
    if (named && !(previous && compareDates(named, previous) < 0)) return named;
    return previous ?? lastDayBefore(sentence, false);
  };

  let prev: PartialDate | null = null;
  const meetingDates = found.map((m) => {
    const d = m.date ? resolve(m.date, m.date.sameDay ? sameDayAs(m.sentence, prev) : prev) : null;
    if (d) prev = d;
    return d;
  });

  const meetingEnds = found.map((m, i) => (m.date ? rangeEnd(m.date, meetingDates[i] ?? null) : null));

  let date: PartialDate | null = null;
  let dateEnd: PartialDate | null = null;
  let dateBasis: Article['dateBasis'] = 'body';
  let dateLine = seg.headerLine ?? 1;
  const firstDated = meetingDates.findIndex((d) => d !== null);
  if (firstDated >= 0) {
    date = meetingDates[firstDated]!;
    dateEnd = meetingEnds[firstDated]!;
    dateLine = found[firstDated]!.line;
  } else {
    // No meeting has a day of its own (or none was found): the day the lede names (its own before a dateline's).
    const lede = parts.sentences.filter((s) => fromLede.slice(0, 2).some((p) => p.line === s.line));
    for (const s of lede) {
      const m = ownDatesFirst(s.dates).find((d) => !d.sameDay);
      const d = m && resolve(m, null);
      if (d) {
        date = d;
        dateEnd = rangeEnd(m, d);
        dateLine = s.line;
        break;
      }
    }
  }
  if (!date && anchor) {
    date = anchor.date;
    dateBasis = 'header';
  }
  const errors: Problem[] = [];
  for (const s of parts.sentences) {
    for (const bad of s.invalidDates) {
      warnings.push({ file: source, line: s.line, message: `impossible date "${bad.raw}" ignored`, hint: 'correct the date in the text or set `date:` in an override block' });
    }
  }
  const today = parts.today ? parseDate(parts.today) : undefined;
  // An event after today is a typo, unless a report published by today announces it (within a year of the
  // publication: "ngày 5/1 tới" published 28/12): that is published, with the "after the publication" warning below.
  const announced = (d: PartialDate) =>
    !!pub && pub.day !== undefined && !!today && compareDates(pub, today) <= 0 && compareDates(d, pub) > 0 && daysApart(d, pub) <= ANNOUNCED_WITHIN_DAYS;
  if (date && today && compareDates(date, today) > 0 && !announced(date)) {
    errors.push({ file: source, line: dateLine, message: `event date ${formatDate(date)} is in the future`, hint: 'check the date in the text, or set `date:` in an override block' });
  }
  if (!date) {
    const undated = found.find((m) => m.date && m.date.relativeDays === undefined) ?? null;
    errors.push({
      file: source,
      line: undated?.line ?? seg.headerLine ?? 1,
      message: undated ? `no year for the event date "${undated.date!.raw}"` : 'no event date found',
      hint: 'add a header line `date YYYY-MM-DD` or an override block at the top: ---\\ndate: YYYY-MM-DD\\n---',
    });
  }
  if (date && seg.published && precisionOf(seg.published.date) === 'day' && precisionOf(date) === 'day' && compareDates(date, seg.published.date) > 0) {
    warnings.push({ file: source, line: dateLine, message: `event date ${formatDate(date)} is after the publication date ${formatStamp(seg.published)}`, hint: 'check the date; an override `date:` fixes it' });
  }
  if (!paragraphs.length && !seg.title) {
    errors.unshift({ file: source, line: 1, message: 'empty article', hint: 'the file has no text; add the article text or remove the file' });
  }
  if (errors.length || !date) return { entry: null, errors, warnings };

  // A dateline ("Hà Nội, ngày 17-11-2000 - ") is where the report was filed: the place of the first meeting and of
  // those its lede reports, when they name none (a place the text names wins).
  const dateline = seg.dateline;
  const datelined = (m: FoundMeeting, i: number) => (dateline && (i === 0 || m.line === dateline.line) ? dateline : null);
  const meetings: Meeting[] = found.map((m, i) => ({
    date: formatDate(meetingDates[i] ?? date!),
    dateEnd: meetingEnds[i] ? formatDate(meetingEnds[i]) : null,
    type: m.type,
    place: m.type === 'điện đàm' ? null : (m.place ?? datelined(m, i))?.place ?? null,
    people: m.people,
  }));
  // A meeting that names no place, held on the day of the one before it, was in that one's city ("Cũng
  // trong chiều 13-2, … đã tiếp …" after "… tại trụ sở Trung ương Đảng vào chiều 13-2"): a day's programme
  // keeps to one city. Only a day known to the day counts, and never for a phone call.
  meetings.forEach((m, i) => {
    const before = meetings[i - 1];
    if (m.place === null && m.type !== 'điện đàm' && before?.place && before.date === m.date && m.date?.length === 10) m.place = before.place;
  });
  const first = found[0];
  // The first meeting's place, else the dateline's (also for an article that reports no meeting); a phone call has none.
  const place = !first ? dateline : first.type !== 'điện đàm' ? (first.place ?? dateline) : null;
  // Vietnam is 11–12 hours ahead of the US: a report published there before 18:00 is, in US time, from before
  // 7 a.m. — a meeting in the US it reports without naming the day was, in US time, the day before at the latest.
  const hour = seg.published?.time ? Number(seg.published.time.slice(0, 2)) : undefined;
  if (dateBasis === 'header' && place?.country === 'US' && hour !== undefined && hour < 18 && formatDate(date) === formatDate(seg.published!.date)) {
    warnings.push({
      file: source,
      line: dateLine,
      message: `event date ${formatDate(date)} is the publication date of a report from the US, published at ${seg.published!.time} Vietnam time: the meeting was the day before at the latest`,
      hint: 'check the date in another report and set it with an override block: ---\\ndate: YYYY-MM-DD\\n---',
    });
  }
  const everyone = new Set<string>();
  for (const s of parts.sentences) for (const p of s.people) everyone.add(p.name);
  const mentioned = [...everyone].filter((n) => !participants.includes(n));
  const lede = detached(fromLede[0]?.text ?? '');
  const title = detached(seg.title?.text ?? composeTitle(found, lede));

  const entry: Article = {
    title,
    slug: slugFor(title),
    date: formatDate(date),
    dateEnd: dateEnd && formatDate(dateEnd),
    datePrecision: precisionOf(date),
    dateBasis,
    published: seg.published ? formatStamp(seg.published) : null,
    meetingType: first?.type ?? 'khác',
    people: participants,
    mentioned,
    meetings,
    location: place?.place ?? null,
    country: place?.country ?? null,
    outlet: seg.outlet,
    source,
    lede,
  };
  return { entry, warnings };
}

/**
 * The year of a day-month: its own; else, of the publication's year (`anchor`: the header's date) and the years either
 * side of it, the one that puts the day nearest the publication (a report is about days near it: "ngày 5/1 tới" published
 * 28/12/2023 is 2024-01-05, "ngày 28/12" published 3/1/2024 is 2023-12-28; the earlier on a tie); else the latest year
 * the article names in which its participants held office.
 */
export function resolveYear(
  m: DateMention,
  anchor: PartialDate | null,
  bodyYears: readonly number[],
  participants: ReadonlyArray<Person | undefined>,
): PartialDate | null {
  const md = { month: m.month, day: m.day };
  if (m.year) return { year: m.year, ...md };
  if (anchor) {
    let nearest = { year: anchor.year - 1, ...md };
    let distance = daysApart(nearest, anchor);
    for (const year of [anchor.year, anchor.year + 1]) {
      const d = { year, ...md };
      const apart = daysApart(d, anchor);
      if (apart < distance) [nearest, distance] = [d, apart];
    }
    return nearest;
  }
  const inOffice = (y: number) =>
    participants.filter((p) =>
      p?.offices.some((o) => parseDate(o.from)!.year <= y && (o.to === null || parseDate(o.to)!.year >= y)),
    ).length;
  const best = Math.max(0, ...bodyYears.map(inOffice));
  const years = bodyYears.filter((y) => inOffice(y) === best);
  return years.length ? { year: Math.max(...years), ...md } : null;
}

/** The last day of a range of days ("10-12/9") whose first day resolved to `start`; null for a single day. */
export function rangeEnd(m: DateMention, start: PartialDate | null): PartialDate | null {
  if (m.until === undefined || start?.month === undefined || start.day === undefined) return null;
  const end = { year: start.year, month: m.untilMonth ?? start.month, day: m.until };
  return isValidDate(end.year, end.month, end.day) ? end : null;
}

/** A headline for a seed without one: the lede's meeting clause (without a date phrase opening it: "Sáng 8.7 "), else the lede's first sentence. */
function composeTitle(found: readonly FoundMeeting[], lede: string): string {
  const whole = found[0]?.clause.trim();
  const clause = whole?.slice(leadingDatePhrase(whole));
  const text = clause && clause.length >= 10 ? clause : lede.split(/(?<=[.!?])\s/)[0] ?? lede;
  const clean = text.replace(/[.\s]+$/u, '');
  if (clean.length <= 160) return clean || 'Bài viết';
  return clean.slice(0, clean.lastIndexOf(' ', 157)) + '…';
}

/** The article body as a Markdown tree: paragraphs, `##` subheadings, italic captions. */
export function bodyTree(blocks: readonly Block[]): Root {
  const children: BlockContent[] = blocks.map((b) =>
    b.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
      : b.kind === 'caption'
        ? { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: b.text }] }] }
        : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
  );
  return { type: 'root', children };
}

/** The article body as Markdown (`bodyTree`), escaped by remark-stringify. */
export function bodyMarkdown(blocks: readonly Block[]): string {
  return plainBodyMarkdown(blocks) ?? stringifier.stringify(bodyTree(blocks));
}

/**
 * Letters of Latin script (ASCII, Latin-1, Latin Extended-A and -B, Latin Extended Additional: every Vietnamese
 * letter) as a regex class body, for regexes without the `u` flag (a `\p{L}` class is several times slower to scan).
 */
const LATIN_LETTERS = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';
/** A character outside plain text: not a letter, mark, digit, space or punctuation unsafe nowhere in running text. */
const NOT_PLAIN = new RegExp(`[^${LATIN_LETTERS}\\u0300-\\u036f0-9 .,:;?!"'“”‘’()%/–—…-]`);
/** How a plain text starts: a letter, an opening quote or parenthesis, or digits not followed by `.` or `)` (an ordered list's marker). */
const PLAIN_START = new RegExp(`^(?:[0-9]+(?![0-9.)])|[${LATIN_LETTERS}“‘"(])`);

/**
 * A block text remark-stringify writes as it is, as a paragraph, heading or emphasis alone in its block: letters,
 * combining marks, ASCII digits, inner spaces (a space is unsafe only next to a line end) and punctuation unsafe
 * nowhere in running text (none of * _ [ ] < > & \ # ` ~ = + | …), starting as PLAIN_START says. Most body texts
 * are such.
 */
export function isPlainBlockText(text: string): boolean {
  return PLAIN_START.test(text) && !NOT_PLAIN.test(text) && !text.endsWith(' ');
}

/**
 * The body as remark-stringify writes it, when every block's text is plain (`isPlainBlockText`): then a paragraph
 * is its text, a heading `## ` and its text, a caption its text between `*`, blocks apart by a blank line.
 * Undefined when a text is not plain (or there are no blocks): remark-stringify decides.
 */
export function plainBodyMarkdown(blocks: readonly Block[]): string | undefined {
  if (!blocks.length) return undefined;
  let out = '';
  for (const b of blocks) {
    if (!isPlainBlockText(b.text)) return undefined;
    if (out) out += '\n\n';
    out += b.kind === 'heading' ? `## ${b.text}` : b.kind === 'caption' ? `*${b.text}*` : b.text;
  }
  return out + '\n';
}

type TextHandle = NonNullable<NonNullable<StringifyOptions['handlers']>['text']>;
type State = Parameters<TextHandle>[2];

/**
 * remark-stringify's own text handler, except that a text none of the serializer's unsafe patterns can
 * match is returned as it is, without running each pattern over it one by one (what `state.safe` does,
 * and most of the time stringifying takes): `state.safe` would give it back unchanged.
 */
const plainText: TextHandle = (node, parent, state, info) => {
  if (!mayNeedEscaping(state, node.value, info.before, info.after)) return node.value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1]!;
  return state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
};

/** remark-stringify with the options and text handler of the body, made once. */
const stringifier = unified().use(remarkStringify, { emphasis: '*', handlers: { text: plainText } }).freeze();

/** Unsafe patterns in scope, split: a bare character is unsafe wherever it is; the others depend on context. */
interface UnsafeCheck {
  /** any character that is unsafe on its own, or a backslash (matched against the text alone) */
  bare: RegExp;
  /** every other pattern, widened where needed (matched against the text with what stands before and after it) */
  context: RegExp;
}

/**
 * For the last list of unsafe patterns seen (`list`, one run's; every run copies the same `patterns`), per
 * construct stack: the check.
 */
let unsafeChecks: { list: State['unsafe']; patterns: State['unsafe']; byStack: Map<string, UnsafeCheck> } | undefined;

/**
 * False only when `state.safe` would return `value` unchanged: no unsafe pattern in scope matches in it
 * (given what stands before and after it) and there is no backslash to escape. May say true for a text
 * that needs nothing.
 */
function mayNeedEscaping(state: State, value: string, before: string, after: string): boolean {
  if (after.includes('\\')) return true;
  const list = state.unsafe;
  if (unsafeChecks?.list !== list) {
    const same = unsafeChecks && unsafeChecks.patterns.length === list.length && unsafeChecks.patterns.every((p, i) => p === list[i]);
    unsafeChecks = same ? { ...unsafeChecks!, list } : { list, patterns: [...list], byStack: new Map() };
  }
  const key = state.stack.join(' ');
  let check = unsafeChecks.byStack.get(key);
  if (!check) unsafeChecks.byStack.set(key, (check = unsafeCheck(state)));
  return check.bare.test(value) || check.context.test(before + value + after);
}

/**
 * The unsafe patterns in scope (as `state.safe` selects them) as two regexes. A pattern tied to a
 * neighbouring node, or in Unicode mode, is widened to its bare character, matched in context.
 */
function unsafeCheck(state: State): UnsafeCheck {
  const anyInStack = (list: string | readonly string[] | null | undefined, none: boolean) =>
    !list || list.length === 0 ? none : (typeof list === 'string' ? [list] : list).some((c) => state.stack.includes(c as State['stack'][number]));
  const inScope = state.unsafe.filter((p) => anyInStack(p.inConstruct, true) && !anyInStack(p.notInConstruct, false));
  const isBare = (p: (typeof inScope)[number]) => p.character.length === 1 && !p.before && !p.after && !p.atBreak && !p.beforeNode && !p.afterNode;
  const unit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const bare = [...inScope.filter(isBare).map((p) => p.character), '\\'].map(unit);
  const context = inScope
    .filter((p) => !isBare(p))
    .map((p) => (p.beforeNode || p.afterNode || p.unicode ? escapeRegExp(p.character) : state.compilePattern(p).source));
  // A back-reference would point at the wrong group once the sources are joined: then always escape.
  if (context.some((s) => /\\[1-9]/.test(s))) return { bare: /(?:)/, context: /(?:)/ };
  return {
    bare: new RegExp(`[${bare.join('')}]`),
    context: context.length ? new RegExp(context.map((s) => `(?:${s})`).join('|')) : /(?!)/,
  };
}

/**
 * The Markdown file: front matter (YAML by `frontMatterYaml`, put between fences by gray-matter) and body.
 * The body goes in as a file object: given a string, gray-matter would first parse it for front matter (a
 * body never has any) and keep it in its unbounded cache.
 */
export function toMarkdownFile(entry: Article, body: string): string {
  return matter.stringify({ content: body }, entry, FRONT_MATTER);
}

const FRONT_MATTER = {
  engines: {
    yaml: {
      parse: (): never => {
        throw new Error('these options write front matter; read it with gray-matter’s defaults');
      },
      stringify: (data: object) => frontMatterYaml(data as Parameters<typeof frontMatterYaml>[0]),
    },
  },
};

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export type { Stamp };
