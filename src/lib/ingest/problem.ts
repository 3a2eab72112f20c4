/** A located problem with a seed: printed as `file:line: message` plus what to do about it. */
export interface Problem {
  file: string;
  line: number;
  message: string;
  hint?: string;
}

/** Format a problem the way compilers do: `file:line: message (hint)`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`;
}

/** 1-based line number of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
