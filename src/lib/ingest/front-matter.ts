// The front matter of an entry's Markdown file as gray-matter writes it (js-yaml 3's safeDump with its defaults:
// block style, indent 2, lines folded at 80 columns), written directly for the values an entry holds: null, text,
// and lists of text or of mappings of those. Anything else, or text js-yaml would write in another style (double
// quoted, literal block), is left to gray-matter.
import { createRequire } from 'node:module';

/** The js-yaml (3) gray-matter writes with: its own dependency, not the project's js-yaml. */
const jsYaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as {
  DEFAULT_SAFE_SCHEMA: { compiledImplicit: ReadonlyArray<{ resolve(data: string): boolean }> };
};
/** The implicit types safeDump tests a plain scalar against (null, bool, int, float, timestamp, merge). */
const IMPLICIT_TYPES = jsYaml.DEFAULT_SAFE_SCHEMA.compiledImplicit;

/**
 * The Markdown file as `matter.stringify({ content: body }, data)` writes it, or undefined when a value is outside
 * what this writer handles (then gray-matter must write it).
 */
export function plainMarkdownFile(data: Record<string, unknown>, body: string): string | undefined {
  const yaml = blockMapping(data, 0, true, new Set());
  if (yaml === undefined) return undefined;
  return `---\n${yaml.trim()}\n---\n${body.endsWith('\n') ? body : body + '\n'}`;
}

/** Objects and arrays already written: one written twice gets an anchor and an alias from js-yaml. */
type Seen = Set<object>;

/** js-yaml's writeBlockMapping: `key: value` pairs, each on a new line but the first of a compact one. */
function blockMapping(object: Record<string, unknown>, level: number, compact: boolean, seen: Seen): string | undefined {
  if (seen.has(object)) return undefined;
  seen.add(object);
  const keys = Object.keys(object);
  if (!keys.length) return undefined;
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    if (!compact || i > 0) out += '\n' + '  '.repeat(level);
    const key = keyScalar(keys[i]!);
    const value = node(object[keys[i]!], level + 1, false, seen);
    // A key longer than 1024 characters makes an explicit pair ('? key').
    if (key === undefined || key.length > 1024 || value === undefined) return undefined;
    out += key + (value.startsWith('\n') ? ':' : ': ') + value;
  }
  return out;
}

/** Keys as written: an entry has the same few keys every time. */
const keyScalars = new Map<string, string | undefined>();

/** A key as js-yaml writes it (`scalar` for a key, which is never folded: the same at every level), remembered. */
function keyScalar(key: string): string | undefined {
  let out = keyScalars.get(key);
  if (out === undefined && !keyScalars.has(key)) {
    if (keyScalars.size >= 1000) keyScalars.clear();
    keyScalars.set(key, (out = scalar(key, 1, true)));
  }
  return out;
}

/** js-yaml's writeBlockSequence: `- item` lines, each on a new line but the first of a compact one. */
function blockSequence(array: readonly unknown[], level: number, compact: boolean, seen: Seen): string | undefined {
  if (seen.has(array)) return undefined;
  seen.add(array);
  let out = '';
  for (let i = 0; i < array.length; i++) {
    if (!compact || i > 0) out += '\n' + '  '.repeat(level);
    const item = node(array[i], level + 1, true, seen);
    if (item === undefined) return undefined;
    out += (item.startsWith('\n') ? '-' : '- ') + item;
  }
  return out;
}

/** js-yaml's writeNode in block context, for null, text, arrays and plain objects. */
function node(value: unknown, level: number, compact: boolean, seen: Seen): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return scalar(value, level, false);
  if (Array.isArray(value)) return value.length ? blockSequence(value, level, compact, seen) : '[]';
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return blockMapping(value as Record<string, unknown>, level, compact, seen);
  }
  return undefined;
}

/** Plain scalars js-yaml quotes all the same, as YAML 1.1 booleans. */
const OLD_BOOLEANS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
/** Characters that may not start a plain scalar (js-yaml's isPlainSafeFirst, for printable characters). */
const NOT_PLAIN_FIRST = new Set(' -?:,[]{}#&*!|=>\'"%@`');
/** Characters that may stand nowhere in a plain scalar (js-yaml's isPlainSafe; '#' is tested apart). */
const NOT_PLAIN_ANYWHERE = /[,[\]{}:]/;
/** A character js-yaml does not print as it is, or a line break or tab (double-quoted or literal styles). */
const NOT_SIMPLE = /[^\u0020-\u007e\u00a1-\u2027\u202a-\ud7ff]/;

/**
 * js-yaml's writeScalar for a text of printable characters without line breaks: plain, single-quoted, or folded
 * (`>-`) when longer than the line width at its level (keys are never folded). Undefined for other texts.
 */
function scalar(text: string, level: number, isKey: boolean): string | undefined {
  if (text === '') return "''";
  if (text.length <= 3 && OLD_BOOLEANS.has(text)) return `'${text}'`;
  if (NOT_SIMPLE.test(text)) return undefined;
  const indent = 2 * Math.max(1, level);
  const width = Math.max(40, 80 - indent);
  if (!isKey && text.length > width && text[0] !== ' ') return folded(text, width, indent);
  // Text that reads as another type (a number, a date, null, a boolean) is quoted (js-yaml's testImplicitResolving).
  if (!isPlainSafe(text) || IMPLICIT_TYPES.some((type) => type.resolve(text))) return `'${text.replace(/'/g, "''")}'`;
  return text;
}

/** js-yaml's plain-style test for printable text without line breaks. */
function isPlainSafe(text: string): boolean {
  if (NOT_PLAIN_FIRST.has(text[0]!) || text.endsWith(' ') || NOT_PLAIN_ANYWHERE.test(text)) return false;
  // '#' is plain only after a character that is not a space (' #' would start a comment). A lone '#' is
  // found much faster than ' #' (a space is in every other place of a text).
  return !(text.includes('#') && text.includes(' #'));
}

/** js-yaml's folded block scalar for one line of text: `>-`, then the text folded at spaces to `width`, indented. */
function folded(text: string, width: number, indent: number): string {
  const pad = ' '.repeat(indent);
  return '>-\n' + foldLine(text, width).split('\n').map((line) => (line ? pad + line : line)).join('\n');
}

/**
 * js-yaml's foldLine (greedy line breaking): the longest line under the width each time, else the shortest
 * line over it; a line breaks at a space before a non-space, and that space is dropped.
 */
function foldLine(line: string, width: number): string {
  const breakAt = / [^ ]/g;
  let start = 0;
  let curr = 0;
  let result = '';
  for (let match = breakAt.exec(line); match; match = breakAt.exec(line)) {
    const next = match.index;
    if (next - start > width) {
      const end = curr > start ? curr : next;
      result += '\n' + line.slice(start, end);
      start = end + 1;
    }
    curr = next;
  }
  result += '\n';
  if (line.length - start > width && curr > start) result += line.slice(start, curr) + '\n' + line.slice(curr + 1);
  else result += line.slice(start);
  return result.slice(1);
}
