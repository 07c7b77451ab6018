/**
 * The `repere` command. `main` takes the arguments and returns the exit code
 * (0 valid, imported or packed cleanly, 1 invalid, some rows rejected or
 * nothing to write, 2 unusable input or wrong usage), so that tests can run
 * it without a process.
 */
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isFeedError, isTimeZone, parseFeedText, validateFeed } from '@repere/sdk';
import { readBaseFeed, type ImportOptions } from './base.js';
import { feedToHsds, writeHsds } from './export/hsds.js';
import { mergeFeeds, readIdTable } from './merge.js';
import { readCsv } from './csv/read.js';
import { importSource, shapeParams } from './import-source.js';
import { suggestMapping } from './mapping/suggest.js';
import { needsCommand } from './needs/command.js';
import { message, pickLang, type Lang } from './messages.js';
import { formatNote, ToolError, type ImportNote } from './notes.js';
import { packFeed } from './pack.js';
import { MANIFEST_NAME, splitFeed, writeSplit } from './shard.js';
import { feedStats, formatStats } from './stats.js';
import { PACK_SUGGESTED_FROM, readFeed, readFeedFile, readFileBytes, reportFeed, type ReportedProblem } from './validate.js';
import { writeFileAtomic } from './write-atomic.js';
import { LANGUAGE_TAG_PATTERN, TIMESTAMP_PATTERN } from '@repere/sdk/internal';

