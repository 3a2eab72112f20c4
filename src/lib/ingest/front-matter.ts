import { remembered } from '../memo.ts';

/**
 * An entry's front matter as YAML, written fast: block mappings and sequences laid out as js-yaml lays them
 * out, and every scalar in JSON's notation (a string in double quotes, `null`, `true`, a number), which
 * YAML 1.2 reads back as the same value. js-yaml's own dump weighs up each string's style (plain, quoted,
 * folded) and took ≈ 17% of a seed's parse; JSON's quoting has a single rule. Keys that are not plain
 * words are quoted too, so any plain data round-trips.
 */

/** Data front matter can hold: what JSON can, without undefined inside arrays. */
export type YamlValue = string | number | boolean | null | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** The YAML text (no `---` fences, ending in a newline) of a mapping; keys whose value is undefined are left out. */
export function frontMatterYaml(data: { readonly [key: string]: YamlValue }): string {
  const lines: string[] = [];
  writeMapping(data, '', lines);
  const yaml = lines.length ? `${lines.join('\n')}\n` : '{}\n';
  // Such characters can only stand inside a string's quotes: escaping them in the whole text escapes each scalar's.
  return NOT_RAW_IN_YAML.test(yaml) ? yaml.replace(NOT_RAW_IN_YAML_ALL, escapeChar) : yaml;
}

/**
 * A scalar in JSON's notation. Some characters JSON writes raw, YAML's reader refuses: frontMatterYaml escapes them in
 * the finished text.
 */
function yamlScalar(value: string | number | boolean | null): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`front matter cannot hold the number ${value}`);
  return JSON.stringify(value);
}

/**
 * Characters JSON leaves raw that a YAML reader refuses (DEL, C1 controls, U+FFFE/U+FFFF: js-yaml's
 * "non-printable") or may read as something else (a byte-order mark, U+2028 and U+2029 as line breaks in YAML 1.1).
 */
const NOT_RAW_IN_YAML = /[\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]/;
const NOT_RAW_IN_YAML_ALL = new RegExp(NOT_RAW_IN_YAML.source, 'g');

function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A key as written: a plain word as is, anything else quoted (remembered: an entry's keys are always the same few). */
const yamlKey = remembered((key) => (PLAIN_KEY.test(key) ? key : yamlScalar(key)), 1000);
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isScalar(value: YamlValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function writeMapping(data: { readonly [key: string]: YamlValue }, indent: string, lines: string[], firstPrefix?: string): void {
  let prefix = firstPrefix;
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (value === undefined) continue;
    const head = `${prefix ?? indent}${yamlKey(key)}:`;
    prefix = undefined;
    if (isScalar(value)) lines.push(`${head} ${yamlScalar(value)}`);
    else if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${head} []`);
      else {
        lines.push(head);
        writeSequence(value, indent, lines);
      }
    } else if (Object.values(plain(value)).every((v) => v === undefined)) lines.push(`${head} {}`);
    else {
      lines.push(head);
      writeMapping(plain(value), `${indent}  `, lines);
    }
  }
  // A mapping with no keys written, as an item of a sequence, still needs its item.
  if (prefix !== undefined) lines.push(`${prefix}{}`);
}

function writeSequence(items: readonly YamlValue[], indent: string, lines: string[]): void {
  const dash = `${indent}  - `;
  for (const item of items) {
    if (item === undefined) undefinedInList();
    if (isScalar(item)) lines.push(`${dash}${yamlScalar(item)}`);
    else if (Array.isArray(item)) lines.push(`${dash}${flowOf(item)}`);
    else writeMapping(plain(item), `${indent}    `, lines, dash);
  }
}

/** A list inside a list, in flow style: JSON's, with its strings made YAML-safe. */
function flowOf(value: YamlValue): string {
  if (value === undefined) return undefinedInList();
  if (isScalar(value)) return yamlScalar(value);
  if (Array.isArray(value)) return `[${value.map(flowOf).join(', ')}]`;
  const entries = Object.entries(plain(value)).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${yamlScalar(k)}: ${flowOf(v)}`).join(', ')}}`;
}

function undefinedInList(): never {
  throw new TypeError('front matter cannot hold undefined in a list');
}

/** A plain object's own data; anything else (a Date, a Map) has no YAML of its own here. */
function plain(value: object): { readonly [key: string]: YamlValue } {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError(`front matter cannot hold a ${value.constructor?.name ?? 'non-plain object'}`);
  return value as { readonly [key: string]: YamlValue };
}
