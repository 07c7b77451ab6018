/**
 * `repere import`: a spreadsheet, a 211 export, HSDS files or an HSDS API
 * as a feed, its format detected or named; or, with `--suggest-map`, a
 * mapping for a spreadsheet. Exit code 0 when every row was imported into a
 * valid feed, 1 otherwise, 2 for unusable input or wrong usage.
 */
import { isTimeZone, validateFeed } from '@repere/sdk';
import { LANGUAGE_TAG_PATTERN, TIMESTAMP_PATTERN } from '@repere/sdk/internal';
import { readBaseFeed, type ImportOptions } from '../base.js';
import { readCsv } from '../csv/read.js';
import { importSource, shapeParams } from '../import-source.js';
import { suggestMapping } from '../mapping/suggest.js';
import { message } from '../messages.js';
import { formatNote } from '../notes.js';
import { PACK_SUGGESTED_FROM, readFileBytes, reportFeed } from '../validate.js';
import { writeFileAtomic } from '../write-atomic.js';
import { missing, usage, type CliValues, type Command } from './context.js';
import { noteJson, numberFormat, printProblems } from './report.js';

const FORMATS = ['csv', 'hsds', 'hsds-api'] as const;
type Format = (typeof FORMATS)[number];

/** Runs `repere import [csv|hsds|hsds-api] PATH …`. */
export async function importCommand(command: Command): Promise<number> {
  const { args, values, lang, io } = command;
  // "repere import PATH": the format is detected; "repere import csv|hsds|hsds-api PATH" says it.
  const said = FORMATS.includes(args[0] as Format) ? (args[0] as Format) : undefined;
  const input = said ? args[1] : args.length === 1 ? args[0] : undefined;
  if (!said && args.length > 1) return missing(command, 'csv | hsds | hsds-api');
  if (!input) return missing(command, 'what-import-file');
  if (values['suggest-map']) {
    const base = values.base !== undefined ? readBaseFeed(values.base) : undefined;
    io.out(JSON.stringify(suggestMapping(readCsv(readFileBytes(input)), base), null, 2));
    return 0;
  }
  if (!values.output) return missing(command, '-o FEED.json');
  const options = importOptions(command);
  if (typeof options === 'number') return options;
  const api = apiOptions(command);
  if (typeof api === 'number') return api;

  const result = await importSource({ kind: said, input, options, api, ...(values.map !== undefined ? { map: values.map } : {}) });
  const { feed, notes, imported, rejected, shape } = result;
  const inputs = [input, ...(values.base ? [values.base] : []), ...result.inputs];
  // The same validator as the widget: what it would reject, the import reports.
  const report = reportFeed(validateFeed(feed), lang);
  let written = false;
  if (imported > 0) {
    writeFileAtomic(values.output, `${JSON.stringify(feed, null, 2)}\n`, inputs);
    written = true;
  }
  if (values.json) {
    io.out(JSON.stringify({ format: shape, imported, rejected, ...(result.skipped ? { skipped: result.skipped } : {}), ...(result.hours ? { hours: result.hours } : {}), output: written ? values.output : null, notes: notes.map((n) => noteJson(n, lang)), feed: report }, null, 2));
  } else {
    io.out(message('format-read', shapeParams(shape), lang));
    if (notes.length) io.out([message('heading-import', { count: notes.length }, lang), ...notes.map((n) => `  ${formatNote(n, lang)}`)].join('\n'));
    printProblems(io, 'heading-feed', [...report.errors, ...report.warnings], lang);
    if (result.hours) io.out(message('hours-read', result.hours, lang));
    io.out(message('summary-import', { imported, rejected }, lang));
    io.out(written ? message('written', { count: imported, path: values.output }, lang) : message('nothing-written', {}, lang));
    if (written && imported >= PACK_SUGGESTED_FROM) io.out(message('suggest-pack', { count: numberFormat(lang, 0).format(imported) }, lang));
  }
  const failed = !written || rejected > 0 || notes.some((n) => n.severity === 'error') || !report.valid;
  return failed ? 1 : 0;
}

/** The import's options from the command line, or exit code 2 for one that is wrong. */
function importOptions(command: Command): ImportOptions | 2 {
  const values: CliValues = command.values;
  const options: ImportOptions = {};
  if (values['default-locale'] !== undefined) {
    if (!LANGUAGE_TAG_PATTERN.test(values['default-locale'])) return usage(command, 'bad-locale', { value: values['default-locale'] });
    options.defaultLocale = values['default-locale'];
  }
  if (values.timezone !== undefined) {
    if (!isTimeZone(values.timezone)) return usage(command, 'bad-timezone', { value: values.timezone });
    options.timezone = values.timezone;
  }
  if (values.title !== undefined) options.title = values.title;
  if (values.base !== undefined) options.base = readBaseFeed(values.base);
  return options;
}

/** The HSDS API's request options (`--header`, `--since`), or exit code 2 for one that is wrong. */
function apiOptions(command: Command): { headers: Record<string, string>; since?: string } | 2 {
  const { values } = command;
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(header);
    // Only what can be a name is shown back: the rest may be the secret.
    if (!m || !m[2]) return usage(command, 'bad-header', { name: /^[!#$%&'*+.^_`|~0-9A-Za-z-]{0,40}/.exec(header)![0] });
    headers[m[1]!] = m[2];
  }
  if (values.since !== undefined && !TIMESTAMP_PATTERN.test(values.since)) {
    return usage(command, 'bad-since', { value: values.since });
  }
  return { headers, ...(values.since ? { since: values.since } : {}) };
}
