/**
 * Reading a spreadsheet export as rows, whatever Excel did to it: UTF-8 with
 * or without a byte-order mark, Windows-1252 (Excel on Windows in Quebec
 * saves "CSV" that way), UTF-16 ("Unicode text"), `;` (French Windows) or `,`
 * separators, quoted cells spanning several lines.
 */
import { parse, type CsvError } from 'csv-parse/sync';
import { ToolError } from '../notes.js';

/** A data row with the physical line on which it starts. */
export interface CsvRow {
  readonly line: number;
  /** Cells by normalized column name (lower case, `_` for spaces and dashes). */
  readonly cells: Readonly<Record<string, string>>;
}

/** A row that csv-parse could not read (an unclosed quote, say). */
export interface CsvBadRow {
  readonly line: number;
  readonly detail: string;
  /** A detail worded in the reader's language (a message code), when the tools know it. */
  readonly detailCode?: 'csv-nul';
}

/** A bad row's `csv-syntax` note parameters: its detail, worded in the reader's language when the tools know it. */
export const badRowParams = (bad: CsvBadRow): { detail: string; detailCode?: string } =>
  bad.detailCode ? { detail: bad.detail, detailCode: bad.detailCode } : { detail: bad.detail };

export interface CsvTable {
  /** Normalized column names, in file order. */
  readonly columns: readonly string[];
  /** The header's names as written (trimmed), in the same order: what a person recognizes. */
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly badRows: readonly CsvBadRow[];
  readonly encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  readonly delimiter: string;
}

/**
 * Decodes bytes: UTF-16 when a byte-order mark says so, UTF-8 when the bytes
 * are valid UTF-8, Windows-1252 otherwise. The BOM is removed.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * UTF-16 saved without a byte-order mark: text in Latin script puts a zero
 * byte beside nearly every character, on the odd bytes (little-endian) or the
 * even ones (big-endian), where UTF-8 and Windows-1252 text has none.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** `;`, `,` or tab: whichever occurs most often, outside quotes, on the header line. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/** `Name FR`, `name-fr` and `name_fr` are the same column. */
export function normalizeColumn(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function newlines(raw: string): number {
  const body = raw.replace(/\r?\n$/, '');
  let count = 0;
  for (const char of body) if (char === '\n') count++;
  return count;
}

/**
 * Parses CSV bytes into rows keyed by column. Throws {@link ToolError} when
 * the input is not a CSV at all (binary, a workbook, empty).
 */
export function readCsv(bytes: Uint8Array): CsvTable {
  // An .xlsx is a zip archive; a coordinator who renamed it deserves a hint.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) throw new ToolError('xlsx');
  const { text, encoding } = decodeText(bytes);
  // Binary content has NULs everywhere; a NUL in one cell costs that row only (below).
  if (isBinary(text)) throw new ToolError('not-csv', { detail: 'binary content' });
  if (text.trim() === '') throw new ToolError('no-header');
  const delimiter = detectDelimiter(text);
  const badRows: CsvBadRow[] = [];
  type Parsed = { record: string[]; info: { lines: number }; raw: string };
  let records: Parsed[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      raw: true,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined, raw: string | undefined) => {
        const end = (error as { lines?: number } | undefined)?.lines ?? 0;
        badRows.push({ line: Math.max(1, end - newlines(raw ?? '')), detail: error?.message.replace(/^Invalid [^:]*:\s*/, '') ?? 'unreadable' });
        return undefined;
      },
    }) as unknown as Parsed[];
  } catch (error) {
    throw new ToolError('not-csv', { detail: (error as Error).message }, { cause: error });
  }
  const [header, ...body] = records;
  if (!header || header.record.every((cell) => cell.trim() === '')) throw new ToolError('no-header');
  const columns = header.record.map(normalizeColumn);
  refuseDuplicateColumns(columns);
  const rows: CsvRow[] = [];
  for (const { record, info, raw } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    if (raw.includes('\u0000')) {
      badRows.push({ line: info.lines - newlines(raw), detail: 'it holds a NUL character (binary data)', detailCode: 'csv-nul' });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column && record[i] !== undefined) cells[column] = record[i]!.replace(/\r\n?/g, '\n').trim();
    });
    rows.push({ line: info.lines - newlines(raw), cells });
  }
  return { columns, header: header.record.map((name) => name.trim()), rows, badRows, encoding, delimiter };
}

/** More than one NUL in a thousand characters: not text. */
function isBinary(text: string): boolean {
  let nuls = 0;
  for (let i = text.indexOf('\u0000'); i !== -1; i = text.indexOf('\u0000', i + 1)) {
    if (++nuls > text.length / 1000 + 1) return true;
  }
  return false;
}

/** Two columns with one name (`Website` and `website`): the later would silently overwrite the earlier, cell by cell. */
function refuseDuplicateColumns(columns: readonly string[]): void {
  const first = new Map<string, number>();
  columns.forEach((column, i) => {
    if (!column) return;
    const seen = first.get(column);
    if (seen !== undefined) throw new ToolError('duplicate-column', { column, first: seen + 1, second: i + 1 });
    first.set(column, i);
  });
}
