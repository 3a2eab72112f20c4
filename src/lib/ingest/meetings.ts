import type { MeetingType } from '../../content.config.ts';
import { ABBREVIATIONS, APPOSITIVE_TITLES, MEETING_VERBS, SUBJECT_SHARING_WORDS, TENSE_WORDS, TITLES, VERB_GAP_WORDS, VISIT_VERBS } from '../../data/vietnamese.ts';
import { remembered } from '../memo.ts';
import { findDateMentions, ownDatesFirst, type DateMention } from './dates.ts';
import { findPeople, findReferences, findTitles, shortNames, titledPeople, withoutCountry, type PersonMention, type RegisterIndex } from './people.ts';
import { findPlaces, type PlaceMention } from './places.ts';
import type { Block, Dateline } from './segment.ts';
import { escapeRegExp, isSpace, WORD_END, wordStartMatches } from './regex.ts';

/** A meeting reported by a sentence, before dates are resolved to calendar dates. */
export interface FoundMeeting {
  type: MeetingType;
  people: string[];
  /** the date the sentence gives, if any */
  date: DateMention | null;
  place: PlaceMention | null;
  line: number;
  /** index of the reporting sentence in the sentences given to findMeetings */
  sentence: number;
  /** the sentence, from its subject's title to its object's name: a headline when the seed has none */
  clause: string;
}

/** One sentence of a block, with the people, dates and places it names. */
export interface Sentence {
  text: string;
  line: number;
  people: PersonMention[];
  dates: DateMention[];
  /** impossible dates the sentence names (31/2, 13/13): reported, never used */
  invalidDates: DateMention[];
  places: PlaceMention[];
}

/** A meeting verb as a whole word (a match counts where a word starts). */
const VERB_RE = new RegExp(
  `(?:${MEETING_VERBS.map((v) => escapeRegExp(v.verb)).join('|')})${WORD_END}`,
  'giu',
);
/** A visit verb and the country visited (a match counts where a word starts). */
const VISIT_RE = new RegExp(`(?:${VISIT_VERBS.join('|')})\\s+(?:Việt Nam|Hoa Kỳ|Mỹ)`, 'gu');
/** Words that may stand between a verb and its object's name: connectives and title words. */
const GAP_OK = new RegExp(`^(?:${VERB_GAP_WORDS.join('|')}|[\\p{Lu}].*)$`, 'u');
/** A gap that is the object's title chain: connectives, an office title, then a few words of office and country ("với Bộ trưởng Tài chính Mỹ"). */
const TITLE_GAP = new RegExp(
  `^(?:(?:với|cùng|và|phái|đoàn)\\s+)*(?:${[...TITLES].map((t) => escapeRegExp(t.title)).sort((a, b) => b.length - a.length).join('|')})(?:\\s+\\S+){0,5}$`,
  'u',
);
/** Where a sentence ends: ". " (or "!", "?", "…", maybe a closing quote) before a capital, quote or parenthesis. */
const SENTENCE_END = /[.!?…]+["”’)]?\s+(?=[\p{Lu}"“(])/gu;
/** A text ending in an initial ("J.") or one of ABBREVIATIONS: no sentence ends there. */
const ABBREVIATION_END = new RegExp(`(?:\\b[A-Z]\\.|${ABBREVIATIONS.map((a) => `\\b${escapeRegExp(a)}`).join('|')})$`, 'u');

