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

/** The kind of a problem: its message with quoted text, file names and numbers blanked ('slug "…" is taken …'). */
export function problemKind(p: Problem): string {
  return p.message.replace(/"[^"]*"/g, '"…"').replace(/[^\s"]+\.txt\b/g, '…').replace(/\d+(?:[-/:.]\d+)*/g, 'N');
}

/**
 * What a console shows of many problems: the first `limit` in order, and the rest counted by kind (most
 * frequent first), so a run with thousands of the same warning still shows each kind it found.
 */
export function shownProblems(problems: readonly Problem[], limit: number): { shown: Problem[]; more: Array<{ kind: string; count: number }> } {
  const shown = problems.slice(0, limit);
  const counts = new Map<string, number>();
  for (const p of problems.slice(limit)) {
    const kind = problemKind(p);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const more = [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
  return { shown, more };
}

/** 1-based line number of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
