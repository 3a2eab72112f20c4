import { DAY_PARTS } from '../../data/vietnamese.ts';
import { parseDateLine, parseStampLine, splitStampLine, type Stamp } from './dates.ts';

/** One block of the article body, with the seed line it came from. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'caption';
  text: string;
  line: number;
}

/** A seed's text cut into what the archive keeps: header stamps, title, body blocks and outlet. */
export interface Segments {
  /** the `date …` header's date, when the seed has one */
  headerDate: Stamp | null;
  headerLine: number | null;
  /** publication stamp: header date plus a time found in a timestamp line */
  published: Stamp | null;
  title: { text: string; line: number } | null;
  blocks: Block[];
  outlet: string | null;
}

interface Item {
  text: string;
  line: number;
}

const TAIL_MARKER = /^(?:xem nhiều|xem thêm|đọc thêm|đọc nhiều|tin liên quan|bài liên quan|tin cùng chuyên mục|bài cùng chuyên mục|tin cùng chủ đề|bài viết cùng chủ đề|tin mới nhất|tin khác|có thể bạn quan tâm|bài viết liên quan|phiên bản di động|từ khóa|tags?|bình luận|ý kiến bạn đọc|gửi bình luận|chia sẻ bài viết)\s*(?:\(\d+\))?\s*:?\s*$/iu;
const CRUMB = /^(?:trang chủ|home)(?:\s*[>»›/|]\s*|\s+)\S/iu;
const CRUMB_SEPARATOR = /\s[>»›]\s/u;
const FOLLOW = /^theo dõi\s+(\S(?:.*\S)?)\s+trên(?:\s+\S+){0,3}\s*$/iu;
const CAPTION = /(?:^|[\s.(])(?:ảnh|nguồn ảnh|ảnh minh họa)\s*:|\((?:ảnh|nguồn)\s*[:\s][^)]*\)\s*\.?$/iu;
/** A word every CAPTION match holds: a quick test before the whole pattern. */
const CAPTION_WORD = /ảnh|nguồn/iu;
const TERMINAL = /[.!?…:;,"”’)\]]$/u;
const OUTLET_PREFIX = /^\(([^()\n]{2,40})\)\s*[-–—:]\s*/u;
const STARTS_WITH_TIME = new RegExp(`^(?:(?:${DAY_PARTS.join('|')}|ngày|hôm)\\s+)?\\d{1,2}[/-]\\d{1,2}`, 'iu');
const BYLINE_END = /^\(?(?:theo|nguồn)\s*:?\s+[^.]{2,60}\)?$/iu;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Number of words (runs of non-white-space, as `\s` in a regex defines white space) in a text, counted up to `max`. */
export function countWords(s: string, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < max; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** `\s` for one UTF-16 code unit: ASCII white space, line terminators and the Unicode space separators. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True for a photo caption line ("… Ảnh: TTXVN", "… (Ảnh: Nguyễn Hồng)"). */
export function isCaption(text: string): boolean {
  // Every CAPTION match holds a ':' or ends the text with ')' (maybe then '.'), and holds a CAPTION_WORD.
  return (text.includes(':') || endsWithParenthesis(text)) && CAPTION_WORD.test(text) && CAPTION.test(text);
}

/** True when the text ends as `\)\s*\.?$` says: ')', white space, maybe a '.'. */
function endsWithParenthesis(text: string): boolean {
  let i = text.length - 1;
  if (text[i] === '.') i--;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return text[i] === ')';
}

/** A text's word count, counted once and only when asked for (up to 41: no rule here looks further). */
function lazyWordCount(text: string): () => number {
  let n = -1;
  return () => (n < 0 ? (n = countWords(text, 41)) : n);
}

/** A headline-shaped line: a few words, no sentence end, not starting with a date. */
function isHeadline(text: string, wordCount = lazyWordCount(text)): boolean {
  return !/[.…]$/u.test(text) && !STARTS_WITH_TIME.test(text) && wordCount() >= 2 && wordCount() <= 40 && !isCaption(text);
}

/** A byline: two to four capitalised words and nothing else ("Hà Lê", "Nguyễn Hồng"). */
function isByline(text: string, wordCount = lazyWordCount(text)): boolean {
  const n = wordCount();
  if (n < 1 || n > 4) return false;
  const w = words(text);
  return w.every((x) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(x));
}

/** A stray tag line: one to three lowercase words, no punctuation ("hội đàm"). */
function isStrayTag(text: string, wordCount = lazyWordCount(text)): boolean {
  return /^\p{Ll}/u.test(text) && wordCount() <= 3 && !/[\p{P}\p{N}]/u.test(text);
}

/** Cut a seed's lines into header, title and clean body blocks; junk (crumbs, bylines, tails) is dropped. */
export function segment(text: string, firstLine = 1): Segments {
  let items = nonEmptyLines(text, firstLine);
  const out: Segments = { headerDate: null, headerLine: null, published: null, title: null, blocks: [], outlet: null };
  if (!items.length) return out;

  const header = parseDateLine(items[0]!.text);
  let pending: Item | null = null;
  if (header) {
    out.headerDate = header.stamp;
    out.headerLine = items[0]!.line;
    out.published = header.stamp;
    if (header.rest) pending = { text: header.rest, line: items[0]!.line };
    items = items.slice(1);
  }
  items = cutTail(items);

  // Texts kept so far, by length: a repeat is told by comparing a few strings, not by hashing every long one.
  const seen = new Map<number, string[]>();
  const see = (text: string) => {
    const same = seen.get(text.length);
    if (same) same.push(text);
    else seen.set(text.length, [text]);
  };
  const keep = (kind: Block['kind'], item: Item) => {
    if (seen.get(item.text.length)?.includes(item.text)) return;
    see(item.text);
    out.blocks.push({ kind, text: item.text, line: item.line });
  };
  if (pending) {
    if (isHeadline(pending.text)) {
      out.title = pending;
      see(pending.text);
    } else keep('paragraph', pending);
  }

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const t = item.text;
    const top = !out.blocks.some((b) => b.kind === 'paragraph');
    const last = i === items.length - 1;
    const wordCount = lazyWordCount(t);
    const whole = parseStampLine(t);
    const bylined = whole ? undefined : splitStampLine(t);
    const stamp = whole ?? (bylined && (isByline(bylined.rest) || BYLINE_END.test(bylined.rest)) ? bylined.stamp : undefined);
    if (stamp) {
      if (!out.published) out.published = stamp;
      else if (sameDate(out.published, stamp) && stamp.time && !out.published.time) out.published = stamp;
      continue;
    }
    if ((CRUMB.test(t) || CRUMB_SEPARATOR.test(t)) && wordCount() <= 12) continue;
    const follow = FOLLOW.exec(t);
    if (follow) {
      out.outlet ??= follow[1]!;
      continue;
    }
    if (last && BYLINE_END.test(t)) continue;
    if (isCaption(t)) {
      keep('caption', item);
      continue;
    }
    if (isStrayTag(t, wordCount)) continue;
    if (top && !out.title && isHeadline(t, wordCount)) {
      out.title = item;
      see(t);
      continue;
    }
    if ((top || last) && isByline(t, wordCount) && wordCount() >= 2) continue;
    if (!top && !last && !TERMINAL.test(t) && wordCount() >= 3 && wordCount() <= 25) {
      keep('heading', item);
      continue;
    }
    keep('paragraph', item);
  }

  const first = out.blocks.find((b) => b.kind === 'paragraph');
  const prefix = first && OUTLET_PREFIX.exec(first.text);
  if (first && prefix) {
    out.outlet ??= prefix[1]!.trim();
    first.text = first.text.slice(prefix[0].length);
  }
  return out;
}

/** The text's lines, trimmed, with their line numbers; empty ones left out. */
function nonEmptyLines(text: string, firstLine: number): Item[] {
  const items: Item[] = [];
  for (let start = 0, line = firstLine; ; line++) {
    const end = text.indexOf('\n', start);
    const t = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
    if (t !== '') items.push({ text: t, line });
    if (end < 0) return items;
    start = end + 1;
  }
}

/** Drop the tail of related-article cards and "Xem nhiều" / "Đọc thêm" lists after the article. */
function cutTail(items: Item[]): Item[] {
  const marker = items.findIndex((x, i) => i > 0 && TAIL_MARKER.test(x.text));
  let end = marker >= 0 ? marker : items.length;
  const same = (a: number, b: number) => items[a]!.text === items[b]!.text;
  // A card repeats a headline-shaped title (a repeated sentence is a scraping duplicate, kept once).
  const card = (a: number, b: number) => same(a, b) && isHeadline(items[a]!.text);
  for (;;) {
    if (end >= 3 && card(end - 3, end - 2) && !same(end - 2, end - 1)) end -= 3;
    else if (end >= 2 && card(end - 2, end - 1)) end -= 2;
    else if (end >= 2 && TAIL_MARKER.test(items[end - 1]!.text)) end -= 1;
    else break;
  }
  return items.slice(0, end);
}

function sameDate(a: Stamp, b: Stamp): boolean {
  return a.date.year === b.date.year && a.date.month === b.date.month && a.date.day === b.date.day;
}
