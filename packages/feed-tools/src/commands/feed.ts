/**
 * The commands that read one feed or two: `repere validate`, `stats`,
 * `export hsds` and `merge`. Each returns its exit code.
 */
import { basename } from 'node:path';
import { parseFeedText, validateFeed } from '@repere/sdk';
import { feedToHsds, writeHsds } from '../export/hsds.js';
import { mergeFeeds, readIdTable } from '../merge.js';
import { message } from '../messages.js';
import { formatNote } from '../notes.js';
import { feedStats, formatStats } from '../stats.js';
import { PACK_SUGGESTED_FROM, readFeed, readFeedFile, readFileBytes, reportFeed } from '../validate.js';
import { writeFileAtomic } from '../write-atomic.js';
import { missing, type Command } from './context.js';
import { noteJson, numberFormat, printProblems } from './report.js';

/** `repere validate FEED.json`: 0 valid, 1 invalid. */
export function validateCommand(command: Command): number {
  const { args, values, lang, io } = command;
  const [path] = args;
  if (!path) return missing(command, 'what-feed-file');
  const { feed, listed } = readFeed(path);
  const report = reportFeed(feed, lang);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else {
    printProblems(io, 'heading-errors', report.errors, lang);
    printProblems(io, 'heading-warnings', report.warnings, lang);
    io.out(message(report.valid ? 'summary-valid' : 'summary-invalid', { ...report.counts }, lang));
    // A large list loads faster packed; maintainers may not know the table form exists.
    if (listed !== undefined && listed >= PACK_SUGGESTED_FROM) io.out(message('suggest-pack', { count: numberFormat(lang, 0).format(listed) }, lang));
  }
  return report.valid ? 0 : 1;
}

/** `repere stats FEED.json`: what the feed holds. */
export function statsCommand(command: Command): number {
  const { args, values, lang, io } = command;
  const [path] = args;
  if (!path) return missing(command, 'what-feed-file');
  const stats = feedStats(readFeedFile(path), lang);
  io.out(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats, lang));
  return 0;
}

/** `repere export hsds FEED.json -o DIR`: 0, or 1 when the feed skipped records (they are not exported). */
export function exportCommand(command: Command): number {
  const { args, values, lang, io } = command;
  const [format, path] = args;
  if (format !== 'hsds') return missing(command, 'hsds');
  if (!path) return missing(command, 'what-feed-file');
  if (!values.output) return missing(command, '-o DIR');
  const { feed } = readFeed(path);
  const report = reportFeed(feed, lang);
  const exported = feedToHsds(feed, values['default-locale']);
  const written = writeHsds(exported, values.output, [path]);
  if (values.json) io.out(JSON.stringify({ services: exported.services.length, taxonomyTerms: exported.taxonomyTerms.length, files: written, feed: report }, null, 2));
  else {
    printProblems(io, 'heading-errors', report.errors, lang);
    io.out(message('exported', { services: exported.services.length, terms: exported.taxonomyTerms.length, path: values.output }, lang));
  }
  // Records the feed skipped are not exported: the maintainer must hear of it.
  return report.valid ? 0 : 1;
}

/** `repere merge A.json B.json -o BILINGUAL.json`: two languages of one directory, joined by id. */
export function mergeCommand(command: Command): number {
  const { args, values, lang, io } = command;
  const [first, second] = args;
  if (!first || !second) return missing(command, 'what-two-feeds');
  if (!values.output) return missing(command, '-o FEED.json');
  // Each input must be a usable feed on its own; the merge works on the documents as written.
  const [a, b] = [first, second].map((path) => {
    readFeed(path);
    return parseFeedText(readFileBytes(path).toString('utf8')) as Record<string, unknown>;
  });
  const ids = values.ids !== undefined ? readIdTable(values.ids) : undefined;
  const result = mergeFeeds(a!, b!, ids, [basename(first), basename(second)]);
  const report = reportFeed(validateFeed(result.feed), lang);
  writeFileAtomic(values.output, `${JSON.stringify(result.feed, null, 2)}\n`, [first, second, ...(values.ids ? [values.ids] : [])]);
  const summary = { joined: result.joined, single: result.single, conflicts: result.conflicts, path: values.output };
  if (values.json) io.out(JSON.stringify({ ...summary, notes: result.notes.map((n) => noteJson(n, lang)), feed: report }, null, 2));
  else {
    if (result.notes.length) io.out([message('heading-merge', { count: result.notes.length }, lang), ...result.notes.map((n) => `  ${formatNote(n, lang)}`)].join('\n'));
    printProblems(io, 'heading-feed', [...report.errors, ...report.warnings], lang);
    io.out(message('merged', summary, lang));
  }
  return report.valid ? 0 : 1;
}
