/**
 * What an import says about its input: one note per skipped row, dropped
 * value or created category, located by file and line so that a coordinator
 * can find it in the spreadsheet.
 */
import { message, type Lang, type MessageCode } from './messages.js';

type Params = Readonly<Record<string, string | number | undefined>>;

/** One thing an import noticed about its input. */
export interface ImportNote {
  /** `error`: a row or record was skipped. `warning`: something was dropped, repaired or guessed. */
  readonly severity: 'error' | 'warning';
  readonly code: MessageCode;
  readonly params: Params;
  /** The physical line (1-based) where the row starts, for CSV input. */
  readonly line?: number;
  /** The input file, when an import reads several (an HSDS folder). */
  readonly file?: string;
  /** The record's id, when it has one. */
  readonly id?: string;
}

/** Collects notes; kept as a class so importers share one way of adding them. */
export class Notes {
  readonly list: ImportNote[] = [];
  error(code: MessageCode, params: Params = {}, at: { line?: number; file?: string; id?: string } = {}): void {
    this.list.push({ severity: 'error', code, params, ...at });
  }
  warning(code: MessageCode, params: Params = {}, at: { line?: number; file?: string; id?: string } = {}): void {
    this.list.push({ severity: 'warning', code, params, ...at });
  }
}

/** A note as one line of text: `services.csv line 4: …`. */
export function formatNote(note: ImportNote, lang: Lang = 'en'): string {
  const where = [note.file, note.line !== undefined ? message('line', { line: note.line }, lang) : undefined].filter(Boolean).join(' ');
  // A detail that has its own code is worded in the reader's language too.
  const { detailCode, detailValue } = note.params;
  const params = typeof detailCode === 'string' ? { ...note.params, detail: message(detailCode as MessageCode, { value: detailValue }, lang) } : note.params;
  const text = message(note.code, params, lang);
  return where ? `${where}${lang === 'fr' ? '\u00a0: ' : ': '}${text}` : text;
}

/**
 * Thrown when an input cannot be used at all (a missing file, a file that is
 * not CSV or JSON, a CSV without a header): the command exits with code 2.
 */
export class ToolError extends Error {
  readonly code: MessageCode;
  readonly params: Params;
  constructor(code: MessageCode, params: Params = {}, options?: { cause?: unknown }) {
    super(message(code, params), options);
    this.name = 'ToolError';
    this.code = code;
    this.params = params;
  }
  /** The message in French or English. */
  localizedMessage(lang: Lang): string {
    return message(this.code, this.params, lang);
  }
}