/** Where the command writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const HELP: Record<Lang, string> = {
  en: `repere — validate, import and inspect Repère feeds

Usage:
  repere validate FEED.json [--json] [--lang fr|en]
  repere import [csv|hsds] PATH -o FEED.json [options]
                                                     (the format is detected and named: Repère template,
                                                      211 export (AIRS/iCarol), HSDS .json file or folder of CSVs,
                                                      HSDS 1.x/2.0 tables)
  repere import csv SHEET.csv --suggest-map [--base FEED.json] > mapping.json
  repere import hsds-api URL -o FEED.json [--since DATE] [--header "Name: value"] [options]
                                                     (URL: an HSDS 3.0 API; the header, an API key, is never written)
  repere export hsds FEED.json -o DIR [--default-locale TAG] [--json]
                                                     (HSDS 3.0 JSON: DIR/services.json, DIR/taxonomy_terms.json)
  repere merge A.json B.json -o BILINGUAL.json [--ids IDS.json|IDS.csv] [--json]
                                                     (two languages of one directory, joined by id)
  repere stats FEED.json [--json] [--lang fr|en]
  repere pack FEED.json -o PACKED.json [--json] [--lang fr|en]
                                                     (resources as a table: smaller, faster to load)
  repere pack FEED.json --split region -o DIR [--json] [--lang fr|en]
                                                     (one table-form file per top-level region, and DIR/manifest.json)
  repere needs collect --out NEEDS.ndjson [--port 8080] [--host 127.0.0.1] [--per-minute 600]
                                                     (receives needs-endpoint batches; keeps no address or header)
  repere needs report NEEDS.ndjson --feed FEED.json -o REPORT.html [--json] [--k 5] [--lang fr|en]

Options (import; pack takes -o and --json):
  -o, --output FILE        the feed to write (never one of the inputs)
  --default-locale TAG     language of untranslated text (CSV: fr, HSDS: en)
  --timezone ZONE          the feed's time zone (default America/Toronto)
  --title TEXT             the feed's title
  --base FEED.json         reuse this feed's title, categories and regions
  --map MAPPING.json       read any spreadsheet through a mapping (columns, values, fixed values)
  --json                   print the report as JSON

Exit codes: 0 valid / imported / packed, 1 invalid / some rows rejected / nothing to pack, 2 unusable input.
Documentation: docs/feed-tools.md`,
  fr: `repere — valider, importer et examiner des flux Repère

Utilisation :
  repere validate FLUX.json [--json] [--lang fr|en]
  repere import [csv|hsds] CHEMIN -o FLUX.json [options]
                                                     (le format est reconnu et nommé : modèle Repère,
                                                      export 211 (AIRS/iCarol), fichier .json HSDS ou dossier de CSV,
                                                      tables HSDS 1.x/2.0)
  repere import csv FEUILLE.csv --suggest-map [--base FLUX.json] > correspondance.json
  repere import hsds-api URL -o FLUX.json [--since DATE] [--header "Nom: valeur"] [options]
                                                     (URL : une API HSDS 3.0; l'en-tête, une clé d'API, n'est jamais écrit)
  repere export hsds FLUX.json -o DOSSIER [--default-locale CODE] [--json]
                                                     (JSON HSDS 3.0 : DOSSIER/services.json, DOSSIER/taxonomy_terms.json)
  repere merge A.json B.json -o BILINGUE.json [--ids IDS.json|IDS.csv] [--json]
                                                     (deux langues d'un même répertoire, jointes par identifiant)
  repere stats FLUX.json [--json] [--lang fr|en]
  repere pack FLUX.json -o TABLEAU.json [--json] [--lang fr|en]
                                                     (les fiches en tableau : plus petit, plus rapide à charger)
  repere pack FLUX.json --split region -o DOSSIER [--json] [--lang fr|en]
                                                     (un fichier en tableau par région de premier niveau, et DOSSIER/manifest.json)
  repere needs collect --out BESOINS.ndjson [--port 8080] [--host 127.0.0.1] [--per-minute 600]
                                                     (reçoit les lots de needs-endpoint; ne garde ni adresse ni en-tête)
  repere needs report BESOINS.ndjson --feed FLUX.json -o RAPPORT.html [--json] [--k 5] [--lang fr|en]

Options (import; pack prend -o et --json) :
  -o, --output FICHIER     le flux à écrire (jamais un des fichiers d'entrée)
  --default-locale CODE    langue des textes non traduits (CSV : fr, HSDS : en)
  --timezone FUSEAU        fuseau horaire du flux (par défaut America/Toronto)
  --title TEXTE            titre du flux
  --base FLUX.json         reprendre le titre, les catégories et les régions de ce flux
  --map CORRESP.json       lire n'importe quelle feuille au moyen d'une correspondance
  --json                   rapport en JSON

Codes de sortie : 0 valide / importé / mis en tableau, 1 invalide / lignes rejetées / rien à mettre en tableau, 2 entrée inutilisable.
Documentation : docs/fr/feed-tools.md`,
};

function problemLine(p: ReportedProblem): string {
  return `  ${p.path}${p.id !== undefined ? ` [${p.id}]` : ''}: ${p.message}`;
}

function noteJson(note: ImportNote, lang: Lang) {
  return {
    severity: note.severity,
    code: note.code,
    ...(note.file !== undefined ? { file: note.file } : {}),
    ...(note.line !== undefined ? { line: note.line } : {}),
    ...(note.id !== undefined ? { id: note.id } : {}),
    message: formatNote({ ...note, file: undefined, line: undefined } as ImportNote, lang),
  };
}


function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A size as people read it: `512 B`, `48.2 kB`, `30.5 MB` (`30,5 Mo` in French); decimal units, as file managers show. */
function formatBytes(bytes: number, lang: Lang): string {
  // 999,950 bytes would round to "1,000.0 kB": it reads better as 1.0 MB.
  const [unit, size] = bytes >= 999_950 ? ['MB', bytes / 1e6] : bytes >= 1e3 ? ['kB', bytes / 1e3] : ['B', bytes];
  const text = numberFormat(lang, unit === 'B' ? 0 : 1).format(size);
  return `${text} ${lang === 'fr' ? { MB: 'Mo', kB: 'ko', B: 'o' }[unit] : unit}`;
}

/**
 * `repere pack`: validates the feed as it is, writes its resources as a
 * table, and tells what that saves. Returns the exit code.
 */