/** Split a block into sentences (". " followed by a capital), keeping abbreviations like "D.C." whole. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(([a, b]) => text.slice(a, b));
}

/** [start, end) of each sentence of a text, trimmed. */
function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index! + m[0].length;
    // The sentence up to its final mark (the match without the white space that ends it).
    let mark = end;
    while (isSpace(text.charCodeAt(mark - 1))) mark--;
    if (ABBREVIATION_END.test(text.slice(start, mark))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/**
 * Analyse every sentence of the body blocks: people, dates and places in each. Each finder runs once
 * per block (not per sentence) and its matches are handed to the sentence they fall in. A dateline heading the
 * lede ("Hà Nội, ngày 17-11-2000 - ") says where and when the report was filed: its place is no venue (left out),
 * its date is marked `dateline` (a day the sentence names itself dates its meeting: see meetingDay).
 */
export function analyseSentences(blocks: readonly Block[], register: RegisterIndex, dateline: Pick<Dateline, 'line' | 'length'> | null = null): Sentence[] {
  const titles = blocks.map((b) => findTitles(b.text));
  const named = blocks.map((b, i) => findPeople(b.text, register, titles[i]));
  // People named in full anywhere in the article may be referred to by one word after a title elsewhere.
  const short = shortNames(named.flat(), register);
  // …and by their title alone as a subject ("Thủ tướng đã tiếp …").
  const titled = titledPeople(blocks.map((b) => b.text), named);
  const sentences: Sentence[] = [];
  blocks.forEach((b, i) => {
    const extra = findReferences(b.text, short, titled, named[i]!, titles[i]);
    const people = extra.length ? [...named[i]!, ...extra].sort((x, y) => x.start - y.start) : named[i]!;
    const datelined = dateline?.length && b.line === dateline.line ? dateline.length : 0;
    const { mentions, invalid } = findDateMentions(b.text, datelined);
    const found = findPlaces(b.text);
    const places = datelined ? found.filter((p) => p.index >= datelined) : found;
    // A date within the dateline is the dateline's (a relative day counted from it, "ngày 17-11-2000 - Sáng nay", ends after it).
    if (datelined) for (const m of mentions) if (m.index + m.raw.length <= datelined) m.dateline = true;
    for (const [start, end] of sentenceSpans(b.text)) {
      const sentencePeople: PersonMention[] = [];
      for (const p of people) if (p.start >= start && p.end <= end) sentencePeople.push({ ...p, start: p.start - start, end: p.end - start });
      sentences.push({
        text: b.text.slice(start, end),
        line: b.line,
        people: sentencePeople,
        dates: inside(mentions, start, end),
        invalidDates: inside(invalid, start, end),
        places: inside(places, start, end),
      });
    }
  });
  return sentences;
}

/** The items found at [start, end) of a text, with their index made relative to `start`. */
function inside<T extends { index: number }>(xs: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (const x of xs) if (x.index >= start && x.index < end) out.push({ ...x, index: x.index - start });
  return out;
}

/**
 * Meetings the sentences report, in order, one per distinct (type, people): "A đã hội đàm với B",
 * "A tiếp B", "A có cuộc gặp với B". A is the person nearest before the verb, B the first person after it,
 * with only title words between; both sides must not be of the same country. A list of objects ("A hội
 * kiến B, C và D") gives a meeting of A with each; a second verb joined to the first's objects ("A hội kiến
 * B và gặp C") keeps the first's subject.
 */
export function findMeetings(sentences: readonly Sentence[]): FoundMeeting[] {
  const found: FoundMeeting[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // A meeting needs a person before its verb and another after it.
    if (s.people.length < 2) continue;
    const verbs = wordStartMatches(s.text, VERB_RE);
    let last: { subject: PersonMention; end: number } | null = null;
    for (const v of verbs) {
      const verb = meetingVerb(v[0]);
      const vStart = v.index!;
      const vEnd = vStart + v[0].length;
      NEXT_SYLLABLE.lastIndex = vEnd;
      const next = NEXT_SYLLABLE.exec(s.text)?.[1];
      if (next && verb.notBefore?.includes(next)) continue;
      const shared: PersonMention | undefined = last && last.end <= vStart && SHARED_SUBJECT.test(s.text.slice(last.end, vStart)) ? last.subject : undefined;
      const subject: PersonMention | undefined = shared ?? lastEndingBy(s.people, vStart);
      const object = s.people.find((p) => p.start >= vEnd);
      if (!subject || !object || subject.name === object.name) continue;
      if (!titleGap(s.text.slice(vEnd, object.start), object)) continue;
      const objects: PersonMention[] = [object, ...listedAfter(s, object, verbs)].filter(
        (o) => o.name !== subject.name && !(subject.country && o.country && subject.country === o.country),
      );
      if (!objects.length) continue;
      last = { subject, end: objects[objects.length - 1]!.end };
      const clauseStart = titleStart(s.text, subject.start);
      for (const o of objects) {
        found.push({
          type: verb.type,
          people: [subject.name, o.name],
          date: meetingDay(s.dates),
          place: s.places.find((p) => p.index < object.start + 200) ?? null,
          line: s.line,
          sentence: si,
          clause: s.text.slice(clauseStart, object.end).replace(/\s+(?:đã|đã có cuộc|có cuộc)\s+(?=\p{L})/u, ' '),
        });
      }
    }
  }
  if (!found.length) {
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      // A visit needs its visitor named before the verb.
      if (!s.people.length) continue;
      for (const v of wordStartMatches(s.text, VISIT_RE)) {
        const visitor = lastEndingBy(s.people, v.index!);
        if (!visitor) continue;
        found.push({ type: 'thăm', people: [visitor.name], date: ownDatesFirst(s.dates)[0] ?? null, place: s.places[0] ?? null, line: s.line, sentence: si, clause: s.text });
      }
    }
  }
  return merge(found);
}

/** The last of the people (in their order) whose mention ends by `position`. */
function lastEndingBy(people: readonly PersonMention[], position: number): PersonMention | undefined {
  for (let i = people.length - 1; i >= 0; i--) if (people[i]!.end <= position) return people[i];
  return undefined;
}

/** The word after a verb (the verb's end is where the search starts: sticky). */
const NEXT_SYLLABLE = /\s+(\p{L}+)/uy;

/** The MEETING_VERBS entry of a verb as written, in any case (a VERB_RE match), remembered: lowercasing non-ASCII text is slow. */
const meetingVerb = remembered((written) => MEETING_VERBS.find((x) => x.verb === written.toLowerCase())!, 1000);

