import type { Country } from '../../content.config.ts';
import { COUNTRY_WORDS, NOT_OUTLETS, OTHER_COUNTRIES, OUTLET_EDITIONS, OUTLET_KINDS, OUTLET_KINDS_DROPPED, OUTLET_NAME_WORDS, OUTLETS, PLACES } from '../../data/vietnamese.ts';
import { leadingDatePhrase, mayNameDate, parseDateLine, parseStampLine, splitStampLine, type Stamp } from './dates.ts';
import { detached } from './detached.ts';
import { placeNamed } from './places.ts';
import { escapeRegExp, isSpace, literalAlternation } from './regex.ts';

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
  /** the lede: the first paragraph, past a title too long to be one (kept as a paragraph before it) */
  lede: Block | null;
  /** the place of a dateline heading the lede, where the report was filed */
  dateline: Dateline | null;
}

/**
 * A dateline heading the lede: "Hà Nội, ngày 17-11-2000 - ", "WASHINGTON, ngày 20/2 – ", "Hà Nội - ", or the place
 * of an outlet's lead-in ("Washington (TTXVN) - "), when it names a known place.
 */
export interface Dateline {
  place: string;
  country: Country;
  line: number;
  /** how many characters of the lede the dateline takes (0 when it was cut with a lead-in) */
  length: number;
}

interface Item {
  text: string;
  line: number;
}

