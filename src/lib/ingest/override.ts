import { parseDocument } from 'yaml';
import { articleSchema, type Article } from '../../content.config.ts';
import { lineAt, type Problem } from './problem.ts';

/** Fields an editor may set in a seed's own front-matter block to correct an inference. */
export type Override = Partial<Omit<Article, 'source' | 'dateBasis' | 'datePrecision'>>;

const overrideSchema = articleSchema.omit({ source: true, dateBasis: true, datePrecision: true }).partial().strict();

/** Split an optional `---` YAML block off the top of a seed; the rest keeps its line numbers via `bodyLine`. */
export function splitOverride(
  text: string,
  file: string,
): { override: Override | null; body: string; bodyLine: number; problems: Problem[] } {
  const firstEnd = text.indexOf('\n');
  if ((firstEnd < 0 ? text : text.slice(0, firstEnd)).trim() !== '---') return { override: null, body: text, bodyLine: 1, problems: [] };
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    return {
      override: null,
      body: text,
      bodyLine: 1,
      problems: [{ file, line: 1, message: 'override block opened with --- is never closed', hint: 'end the block with a line holding only ---' }],
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: 1 + lineAt(yamlText, e.pos[0]),
    message: `override block: ${e.message.split('\n')[0]}`,
    hint: 'fix the YAML between the --- lines (key: value, one per line)',
  }));
  if (problems.length) return { override: null, body, bodyLine: close + 2, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 }) ?? {};
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    return { override: null, body, bodyLine: close + 2, problems: [{ file, line: 2, message: `override block: ${message}`, hint: 'fix the YAML between the --- lines (key: value, one per line)' }] };
  }
  const parsed = overrideSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? ('keys' in issue ? issue.keys[0] : ''));
      const at = lines.findIndex((l, i) => i > 0 && i < close && l.startsWith(`${key}:`));
      problems.push({
        file,
        line: at > 0 ? at + 1 : 1,
        message: `override block: ${key ? `${key}: ` : ''}${issue.message}`,
        hint: `allowed fields: ${Object.keys(overrideSchema.shape).join(', ')}`,
      });
    }
    return { override: null, body, bodyLine: close + 2, problems };
  }
  return { override: parsed.data, body, bodyLine: close + 2, problems: [] };
}