/**
 * The date of a meeting its sentence reports: the first single day the sentence names ("Trong chuyến thăm từ 14-16/4,
 * sáng 15/4 … hội đàm": the meeting's day, not the visit's first), else its first range of days; a dateline's date only
 * when the sentence names none of its own ("WASHINGTON, ngày 20/2 – Chiều 19/2, … hội đàm": the 19th; the 20th is when
 * the report was filed).
 */
export function meetingDay(dates: readonly DateMention[]): DateMention | null {
  const own = dates.filter((d) => !d.dateline);
  const named = own.length ? own : dates;
  return named.find((d) => d.until === undefined) ?? named[0] ?? null;
}

/**
 * True when the words between a verb and a name are only title words and connectives ("với Bộ trưởng Tài chính
 * Mỹ"), or one of the named person's own office titles in the register ("với Đại diện Thương mại Hoa Kỳ").
 */
function titleGap(text: string, person: PersonMention): boolean {
  const gap = text.trim();
  if (person.titles?.length) {
    const own = withoutCountry(gap.replace(CONNECTIVES, ''));
    if (person.titles.some((t) => titleWithoutCountry(t) === own)) return true;
  }
  const words = gap ? gap.split(/\s+/) : [];
  return !/[,;:.!?()]/.test(gap) && words.length <= 14 && (TITLE_GAP.test(gap) || words.every((w) => GAP_OK.test(w.replace(/-.*/, ''))));
}

/** withoutCountry of a register office title, remembered (the register has a few dozen). */
const titleWithoutCountry = remembered(withoutCountry, 1000);

/** Connectives that may open the words before an object's name ("với", "cùng", "và", "phái", "đoàn"). */
const CONNECTIVES = /^(?:(?:với|cùng|và|phái|đoàn)\s+)*/u;

/** What joins a second verb to the first's objects, the subject shared ("… hội kiến B và gặp C", ", sau đó gặp C"). */
const SHARED_SUBJECT = new RegExp(`^\\s*,?\\s*(?:(?:${SUBJECT_SHARING_WORDS.join('|')})\\s+)+(?:(?:${TENSE_WORDS.join('|')}|có cuộc)\\s+)*$`, 'u');

/**
 * The people listed after a verb's first object as further objects: "B, C và D" — names joined by commas and a
 * final "và", with only title words before each ("và Bộ trưởng Quốc phòng Hoa Kỳ D"). Commas count only in a list
 * that ends with "và"; the list stops at another meeting verb.
 */
function listedAfter(s: Sentence, first: PersonMention, verbs: readonly RegExpExecArray[]): PersonMention[] {
  const chain: Array<{ person: PersonMention; and: boolean }> = [];
  let end = first.end;
  // A list may also end with "và" and a second verb ("B, C và gặp D"): its commas then count.
  let endsWithVerb = false;
  for (const p of s.people) {
    if (p.start < end) continue;
    const verb = verbs.find((v) => v.index! >= end && v.index! < p.start);
    if (verb) {
      endsWithVerb = /^\s*,?\s*và\s+$/u.test(s.text.slice(end, verb.index!));
      break;
    }
    const join = /^\s*(,|và)\s+/u.exec(s.text.slice(end, p.start));
    if (!join || !titleGap(s.text.slice(end + join[0].length, p.start), p)) break;
    chain.push({ person: p, and: join[1] === 'và' });
    end = p.end;
  }
  const listEnd = endsWithVerb ? chain.length : chain.map((c) => c.and).lastIndexOf(true) + 1;
  return chain.slice(0, listEnd).map((c) => c.person);
}

/** A comma-separated piece of a title chain: an APPOSITIVE_TITLES title (maybe after "Phó") and its words. */
const APPOSITIVE_PIECE = new RegExp(`^(?:Phó\\s+)?(?:${APPOSITIVE_TITLES.map(escapeRegExp).join('|')})[\\p{L}\\s]*$`, 'u');

/** Where the subject's title chain starts: after the last leading adverbial ("Tối 24/1, tại …, "). */
function titleStart(text: string, subjectStart: number): number {
  const before = text.slice(0, subjectStart);
  const cut = before.lastIndexOf(', ');
  if (cut < 0) return 0;
  // Keep appositive titles ("Phó thủ tướng, Bộ trưởng Ngoại giao X"): step back over comma-separated title words.
  let start = cut + 2;
  for (;;) {
    const prev = before.lastIndexOf(', ', start - 3);
    const piece = before.slice(prev < 0 ? 0 : prev + 2, start - 2);
    if (APPOSITIVE_PIECE.test(piece) && !/\d/.test(piece)) {
      start = prev < 0 ? 0 : prev + 2;
      if (prev < 0) break;
    } else break;
  }
  return start;
}

/** One meeting per (type, participants); later mentions fill a missing date or place. */
function merge(found: FoundMeeting[]): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  const keys: string[] = [];
  for (const f of found) {
    const key = `${f.type}|${[...f.people].sort().join('|')}`;
    const i = keys.indexOf(key);
    if (i < 0) {
      out.push({ ...f });
      keys.push(key);
    } else {
      const same = out[i]!;
      same.date ??= f.date;
      same.place ??= f.place;
    }
  }
  return out;
}