function pack(path: string, output: string, json: boolean, lang: Lang, io: Io): number {
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
  if (json) {
    io.out(JSON.stringify({ records: packed.records, skipped: packed.skipped, shared: packed.shared, output: sizes ? output : null, ...(sizes ?? { bytes: null, gzip: null }), feed: report }, null, 2));
  } else {
    const problems = [...report.errors, ...report.warnings];
    if (problems.length) io.out([message('heading-pack', { count: problems.length }, lang), ...problems.map(problemLine)].join('\n'));
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
function packSplit(path: string, dir: string, json: boolean, lang: Lang, io: Io): number {
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
  if (json) {
    io.out(JSON.stringify({ output: dir, manifest: MANIFEST_NAME, records: split.manifest.records, everywhere: split.manifest.everywhere, skipped: split.skipped, shards: split.manifest.shards, sizes, feed: report }, null, 2));
  } else {
    const problems = [...report.errors, ...report.warnings];
    if (problems.length) io.out([message('heading-pack', { count: problems.length }, lang), ...problems.map(problemLine)].join('\n'));
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

/**
 * Runs the command with `argv` (without `node` and the script) and resolves
 * to the exit code.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang: Lang = pickLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'default-locale': { type: 'string' },
        timezone: { type: 'string' },
        title: { type: 'string' },
        base: { type: 'string' },
        since: { type: 'string' },
        header: { type: 'string', multiple: true },
        ids: { type: 'string' },
        map: { type: 'string' },
        'suggest-map': { type: 'boolean', default: false },
        split: { type: 'string' },
        // repere needs
        port: { type: 'string' },
        host: { type: 'string' },
        out: { type: 'string' },
        feed: { type: 'string' },
        k: { type: 'string' },
        'per-minute': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(message('bad-option', { detail: (error as Error).message.split('\n')[0] }, lang));
    return 2;
  }
  const { values, positionals } = parsed;
  const usage = (code: Parameters<typeof message>[0], params: Record<string, string> = {}) => {
    io.err(message(code, params, lang));
    return 2;
  };
  if (values.lang !== undefined) {
    if (!/^(fr|en)(-|$)/i.test(values.lang)) return usage('bad-lang', { value: values.lang });
    lang = pickLang(values.lang);
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(HELP[lang]);
    return command === undefined && !values.help ? 2 : 0;
  }

  try {
    switch (command) {
      case 'validate': {
        const [path] = rest;
        if (!path) return usage('missing-argument', { what: lang === 'fr' ? 'le fichier du flux' : 'the feed file' });
        const { feed, listed } = readFeed(path);
        const report = reportFeed(feed, lang);
        if (values.json) io.out(JSON.stringify(report, null, 2));
        else {
          if (report.errors.length) io.out([message('heading-errors', { count: report.errors.length }, lang), ...report.errors.map(problemLine)].join('\n'));
          if (report.warnings.length) io.out([message('heading-warnings', { count: report.warnings.length }, lang), ...report.warnings.map(problemLine)].join('\n'));
          io.out(message(report.valid ? 'summary-valid' : 'summary-invalid', { ...report.counts }, lang));
          // A large list loads faster packed; maintainers may not know the table form exists.
          if (listed !== undefined && listed >= PACK_SUGGESTED_FROM) io.out(message('suggest-pack', { count: numberFormat(lang, 0).format(listed) }, lang));
        }
        return report.valid ? 0 : 1;
      }
      case 'needs':
        return await needsCommand(rest, values, lang, io);
      case 'stats': {
        const [path] = rest;
        if (!path) return usage('missing-argument', { what: lang === 'fr' ? 'le fichier du flux' : 'the feed file' });
        const stats = feedStats(readFeedFile(path), lang);
        io.out(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats, lang));
        return 0;
      }
      case 'import': {
        // "repere import PATH": the format is detected; "repere import csv|hsds|hsds-api PATH" says it.
        const said = rest[0] === 'csv' || rest[0] === 'hsds' || rest[0] === 'hsds-api' ? rest[0] : undefined;
        const input = said ? rest[1] : rest.length === 1 ? rest[0] : undefined;
        if (!said && rest.length > 1) return usage('missing-argument', { what: 'csv | hsds | hsds-api' });
        if (!input) return usage('missing-argument', { what: lang === 'fr' ? 'le fichier à importer' : 'the file to import' });
        if (values['suggest-map']) {
          const base = values.base !== undefined ? readBaseFeed(values.base) : undefined;
          io.out(JSON.stringify(suggestMapping(readCsv(readFileBytes(input)), base), null, 2));
          return 0;
        }
        if (!values.output) return usage('missing-argument', { what: '-o FEED.json' });
        const options: ImportOptions = {};
        if (values['default-locale'] !== undefined) {
          if (!LANGUAGE_TAG_PATTERN.test(values['default-locale'])) return usage('bad-locale', { value: values['default-locale'] });
          options.defaultLocale = values['default-locale'];
        }
        if (values.timezone !== undefined) {
          if (!isTimeZone(values.timezone)) return usage('bad-timezone', { value: values.timezone });
          options.timezone = values.timezone;
        }
        if (values.title !== undefined) options.title = values.title;
        if (values.base !== undefined) options.base = readBaseFeed(values.base);
        const headers: Record<string, string> = {};
        for (const header of values.header ?? []) {
          const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(header);
          // Only what can be a name is shown back: the rest may be the secret.
          if (!m || !m[2]) return usage('bad-header', { name: /^[!#$%&'*+.^_`|~0-9A-Za-z-]{0,40}/.exec(header)![0] });
          headers[m[1]!] = m[2];
        }
        if (values.since !== undefined && !TIMESTAMP_PATTERN.test(values.since)) {
          return usage('bad-since', { value: values.since });
        }
        const api = { headers, ...(values.since ? { since: values.since } : {}) };
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
          const problems = [...report.errors, ...report.warnings];
          if (problems.length) io.out([message('heading-feed', { count: problems.length }, lang), ...problems.map(problemLine)].join('\n'));
          if (result.hours) io.out(message('hours-read', result.hours, lang));
          io.out(message('summary-import', { imported, rejected }, lang));
          io.out(written ? message('written', { count: imported, path: values.output }, lang) : message('nothing-written', {}, lang));
          if (written && imported >= PACK_SUGGESTED_FROM) io.out(message('suggest-pack', { count: numberFormat(lang, 0).format(imported) }, lang));
        }
        const failed = !written || rejected > 0 || notes.some((n) => n.severity === 'error') || !report.valid;
        return failed ? 1 : 0;
      }
      case 'export': {
        const [format, path] = rest;
        if (format !== 'hsds') return usage('missing-argument', { what: 'hsds' });
        if (!path) return usage('missing-argument', { what: lang === 'fr' ? 'le fichier du flux' : 'the feed file' });
        if (!values.output) return usage('missing-argument', { what: '-o DIR' });
        const { feed } = readFeed(path);
        const report = reportFeed(feed, lang);
        const exported = feedToHsds(feed, values['default-locale']);
        const written = writeHsds(exported, values.output, [path]);
        if (values.json) io.out(JSON.stringify({ services: exported.services.length, taxonomyTerms: exported.taxonomyTerms.length, files: written, feed: report }, null, 2));
        else {
          if (report.errors.length) io.out([message('heading-errors', { count: report.errors.length }, lang), ...report.errors.map(problemLine)].join('\n'));
          io.out(message('exported', { services: exported.services.length, terms: exported.taxonomyTerms.length, path: values.output }, lang));
        }
        // Records the feed skipped are not exported: the maintainer must hear of it.
        return report.valid ? 0 : 1;
      }
      case 'merge': {
        const [first, second] = rest;
        if (!first || !second) return usage('missing-argument', { what: lang === 'fr' ? 'les deux flux à fusionner' : 'the two feeds to merge' });
        if (!values.output) return usage('missing-argument', { what: '-o FEED.json' });
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
          const problems = [...report.errors, ...report.warnings];
          if (problems.length) io.out([message('heading-feed', { count: problems.length }, lang), ...problems.map(problemLine)].join('\n'));
          io.out(message('merged', summary, lang));
        }
        return report.valid ? 0 : 1;
      }
      case 'pack': {
        const [path] = rest;
        if (!path) return usage('missing-argument', { what: lang === 'fr' ? 'le fichier du flux' : 'the feed file' });
        if (values.split !== undefined) {
          if (values.split !== 'region') return usage('bad-split', { value: values.split });
          const dir = values.output ?? values.out;
          if (!dir) return usage('missing-argument', { what: '-o DIR' });
          return packSplit(path, dir, values.json, lang, io);
        }
        if (!values.output) return usage('missing-argument', { what: '-o PACKED.json' });
        return pack(path, values.output, values.json, lang, io);
      }
      default:
        return usage('unknown-command', { command });
    }
  } catch (error) {
    if (error instanceof ToolError) {
      io.err(error.localizedMessage(lang));
      return 2;
    }
    if (isFeedError(error)) {
      io.err(error.localizedMessage(lang));
      return 2;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * Lets a reader stop early (`repere validate feed.json | head`): once the
 * pipe is closed, the command ends quietly with its exit code so far, rather
 * than dying on an unhandled EPIPE with a stack trace. For the command's
 * entry points only (here and `bin/repere.js`), not for code that imports
 * `main`.
 */
export function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

if (isEntryPoint()) {
  endQuietlyWhenOutputCloses();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
