/**
 * How the commands print what they found: a feed's problems, an import's
 * notes as JSON, counts and sizes as people of each language read them.
 */
import { message, type Lang } from '../messages.js';
import { formatNote, type ImportNote } from '../notes.js';
import type { ReportedProblem } from '../validate.js';
import type { Io } from './context.js';

/** A problem as one indented line: where, which record, what. */
export function problemLine(p: ReportedProblem): string {
  return `  ${p.path}${p.id !== undefined ? ` [${p.id}]` : ''}: ${p.message}`;
}

/** Prints a heading and its problems, when there are any. */
export function printProblems(io: Io, heading: Parameters<typeof message>[0], problems: readonly ReportedProblem[], lang: Lang): void {
  if (problems.length) io.out([message(heading, { count: problems.length }, lang), ...problems.map(problemLine)].join('\n'));
}

/** An import or merge note as JSON, its message in the command's language. */
export function noteJson(note: ImportNote, lang: Lang) {
  return {
    severity: note.severity,
    code: note.code,
    ...(note.file !== undefined ? { file: note.file } : {}),
    ...(note.line !== undefined ? { line: note.line } : {}),
    ...(note.id !== undefined ? { id: note.id } : {}),
    message: formatNote({ ...note, file: undefined, line: undefined } as ImportNote, lang),
  };
}

/** Numbers as each language writes them (`20 000,5` in French). */
export function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A size as people read it: `512 B`, `48.2 kB`, `30.5 MB` (`30,5 Mo` in French); decimal units, as file managers show. */
export function formatBytes(bytes: number, lang: Lang): string {
  // 999,950 bytes would round to "1,000.0 kB": it reads better as 1.0 MB.
  const [unit, size] = bytes >= 999_950 ? (['unit-mb', bytes / 1e6] as const) : bytes >= 1e3 ? (['unit-kb', bytes / 1e3] as const) : (['unit-b', bytes] as const);
  return message(unit, { size: numberFormat(lang, unit === 'unit-b' ? 0 : 1).format(size) }, lang);
}