const TAIL_MARKER = /^(?:xem nhiều|xem thêm|đọc thêm|đọc nhiều|tin liên quan|bài liên quan|tin cùng chuyên mục|bài cùng chuyên mục|tin cùng chủ đề|bài viết cùng chủ đề|tin mới nhất|tin khác|có thể bạn quan tâm|bài viết liên quan|phiên bản di động|từ khóa|tags?|bình luận|ý kiến bạn đọc|gửi bình luận|chia sẻ bài viết)\s*(?:\(\d+\))?\s*:?\s*$/iu;
const CRUMB = /^(?:trang chủ|home)(?:\s*[>»›/|]\s*|\s+)\S/iu;
const CRUMB_SEPARATOR = /\s[>»›]\s/u;
/** A character CRUMB_SEPARATOR or a caption's colon (isCaption) needs: most lines have none, told in one scan for both. */
const CRUMB_OR_CAPTION_MARK = /[:>»›]/;
const FOLLOW = /^theo dõi\s+(\S(?:.*\S)?)\s+trên(?:\s+\S+){0,3}\s*$/iu;
const CAPTION = /(?:^|[\s.(])(?:ảnh|nguồn ảnh|ảnh minh họa)\s*:|\((?:ảnh|nguồn)\s*[:\s][^)]*\)\s*\.?$/iu;
/** A word every CAPTION match holds: a quick test before the whole pattern. */
const CAPTION_WORD = /ảnh|nguồn/iu;
const TERMINAL = /[.!?…:;,"”’)\]]$/u;
/** A closing credit: "Theo TTXVN", "(Theo VOV.VN)", "Nguồn: Bộ Ngoại giao" (a '.' only inside a word). */
const BYLINE_END = /^\(?(?:theo|nguồn)\s*:?\s+(?<credit>(?:[^.]|\.(?=[^\s.])){2,60}?)\)?$/iu;
/** A comma and a word in lowercase: the "credit" is a sentence ("Theo Bộ trưởng, hai nước …", "Theo kế hoạch, …"). */
const CLAUSE_AFTER_COMMA = /,\s*\p{Ll}/u;
/** A web address as an outlet's name: "vnexpress.net", "nhandan.vn". */
const DOMAIN = /^[\p{Ll}\p{N}-]+(?:\.[a-z]{2,6})+$/u;
/** The name after a kind of OUTLET_KINDS: up to five words, the first capitalised, a '.' only inside a word ("Nhân Dân", "Quân đội nhân dân"). */
const NAME_AFTER_KIND = /^\p{Lu}[\p{L}\p{M}\p{N}&+-]*(?:\.[\p{L}\p{N}]+)*(?:\s+[\p{L}\p{M}\p{N}&+-]+(?:\.[\p{L}\p{N}]+)*){0,4}$/u;

/** An outlet's name: an abbreviation in capitals ("TTO", "VOV.VN", "TG&VN") or a listed name, maybe then "Online". */
const OUTLET = `(?:\\p{Lu}[\\p{Lu}\\p{N}&+]+(?:\\.(?:\\p{Lu}{2,3}|[a-z]{2,3}))?|${literalAlternation(OUTLETS.flatMap((o) => [o.shown, ...(o.written ?? [])]))})(?:\\s+(?:${OUTLET_NAME_WORDS.join('|')}))?(?![\\p{L}\\p{N}])`;
/** A place in a dateline: capitalised words ("Washington", "Hà Nội", "New York") or a listed place. */
const DATELINE_PLACE = `(?:${literalAlternation(PLACES.flatMap((p) => p.names))}|\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.]*){0,3})`;
/**
 * An outlet's lead-in on the lede: "(PLO)- ", "Washington (TTXVN) - ", "TTO - ", "QĐND Online – ". Bare, the
 * outlet needs spaces around its dash ("TTO-" could be a word) and must not be a capitalised word of the text.
 */
const LEAD_IN = new RegExp(
  `^(?:(?:(?<place>${DATELINE_PLACE})\\s*)?\\((?<paren>[^()\\n]{2,40})\\)\\s*[-–—:]\\s*|(?<bare>${OUTLET})(?:\\s+[-–—]\\s*|\\s*[-–—]\\s+))`,
  'u',
);
/** A dateline's place at the start of a lede: a listed place, or capitalised words ("WASHINGTON", "Hà Nội"). */
const DATELINE_PLACE_AT = new RegExp(`^${DATELINE_PLACE}`, 'u');
/** What ends an outlet's lead-in or a dateline: a dash or a colon, within the first LEAD_MAX characters of a lede. */
const LEAD_END = /[-–—:]/;
const LEAD_MAX = 96;
/** A comma after a dateline's place, before its date ("Hà Nội, ngày 17-11-2000 - "). */
const DATELINE_COMMA = /^\s*,\s*/u;
/** Parentheses after a dateline's place, around its date ("Hà Nội (28/8) - ") or its country ("Hà Nội (Việt Nam) - "). */
const DATELINE_PAREN = /^\s*\((?<inner>[^()\n]{2,40})\)/u;
/** A dotted day.month, maybe then its year ("28.8", "28.8.2023"): a dateline's date, where no decimal stands (see datelineDate). */
const DOTTED_DATELINE_DATE = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?<year>\.\d{4})?(?![\p{L}\p{N}.])[\s,]*/u;
/** The dash (or colon) that ends a dateline's date, or a dash alone between spaces after its place ("Hà Nội - "). */
const DATELINE_DASH = /^\s*[-–—:]\s*/u;
const DATELINE_BARE_DASH = /^\s+[-–—]\s+/u;
/** A place or country starting the text: after "Hà Nội - " it makes a pair ("Hà Nội - Washington …"), not a dateline. */
const PLACE_OR_COUNTRY_AT = new RegExp(
  `^(?:${[...PLACES.flatMap((p) => p.names), ...COUNTRY_WORDS.map((c) => c.word)].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** A closing credit in parentheses, as a last line or after the last sentence: "(TTXVN/Vietnam+)", "(TTXVN)". */
const CREDIT = new RegExp(`(?:^|(?<=[.!?…"”]\\s*))\\((?<credit>${OUTLET}(?:\\s*/\\s*${OUTLET})*)\\)$`, 'u');
/** An outlet and the place it reports from, as a last line: "VOV/Washington", "TTXVN/Hà Nội". */
const OUTLET_FROM = new RegExp(`^(?<credit>${OUTLET})\\s*/\\s*${DATELINE_PLACE}$`, 'u');
/** Capitalised abbreviations and words that are not outlets ("ASEAN - Hoa Kỳ …", "HÀ NỘI - …", "(Indonesia) - "). */
const NOT_OUTLET = new Set<string>([
  ...NOT_OUTLETS,
  ...[...COUNTRY_WORDS.map((c) => c.word), ...OTHER_COUNTRIES, ...PLACES.flatMap((p) => p.names)].map((w) => w.toUpperCase()),
]);
/** The name shown for each name of OUTLETS, by the name in lowercase. */
const OUTLET_SHOWN = new Map(OUTLETS.flatMap((o) => [o.shown, ...(o.written ?? [])].map((n) => [n.toLowerCase(), o.shown] as const)));
/** An OUTLET_EDITIONS word ending an outlet's name, after a space ("QĐND Online", "Nhân Dân điện tử"). */
const OUTLET_EDITION_END = new RegExp(`\\s+(?:${OUTLET_EDITIONS.join('|')})$`, 'iu');

/** A name in capitals or in Title case, two to four words ("THÀNH CHUNG", "Ngọc An"). */
const NAME = '(?:\\p{Lu}[\\p{Lu}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}]*){1,3}|\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,3})';
/** Reporters' names, joined by " - ", ", " or "và", maybe then their role: "THÀNH CHUNG - NGỌC AN", "TRẦN SƠN (Phóng viên TTXVN tại Washington)". */
const NAMES = new RegExp(`^${NAME}(?:\\s*(?:[-–,]|\\svà)\\s+${NAME})*(?:\\s*\\([^()\\n]{2,80}\\))?$`, 'u');
/** The longest closing line (a byline or credit) looked at: reporters' names and their role. */
const MAX_CLOSING = 200;
/** A crumb of section names before a stamp: "Thế giới", "Thời sự › Đối ngoại". */
const SECTIONS = /^\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}(?:\s*[|›»>]\s*\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3})*$/u;

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

/** A headline-shaped line: a few words, no sentence end, not opening as a lede does (startsAsLede). */
function isHeadline(text: string, wordCount = lazyWordCount(text)): boolean {
  return !/[.…]$/u.test(text) && wordCount() >= 2 && wordCount() <= 40 && !isCaption(text) && !startsAsLede(text);
}

/**
 * A title too long to be taken as one: headline-shaped but for its length (over 40 words), opening with no lead-in
 * or dateline. It is kept as the first paragraph, but it is no lede: the lede is the paragraph after it.
 */
function isOverlongTitle(text: string, wordCount = lazyWordCount(text)): boolean {
  return !/[.…]$/u.test(text) && wordCount() > 40 && !isCaption(text) && !startsAsLede(text) && !leadIn(text) && !datelineAt(text, 0);
}

/**
 * A line opening as a lede's first sentence does: with a date phrase ("Sáng 8.7 ", "Tối qua, ", see leadingDatePhrase),
 * maybe after an outlet's lead-in ("TTO - Sáng 12-11 …") or a dateline ("Hà Nội - Sáng 28/8 …"), or with a dated
 * dateline ("Hà Nội, ngày 17-11-2000 - …"; "Hà Nội - điểm đến …" may be a headline). Without a final full stop it is
 * still no headline ("Sáng 8.7 Thủ tướng tiếp Đại sứ Hoa Kỳ …").
 */
function startsAsLede(text: string): boolean {
  if (leadingDatePhrase(text) > 0) return true;
  // A lead-in or a dateline ends with a dash or colon and, with the date after it, fits in the first characters.
  const head = text.slice(0, LEAD_MAX);
  if (!LEAD_END.test(head) || !mayNameDate(head)) return false;
  const lead = leadIn(text);
  let rest = lead ? text.slice(lead.length) : text;
  const dateline = datelineAt(rest, 0);
  if (dateline && /\d/u.test(rest.slice(0, dateline.length))) return true;
  if (dateline) rest = rest.slice(dateline.length);
  return (lead !== undefined || dateline !== undefined) && leadingDatePhrase(rest) > 0;
}

/**
 * A byline: one to four capitalised words ("Hà Lê", "Nguyễn Hồng"), or reporters' names in capitals or Title case,
 * joined and maybe followed by their role ("THÀNH CHUNG - NGỌC AN", "TRẦN SƠN (Phóng viên TTXVN tại Washington)").
 */
function isByline(text: string, wordCount = lazyWordCount(text)): boolean {
  const n = wordCount();
  if (n >= 1 && n <= 4 && words(text).every((x) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(x))) return true;
  return n >= 2 && text.length <= MAX_CLOSING && NAMES.test(text);
}

/** The name to show for an outlet as written ("TTO" → "Tuổi Trẻ"); undefined for a word that is not an outlet ("ASEAN"). */
function outletName(written: string): string | undefined {
  const name = written.trim();
  const abbreviation = name.split(/\s/u, 1)[0]!;
  if (NOT_OUTLET.has(name.toUpperCase()) || NOT_OUTLET.has(abbreviation)) return undefined;
  return shownOutlet(name);
}

/**
 * The name shown for an outlet as written: without a kind of OUTLET_KINDS_DROPPED before it or an OUTLET_EDITIONS word
 * after it ("Báo Thanh Niên", "Tuổi Trẻ Online" → "Thanh Niên", "Tuổi Trẻ"), then the name OUTLETS shows for it, in any
 * case ("TTO", "QĐND Online", "Báo Quân Đội Nhân Dân" → "Tuổi Trẻ", "Quân đội nhân dân"); a name it does not list is shown so.
 */
function shownOutlet(written: string): string {
  let name = written.trim();
  const lower = name.toLowerCase();
  const kind = OUTLET_KINDS_DROPPED.find((k) => lower.startsWith(k) && isSpace(lower.charCodeAt(k.length)));
  if (kind !== undefined) name = name.slice(kind.length).trimStart();
  const edition = OUTLET_EDITION_END.exec(name);
  if (edition) name = name.slice(0, edition.index);
  return OUTLET_SHOWN.get(name.toLowerCase()) ?? name;
}

/** The outlets of a credit ("TTXVN/Vietnam+"), each by outletName, joined by '/'; undefined when one is not an outlet. */
function creditName(written: string): string | undefined {
  const names = written.split('/').map(outletName);
  return names.every((n) => n !== undefined) ? names.join('/') : undefined;
}

/**
 * The outlet a closing line credits ("Theo TTXVN", "Nguồn: Bộ Ngoại giao", "Theo báo Tuổi Trẻ", "Báo Nhân Dân",
 * "(TTXVN/Vietnam+)", "VOV/Washington"), or null for a closing line naming none ("(Theo Reuters, AFP)"); undefined
 * when the line does not close an article ("Theo Bộ trưởng, hai nước …" is a sentence).
 */
function closingCredit(text: string): string | null | undefined {
  const end = BYLINE_END.exec(text);
  if (end) {
    const credit = end.groups!.credit!;
    if (CLAUSE_AFTER_COMMA.test(credit)) return undefined;
    // A kind and a name ("báo Tuổi Trẻ" → "Báo Tuổi Trẻ"), an outlet's name or a web address; not a list or a phrase.
    const named = kindName(credit);
    if (named !== undefined) return named;
    if (/^\p{Lu}[^,;:]*$/u.test(credit) && countWords(credit, 6) <= 5) return shownOutlet(credit);
    return DOMAIN.test(credit) ? shownOutlet(credit) : null;
  }
  // A kind and a name alone: "Báo Nhân Dân".
  if (/^\p{Lu}/u.test(text)) {
    const named = kindName(text);
    if (named !== undefined) return named;
  }
  if (text.charCodeAt(0) === 40 /* ( */) {
    const credit = CREDIT.exec(text)?.groups!.credit;
    return credit === undefined ? undefined : creditName(credit);
  }
  const from = OUTLET_FROM.exec(text)?.groups!.credit;
  return from === undefined ? undefined : outletName(from);
}

/**
 * An outlet named by its kind and a name ("Báo Nhân Dân", "báo Quân đội nhân dân", "Thông tấn xã Việt Nam"), by the
 * name shown for it (shownOutlet: "Nhân Dân", "Quân đội nhân dân", "Thông tấn xã Việt Nam"); undefined for any other text.
 */
function kindName(text: string): string | undefined {
  const lower = text.toLowerCase();
  const kind = OUTLET_KINDS.find((k) => lower.startsWith(k) && isSpace(lower.charCodeAt(k.length)));
  if (kind === undefined || !NAME_AFTER_KIND.test(text.slice(kind.length).trimStart())) return undefined;
  const shown = shownOutlet(text);
  return shown[0]!.toUpperCase() + shown.slice(1);
}

/** A stray tag line: one to three lowercase words, no punctuation ("hội đàm"). */
function isStrayTag(text: string, wordCount = lazyWordCount(text)): boolean {
  return /^\p{Ll}/u.test(text) && wordCount() <= 3 && !/[\p{P}\p{N}]/u.test(text);
}

/** Cut a seed's lines into header, title and clean body blocks; junk (crumbs, bylines, tails) is dropped. */
export function segment(text: string, firstLine = 1): Segments {
  let items = nonEmptyLines(text, firstLine);
  const out: Segments = { headerDate: null, headerLine: null, published: null, title: null, blocks: [], outlet: null, lede: null, dateline: null };
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
  // A first paragraph that opens as a lede but has no final full stop ("Sáng 8.7 Thủ tướng tiếp …"): a headline-shaped
  // line after it (junk aside) is still the article's title, and a byline there is still dropped.
  let unfinishedLede: Block | undefined;
  // A first paragraph that is a title too long to be one: a byline after it is still dropped; the lede comes after it.
  let overlongTitle: Block | undefined;
  const keepFirstParagraph = (item: Item) => {
    keep('paragraph', item);
    const kept = out.blocks.at(-1);
    if (out.title || kept?.text !== item.text) return;
    if (!/[.!?…]$/u.test(item.text) && startsAsLede(item.text)) unfinishedLede = kept;
    else if (isOverlongTitle(item.text)) overlongTitle = kept;
  };
  if (pending) {
    if (isHeadline(pending.text)) {
      out.title = pending;
      see(pending.text);
    } else keepFirstParagraph(pending);
  }

  // The article closes with up to three lines of bylines and credits ("TUẤN SƠN", "Theo TTXVN"): each counts as its last.
  let closing = items.length - 1;
  while (closing > 1 && items.length - closing <= 3 && isClosingLine(items[closing]!.text)) closing--;
  let credit: string | undefined;

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const t = item.text;
    const top = !out.blocks.some((b) => b.kind === 'paragraph');
    const afterTitle = overlongTitle !== undefined && out.blocks.at(-1) === overlongTitle;
    const head = top || afterTitle || (unfinishedLede !== undefined && out.blocks.at(-1) === unfinishedLede);
    const last = i >= closing;
    const wordCount = lazyWordCount(t);
    const whole = parseStampLine(t);
    const bylined = whole ? undefined : splitStampLine(t);
    const stamp =
      whole ??
      (bylined && (isByline(bylined.rest) || BYLINE_END.test(bylined.rest) || (t.includes('|') && SECTIONS.test(bylined.rest))) ? bylined.stamp : undefined);
    if (stamp) {
      if (!out.published) out.published = stamp;
      else if (sameDate(out.published, stamp) && stamp.time && !out.published.time) out.published = stamp;
      continue;
    }
    const marked = CRUMB_OR_CAPTION_MARK.test(t);
    if ((CRUMB.test(t) || (marked && CRUMB_SEPARATOR.test(t))) && wordCount() <= 12) continue;
    const follow = FOLLOW.exec(t);
    if (follow) {
      out.outlet ??= shownOutlet(follow[1]!);
      continue;
    }
    if (last && t.length <= MAX_CLOSING) {
      const closed = closingCredit(t);
      if (closed !== undefined) {
        credit ??= closed ?? undefined;
        continue;
      }
    }
    if ((marked || endsWithParenthesis(t)) && isCaption(t)) {
      keep('caption', item);
      continue;
    }
    if (isStrayTag(t, wordCount)) continue;
    if (head && !out.title && !afterTitle && isHeadline(t, wordCount)) {
      out.title = item;
      see(t);
      continue;
    }
    if ((head || last) && isByline(t, wordCount) && wordCount() >= 2) continue;
    if (!top && !last && !TERMINAL.test(t) && wordCount() >= 3 && wordCount() <= 25) {
      keep('heading', item);
      continue;
    }
    if (top) keepFirstParagraph(item);
    else keep('paragraph', item);
  }

  // The lede: the first paragraph, past a title too long to be one.
  const first = out.blocks.find((b) => b.kind === 'paragraph' && b !== overlongTitle);
  const lead = first && leadIn(first.text);
  if (first && lead) {
    out.outlet ??= lead.outlet;
    first.text = first.text.slice(lead.length);
  }
  out.lede = first ?? null;
  if (first) out.dateline = (lead?.place !== undefined ? datelineOf(lead.place, first.line, 0) : undefined) ?? datelineAt(first.text, first.line) ?? null;
  // A credit after the last sentence: "… hai nước. (TTXVN/Vietnam+)".
  const end = out.blocks.at(-1);
  const suffix = end?.kind === 'paragraph' && end.text.endsWith(')') ? CREDIT.exec(end.text) : null;
  const suffixCredit = suffix && suffix.index > 0 ? creditName(suffix.groups!.credit!) : undefined;
  if (end && suffix && suffixCredit) {
    credit ??= suffixCredit;
    end.text = end.text.slice(0, suffix.index).trimEnd();
  }
  out.outlet ??= credit ?? null;
  // An outlet as written is cut from the text: copied, as the entry keeps it (see detached). Here, once, rather than
  // for every line tried as a credit.
  if (out.outlet !== null) out.outlet = detached(out.outlet);
  return out;
}

/** A line that may close an article: a byline or a credit. */
function isClosingLine(text: string): boolean {
  return text.length <= MAX_CLOSING && (closingCredit(text) !== undefined || (isByline(text) && countWords(text, 2) >= 2));
}

/** An outlet's lead-in at the start of a lede ("TTO - ", "Washington (TTXVN) - "): its length, the outlet and the place before it. */
function leadIn(text: string): { length: number; outlet: string; place?: string } | undefined {
  const m = LEAD_IN.exec(text);
  if (!m) return undefined;
  const { place, paren, bare } = m.groups!;
  // The parentheses hold an outlet's name, not a date ("Hà Nội (15/3) - ", "(Ngày 15/3) - ") or, after a place, a remark;
  // nor a place or country, or another word that is no outlet ("Hà Nội (Việt Nam) - ", "(ASEAN) - ").
  if (paren !== undefined && (isDatelineDate(paren) || (place !== undefined && !/^\p{Lu}/u.test(paren)))) return undefined;
  const outlet = outletName(bare ?? paren!);
  return outlet === undefined ? undefined : { length: m[0].length, outlet, place };
}

/**
 * The dateline heading a lede, when its place is known: the place, a comma, a date (datelineDate) and a dash or
 * colon ("Hà Nội, ngày 17-11-2000 - ", "WASHINGTON, thứ Hai, 20/2 – ", "Hà Nội, 28.8.2023 - "), the place, a date in
 * parentheses and a dash or colon ("Hà Nội (28/8) - ", "TP.HCM (28/8/2023) – ", "Washington (ngày 28/8) - ",
 * "Hà Nội (28.8) - "), the place, its country (or another of its names) in parentheses and a dash or colon
 * ("Hà Nội (Việt Nam) - ", "Honolulu (Hawaii) - "), or the place and a dash ("Hà Nội - "). A dateline without a date is none before another place or country ("Hà Nội - Washington").
 */
function datelineAt(text: string, line: number): Dateline | undefined {
  if (!LEAD_END.test(text.slice(0, LEAD_MAX))) return undefined;
  const place = DATELINE_PLACE_AT.exec(text)?.[0];
  const known = place === undefined ? undefined : placeNamed(place);
  if (place === undefined || !known) return undefined;
  let length = place.length;
  const comma = DATELINE_COMMA.exec(text.slice(length));
  const paren = comma ? null : DATELINE_PAREN.exec(text.slice(length));
  if (paren) {
    const inner = paren.groups!.inner!;
    const dated = isDatelineDate(inner);
    const dash = dated || namesPlaceOf(inner, known) ? DATELINE_DASH.exec(text.slice(length + paren[0].length)) : null;
    if (!dash) return undefined;
    length += paren[0].length + dash[0].length;
    // "Hà Nội (Việt Nam) - Washington (Hoa Kỳ): …": two sides, not a dateline.
    if (!dated && PLACE_OR_COUNTRY_AT.test(text.slice(length))) return undefined;
  } else if (comma) {
    length += comma[0].length;
    const date = datelineDate(text.slice(length), false);
    const dash = date > 0 ? DATELINE_DASH.exec(text.slice(length + date)) : null;
    if (!dash) return undefined;
    length += date + dash[0].length;
  } else {
    const dash = DATELINE_BARE_DASH.exec(text.slice(length));
    // "Hà Nội - Washington …", "Hà Nội - Hoa Kỳ …": two sides, not a dateline.
    if (!dash || PLACE_OR_COUNTRY_AT.test(text.slice(length + dash[0].length))) return undefined;
    length += dash[0].length;
  }
  return { ...known, line, length };
}

/** True when the text names the place's country ("Việt Nam", "MỸ") or the place itself ("Hawaii" for Honolulu), and nothing else. */
function namesPlaceOf(text: string, known: { place: string; country: Country }): boolean {
  const t = text.trim();
  const country = COUNTRY_WORDS.find((c) => c.word.toLowerCase() === t.toLowerCase())?.country;
  return country !== undefined ? country === known.country : placeNamed(t)?.place === known.place;
}

/**
 * How many characters a dateline's date opening the text takes, with the spaces and commas after it: a date phrase
 * (leadingDatePhrase: "ngày 28/8 ", "thứ Hai, 20/2 ") or a dotted day.month, alone in the dateline's parentheses
 * ("28.8", "28.8.2023": no decimal stands there) or, after its comma, with its year ("28.8.2023 "); 0 when none opens it.
 */
function datelineDate(text: string, inParentheses: boolean): number {
  const phrase = leadingDatePhrase(text);
  if (phrase > 0) return phrase;
  const dotted = DOTTED_DATELINE_DATE.exec(text);
  return dotted && (inParentheses || dotted.groups!.year !== undefined) ? dotted[0].length : 0;
}

/** True when the text is a dateline's date in parentheses (datelineDate) and nothing else ("28/8", "ngày 28/8/2023", "28.8"), spaces around it aside. */
function isDatelineDate(text: string): boolean {
  const t = text.trim();
  return t !== '' && datelineDate(t, true) === t.length;
}

/** A dateline at a place written so, when the place is known ("WASHINGTON" → Washington, D.C.). */
function datelineOf(written: string, line: number, length: number): Dateline | undefined {
  const known = placeNamed(written.trim());
  return known && { ...known, line, length };
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
