/**
 * `repere pack`: validates the feed as it is, writes its resources as a
 * table, and tells what that saves. Exit code 0 when packed from a valid
 * feed, 1 when the feed has errors or nothing could be packed. With
 * `--split region`, one table-form shard per top-level region and their
 * manifest, in a folder.
 */
import { gzipSync } from 'node:zlib';
import { parseFeedText, validateFeed } from '@repere/sdk';
import { message } from '../messages.js';
import { packFeed } from '../pack.js';
import { MANIFEST_NAME, splitFeed, writeSplit } from '../shard.js';
import { readFileBytes, reportFeed } from '../validate.js';
import { writeFileAtomic } from '../write-atomic.js';
import { missing, usage, type Command } from './context.js';
import { formatBytes, numberFormat, printProblems } from './report.js';

/** Runs `repere pack FEED.json -o PACKED.json`, or `repere pack FEED.json --split region -o DIR`. */
export function packCommand(command: Command): number {
  const { args, values } = command;
  const [path] = args;
  if (!path) return missing(command, 'what-feed-file');
  if (values.split !== undefined) {
    if (values.split !== 'region') return usage(command, 'bad-split', { value: values.split });
    const dir = values.output ?? values.out;
    if (!dir) return missing(command, '-o DIR');
    return packSplit(path, dir, command);
  }
  if (!values.output) return missing(command, '-o PACKED.json');
  return pack(path, values.output, command);
}

function pack(path: string, output: string, { values, lang, io }: Command): number {
  const bytes = readFileBytes(path);
  const document = parseFeedText(bytes.toString('utf8'));
  // Packed before validating: a feed that is already a table must get the
  // message that says so, not whatever the validator makes of it.
  const packed = packFeed(document);
  // The original is what the author writes and fixes: its problems are the
  // ones to report, with paths into it. The table expands to the same
  // records, row for record, so the finder meets the same problems.
  const report = reportFeed(validateFeed(document), lang);
  let sizes: { bytes: { before: number; after: number }; gzip: { before: number; after: number } } | undefined;
  if (packed.records > 0) {
    // Compact: the table is for the finder, not for reading.
    const text = JSON.stringify(packed.feed);
    writeFileAtomic(output, text, [path]);
    const after = Buffer.from(text, 'utf8');
    sizes = { bytes: { before: bytes.byteLength, after: after.byteLength }, gzip: { before: gzipSync(bytes).byteLength, after: gzipSync(after).byteLength } };
  }
  if (values.json) {
    io.out(JSON.stringify({ records: packed.records, skipped: packed.skipped, shared: packed.shared, output: sizes ? output : null, ...(sizes ?? { bytes: null, gzip: null }), feed: report }, null, 2));
  } else {
    printProblems(io, 'heading-pack', [...report.errors, ...report.warnings], lang);
    if (packed.skipped > 0) io.out(message('pack-skipped', { count: packed.skipped }, lang));
    if (sizes) {
      io.out(
        message(
          'packed',
          {
            count: numberFormat(lang, 0).format(packed.records),
            path: output,
            shared: packed.shared.join(', '),
            before: formatBytes(sizes.bytes.before, lang),
            after: formatBytes(sizes.bytes.after, lang),
            gzipBefore: formatBytes(sizes.gzip.before, lang),
            gzipAfter: formatBytes(sizes.gzip.after, lang),
          },
          lang,
        ),
      );
    } else io.out(message('pack-nothing', {}, lang));
  }
  return sizes && report.valid ? 0 : 1;
}

/**
 * `repere pack --split region`: validates the feed, writes one shard per
 * top-level region and their manifest into a folder, and tells the sizes.
 * Returns the exit code.
 */
function packSplit(path: string, dir: string, { values, lang, io }: Command): number {
  const bytes = readFileBytes(path);
  const document = parseFeedText(bytes.toString('utf8'));
  const validated = validateFeed(document);
  const split = splitFeed(document, validated);
  const report = reportFeed(validated, lang);
  writeSplit(dir, split, [path]);
  const gzip = split.files.map((f) => gzipSync(f.text).byteLength);
  const largest = split.manifest.shards.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const sizes = {
    largest: { file: largest.file, bytes: largest.bytes, gzip: gzip[split.manifest.shards.indexOf(largest)]! },
    totalGzip: gzip.reduce((a, b) => a + b, 0),
    wholeGzip: gzipSync(JSON.stringify(packFeed(document).feed)).byteLength,
  };
  if (values.json) {
    io.out(JSON.stringify({ output: dir, manifest: MANIFEST_NAME, records: split.manifest.records, everywhere: split.manifest.everywhere, skipped: split.skipped, shards: split.manifest.shards, sizes, feed: report }, null, 2));
  } else {
    printProblems(io, 'heading-pack', [...report.errors, ...report.warnings], lang);
    if (split.skipped > 0) io.out(message('split-skipped', { count: split.skipped }, lang));
    const count = (n: number) => numberFormat(lang, 0).format(n);
    io.out(
      message(
        'split',
        {
          records: count(split.manifest.records),
          shards: split.manifest.shards.length,
          path: dir,
          everywhere: count(split.manifest.everywhere),
          manifest: MANIFEST_NAME,
          largest: formatBytes(largest.bytes, lang),
          largestGzip: formatBytes(sizes.largest.gzip, lang),
          totalGzip: formatBytes(sizes.totalGzip, lang),
          wholeGzip: formatBytes(sizes.wholeGzip, lang),
        },
        lang,
      ),
    );
  }
  return report.valid ? 0 : 1;
}
