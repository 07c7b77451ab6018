/**
 * @repere/feed-tools: validate, import (CSV spreadsheets, any sheet through a
 * mapping, 211 exports in the AIRS/iCarol style, Open Referral HSDS 3.0),
 * inspect and pack Repère feeds, in Node. The `repere` command is built on
 * these functions; validation is always the SDK's own.
 *
 * @packageDocumentation
 */
export { importCsv, LOCALIZED_COLUMNS, PLAIN_COLUMNS } from './csv/import.js';
export type { CsvImportResult } from './csv/import.js';
export { readCsv, decodeText, detectDelimiter } from './csv/read.js';
export type { CsvTable, CsvRow, CsvBadRow } from './csv/read.js';
export { parseHours } from './csv/hours.js';
export type { HoursSpan, HoursError } from './csv/hours.js';
export { importHsds, importHsdsDocument } from './hsds/import.js';
export type { HsdsImportResult } from './hsds/import.js';
export { importHsdsTables, isHsdsTablesFolder } from './hsds/v1.js';
export { importHsdsApi, fetchHsdsServices, API_DEFAULTS } from './hsds/api.js';
export type { ApiOptions } from './hsds/api.js';
export { feedToHsds, writeHsds, hsdsId } from './export/hsds.js';
export type { HsdsExport } from './export/hsds.js';
export { mergeFeeds, readIdTable } from './merge.js';
export type { MergeResult } from './merge.js';
export { scheduleToHours } from './hsds/nested.js';
export { importCsvTable } from './csv/import.js';
export { importAirs } from './airs/import.js';
export type { AirsImportResult } from './airs/import.js';
export { readTextHours } from './hours-text.js';
export type { TextHours } from './hours-text.js';
export { csvShape, pathShape, SOURCE_SHAPES } from './detect.js';
export type { SourceShape } from './detect.js';
export { importSource } from './import-source.js';
export type { SourceImportRequest, SourceImportResult } from './import-source.js';
export { applyMapping, readMapping } from './mapping/mapping.js';
export type { Mapping } from './mapping/mapping.js';
export { suggestMapping, suggestColumn } from './mapping/suggest.js';
export { languageCode, languageName } from './languages.js';
export { readBaseFeed } from './base.js';
export type { ImportOptions } from './base.js';
export { validateFile, readFeedFile, reportFeed } from './validate.js';
export type { ValidationReport, ReportedProblem } from './validate.js';
export { feedStats, formatStats } from './stats.js';
export type { FeedStats, Count, Coverage } from './stats.js';
export { packFeed } from './pack.js';
export type { PackResult, ResourceTable } from './pack.js';
export { splitFeed, writeSplit, MANIFEST_NAME } from './shard.js';
export type { SplitResult, ShardFile } from './shard.js';
export { writeFileAtomic } from './write-atomic.js';
export { formatNote, ToolError } from './notes.js';
export type { ImportNote } from './notes.js';
export { message } from './messages.js';
export type { Lang, MessageCode } from './messages.js';
export { main } from './cli.js';
export { startCollector, COLLECTOR_DEFAULTS } from './needs/collect.js';
export type { Collector, CollectorOptions } from './needs/collect.js';
export { needsFigures, needsFiguresOfFile, readBatches, weekOf } from './needs/aggregate.js';
export type { NeedsFigures, Counted, Gap, UnfoundWord, WeekFigures } from './needs/aggregate.js';
export { needsHtml } from './needs/html.js';
