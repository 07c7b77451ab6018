/**
 * Every sentence the `repere` command says, in English and French. The SDK's
 * own problems are worded by the SDK (`formatProblem`); these are the
 * messages about files, rows and conversions that only the tools know about.
 */
import { removeUnsafeChars } from '@repere/sdk';

/** A supported interface language. */
export type Lang = 'en' | 'fr';

type Params = Readonly<Record<string, string | number | undefined>>;

const en = {
  // Files and arguments
  'file-missing': (p: Params) => `The file "${p.path}" does not exist.`,
  'file-unreadable': (p: Params) => `The file "${p.path}" cannot be read (${p.detail}).`,
  'file-too-large': (p: Params) => `The file "${p.path}" is too large to read (${p.size} bytes; the limit is ${p.max} bytes).`,
  'same-as-input': (p: Params) => `The output "${p.path}" is one of the input files; choose another name so the input is never overwritten.`,
  'output-is-directory': (p: Params) => `The output "${p.path}" is a folder; give a file name.`,
  'write-failed': (p: Params) => `The feed could not be written to "${p.path}" (${p.detail}); nothing was written.`,
  written: (p: Params) => `Wrote ${p.count} resource(s) to ${p.path}.`,
  'nothing-written': () => `No resource could be imported; no feed was written.`,
  'unknown-command': (p: Params) => `Unknown command "${p.command}". Run "repere help".`,
  'missing-argument': (p: Params) => `Missing ${p.what}. Run "repere help".`,
  'bad-option': (p: Params) => `${p.detail}. Run "repere help".`,
  'bad-split': (p: Params) => `--split takes "region", not "${p.value}".`,
  'bad-lang': (p: Params) => `--lang must be "fr" or "en", not "${p.value}".`,
  'bad-timezone': (p: Params) => `"${p.value}" is not an IANA time zone (e.g. America/Toronto).`,
  'bad-locale': (p: Params) => `"${p.value}" is not a language tag (e.g. fr, en, fr-CA).`,
  'base-unusable': (p: Params) => `The base feed "${p.path}" cannot be used: ${p.detail}`,
  // What a missing argument is (in "Missing …")
  'what-feed-file': () => `the feed file`,
  'what-import-file': () => `the file to import`,
  'what-two-feeds': () => `the two feeds to merge`,
  // Sizes, in decimal units as file managers show them
  'unit-mb': (p: Params) => `${p.size} MB`,
  'unit-kb': (p: Params) => `${p.size} kB`,
  'unit-b': (p: Params) => `${p.size} B`,
  // CSV: the file
  'not-csv': (p: Params) => `This is not a CSV file (${p.detail}).`,
  xlsx: () => `This is an Excel workbook, not a CSV file: in Excel, use "Save as" › "CSV UTF-8".`,
  'no-header': () => `The file is empty: a header line with the column names is needed.`,
  'missing-column': (p: Params) => `The header has no "${p.column}" column.`,
  'duplicate-column': (p: Params) =>
    `The header has the column "${p.column}" twice (columns ${p.first} and ${p.second}): one would silently overwrite the other. Rename or remove one, then import again.`,
  'csv-nul': () => `it holds a NUL character (binary data)`,
  'unknown-column': (p: Params) => `The column "${p.column}" is not a known column and was ignored.`,
  'csv-syntax': (p: Params) => `This row cannot be read (${p.detail}) and was skipped.`,
  'csv-encoding': (p: Params) => `The file is not UTF-8; it was read as ${p.encoding}.`,
  // CSV: rows
  'row-no-id': () => `No id: the row was skipped.`,
  'row-bad-id': (p: Params) => `The id "${p.value}" may only hold letters, digits, "-", "_", "." and ":"; the row was skipped.`,
  'row-no-name': () => `No name (name_fr or name_en): the row was skipped.`,
  'row-no-category': () => `No category: the row was skipped.`,
  'row-duplicate-id': (p: Params) => `The id "${p.value}" is already used on line ${p.first}; the row was skipped.`,
  'row-bad-hours': (p: Params) => `The hours "${p.value}" cannot be read (${p.detail}); the row was skipped.`,
  'bad-value': (p: Params) => `"${p.value}" is not a known value for ${p.column} (${p.allowed}) and was ignored.`,
  'bad-phone': (p: Params) => `The phone number "${p.value}" cannot be dialled and was ignored.`,
  'bad-url': (p: Params) => `The website "${p.value}" is not a safe http(s) address and was ignored.`,
  'bad-email': (p: Params) => `The e-mail address "${p.value}" is not valid and was ignored.`,
  'bad-coordinates': (p: Params) => `The coordinates "${p.value}" are not a latitude and a longitude and were ignored.`,
  'bad-date': (p: Params) => `The date "${p.value}" is not YYYY-MM-DD and was ignored.`,
  'bad-language': (p: Params) => `"${p.value}" is not a language code (fr, en, …) and was ignored.`,
  // 211 exports (AIRS / iCarol), taxonomies and detected formats
  'airs-no-num': () => `No ResourceAgencyNum: the row was skipped.`,
  'airs-no-name': () => `No name (PublicName or OfficialName): the row was skipped.`,
  'airs-level': (p: Params) => `The TaxonomyLevelName "${p.value}" is not Agency, Site or Program; the row was read by its links.`,
  'airs-dangling': (p: Params) => `The ${p.column} "${p.value}" names no row of the export; that link was ignored.`,
  'airs-skipped': (p: Params) => `${p.inactive} inactive record(s) and ${p.excluded} record(s) excluded from the website were skipped (with the programs of such agencies).`,
  'taxonomy-unmatched': (p: Params) => `The taxonomy term "${p.term}"${p.code ? ` (${p.code})` : ''}, used ${p.count} time(s), matches no category of the base feed.`,
  'hours-read': (p: Params) => `Hours: ${p.structured} resource(s) with opening hours read from the text, ${p.note} with the text kept as a note.`,
  'format-read': (p: Params) => `Read as ${p.shapeEn}.`,
  'csv-unknown-shape': () =>
    `The header has no "id" column and is not a 211 export: to read any spreadsheet, write a mapping ("repere import csv SHEET.csv --suggest-map > mapping.json", edit it, then "--map mapping.json"; docs/feed-tools.md).`,
  'map-unusable': (p: Params) => `The mapping "${p.path}" cannot be used: ${p.detail}.`,
  'category-created': (p: Params) => `The category "${p.id}" is not in the base feed; it was created with "${p.name}" as its name.`,
  'region-created': (p: Params) => `The region "${p.id}" is not in the base feed; it was created with "${p.name}" as its name.`,
  // Hours
  'hours-day': (p: Params) => `"${p.value}" is not a day`,
  'hours-time': (p: Params) => `"${p.value}" is not a time range such as 8:30-16:30`,
  'hours-no-days': (p: Params) => `"${p.value}" gives no days`,
  'hours-no-time': (p: Params) => `"${p.value}" gives no times`,
  // HSDS
  'hsds-not-json': (p: Params) => `"${p.path}" is not JSON (${p.detail}).`,
  'hsds-unknown-shape': () => `This JSON is not an HSDS service, organization, service-at-location or taxonomy term, nor a list or page of them.`,
  'hsds-no-services': () => `The document holds no service.`,
  'hsds-no-id': (p: Params) => `A ${p.kind} has no id and was skipped.`,
  'hsds-no-name': (p: Params) => `The service "${p.id}" has no name and was skipped.`,
  'hsds-bad-id': (p: Params) => `The ${p.kind} id "${p.id}" is not a usable identifier and was skipped.`,
  'hsds-duplicate': (p: Params) => `The service "${p.id}" appears twice; the second one was skipped.`,
  'hsds-inactive': (p: Params) => `The service "${p.id}" has status "${p.status}" and was skipped.`,
  'hsds-schedule-dropped': (p: Params) => `A schedule of "${p.id}" was dropped: ${p.detail}.`,
  'hsds-season-ended': (p: Params) => `A schedule of "${p.id}" applies only until ${p.to}, which is past: those hours will never show as open. Check its valid_from and valid_to.`,
  'hsds-bad-coordinates': (p: Params) => `The location "${p.location}" of "${p.id}" has impossible coordinates (${p.lat}, ${p.lon}); they were dropped.`,
  'hsds-postal-address': (p: Params) => `The location "${p.location}" of "${p.id}" has no physical address; its postal address was used.`,
  'hsds-no-category': (p: Params) => `The service "${p.id}" has no taxonomy term; it was put in the "uncategorized" category.`,
  'hsds-unknown-parent': (p: Params) => `The parent "${p.parent}" of the taxonomy term "${p.id}" is not in the data; the term was placed at the top level.`,
  'hsds-bad-phone': (p: Params) => `The phone number "${p.value}" of "${p.id}" cannot be dialled and was dropped.`,
  'hsds-bad-language': (p: Params) => `The language "${p.value}" of "${p.id}" is not a language code and was dropped.`,
  'hsds-bad-url': (p: Params) => `The ${p.field} "${p.value}" of "${p.id}" is not safe and was dropped.`,
  'hsds-bad-age': (p: Params) => `The ${p.field} "${p.value}" of "${p.id}" is not an age (a number of years, 0 or more) and was not used.`,
  'hsds-ages-reversed': (p: Params) => `The minimum_age (${p.min}) of "${p.id}" is above its maximum_age (${p.max}); neither age was used.`,
  'hsds-datapackage': (p: Params) => `datapackage.json cannot be used (${p.detail}); the standard HSDS file names were used.`,
  'hsds-no-services-table': () => `The folder has no services.csv (nor a datapackage.json that names it).`,
  'hsds-row-no-id': (p: Params) => `This ${p.table} row has no id and was skipped.`,
  'hsds-dangling': (p: Params) => `This ${p.table} row refers to ${p.column} "${p.value}", which does not exist; it was ignored.`,
  // Pack
  'hsds-regular-schedule': (p: Params) => `This ${p.table} row cannot be read as opening hours (${p.detail}); it was ignored.`,
  'hsds-bad-holiday': (p: Params) => `This holiday_schedules row has no usable dates (start_date "${p.start}", end_date "${p.end}": YYYY-MM-DD, at most a year apart); it was ignored.`,
  'hsds-holiday-hours': (p: Params) => `Special hours from ${p.start} to ${p.end} (${p.opens}–${p.closes}) were left out: a Repère feed only records days when a service is closed.`,
  'hsds-unknown-term': (p: Params) => `The taxonomy term "${p.term}" of "${p.id}" is not in taxonomy.csv; a category named after its id was created.`,
  exported: (p: Params) => `Exported ${p.services} service(s) and ${p.terms} taxonomy term(s) as HSDS 3.0 into ${p.path} (services.json, taxonomy_terms.json).`,
  'hsds-api-bad-url': (p: Params) => `"${p.value}" is not the http(s) address of an HSDS API (for example https://api.example.org/hsds).`,
  'hsds-api-http': (p: Params) =>
    `The HSDS API answered HTTP ${p.status} for ${p.url} (${p.attempts} attempt(s))${p.hint === 'key' ? '; it may need a key: --header "Name: value"' : ''}. Nothing was imported.`,
  'hsds-api-timeout': (p: Params) => `The HSDS API at ${p.url} did not answer within ${p.detail} (${p.attempts} attempt(s)). Nothing was imported.`,
  'hsds-api-network': (p: Params) => `The HSDS API at ${p.url} could not be reached (${p.detail}; ${p.attempts} attempt(s)). Nothing was imported.`,
  'hsds-api-not-hsds': (p: Params) => `${p.url} does not answer as an HSDS 3.0 API (${p.detail}): a page of services is a JSON object with a "contents" list. Nothing was imported.`,
  'hsds-api-repeated-page': (p: Params) => `Page ${p.page} of the HSDS API repeated services already read (the API seems to ignore "page"); reading stopped there.`,
  'bad-header': (p: Params) => `--header takes "Name: value" (for example --header "X-Api-Key: …"); "${p.name}…" is not.`,
  'bad-since': (p: Params) => `--since takes a date (2026-01-31) or a date and time (2026-01-31T12:00:00Z), not "${p.value}".`,
  'merge-conflict': (p: Params) => `"${p.id}": ${p.field} differs ("${p.a}" in ${p.fileA}, "${p.b}" in ${p.fileB}); the first was kept.`,
  'merge-only-in': (p: Params) => `"${p.id}" is only in ${p.file}; it was kept as it is.`,
  'merge-not-list': (p: Params) => `"${p.key}" in ${p.file} is not a list (a packed feed?); merge the feeds in the list form they were made in.`,
  'merge-bad-ids': (p: Params) => `The table of ids ${p.path} is neither a JSON object {"id in B": "id in A"} nor a CSV with the ids in A and in B as its first two columns.`,
  'heading-merge': (p: Params) => `Merge notes (${p.count}):`,
  merged: (p: Params) => `${p.joined} resource(s) joined, ${p.single} found in one feed only, ${p.conflicts} conflict(s); written to ${p.path}.`,
  'pack-not-feed': (p: Params) =>
    `This is not a Repère feed in the list form (${p.reason === 'object' ? 'the document is not a JSON object' : p.reason === 'format' ? 'it has no "format": "repere-feed"' : '"resources" is not a list'}); nothing was packed.`,
  'pack-already-table': () => `This feed's "resources" is already a table; pack the feed in the list form it was made from.`,
  'pack-too-deep': (p: Params) => `A record's "${p.field}" is nested too deeply to be packed (the finder would remove it); "repere validate" shows where.`,
  'pack-nothing': () => `The feed has no resource to pack; no file was written.`,
  'pack-skipped': (p: Params) => `${p.count} entry(ies) of "resources" are not objects: each was written as an empty row, which the finder skips, as it skips them in the list.`,
  'split-no-regions': (p: Params) => `The feed has ${p.count} top-level region(s): it needs at least two to be split by region (see "regions" in docs/feed-format.md); nothing was written.`,
  'split-out-not-shards': (p: Params) => `The folder "${p.path}" exists and holds files but no shard manifest; give a new folder, or the folder of an earlier split.`,
  'split-out-is-file': (p: Params) => `The output "${p.path}" is a file; give a folder for the shards.`,
  split: (p: Params) =>
    `Split ${p.records} record(s) into ${p.shards} region shards in ${p.path} (${p.everywhere} province-wide record(s) in every shard), with ${p.manifest}: largest shard ${p.largest}, gzip ${p.largestGzip}; all shards gzip ${p.totalGzip} (the whole feed packed: ${p.wholeGzip}).`,
  'split-skipped': (p: Params) => `${p.count} entry(ies) of "resources" are records the finder skips (see the problems above), or not records: no shard holds them.`,
  packed: (p: Params) =>
    `Packed ${p.count} record(s) into ${p.path} (${p.shared ? `shared: ${p.shared}` : 'no shared column'}): ${p.before} → ${p.after}, gzip ${p.gzipBefore} → ${p.gzipAfter}.`,
  // Headings and summaries
  'heading-errors': (p: Params) => `Errors (${p.count}):`,
  'heading-warnings': (p: Params) => `Warnings (${p.count}):`,
  'heading-import': (p: Params) => `Import problems (${p.count}):`,
  'heading-feed': (p: Params) => `Problems in the resulting feed (${p.count}):`,
  'heading-pack': (p: Params) => `Problems in the feed (${p.count}):`,
  'suggest-pack': (p: Params) => `Tip: this feed lists ${p.count} resources; "repere pack" writes them as a table, about a fifth smaller gzipped and quicker for the finder to load (docs/feed-tools.md).`,
  'summary-valid': (p: Params) => `Valid: ${p.resources} resource(s), ${p.categories} category(ies), ${p.regions} region(s); ${p.warnings} warning(s).`,
  'summary-invalid': (p: Params) => `Invalid: ${p.errors} error(s), ${p.warnings} warning(s); ${p.resources} resource(s) usable.`,
  'summary-import': (p: Params) => `${p.imported} resource(s) imported, ${p.rejected} rejected.`,
  line: (p: Params) => `line ${p.line}`,
  // Needs: collector and report (repere needs)
  'needs-listening': (p: Params) => `Needs collector listening at ${p.url}; appending valid batches to ${p.path}. Stop with Ctrl+C.`,
  'needs-bad-number': (p: Params) => `${p.option} takes a whole number, not "${p.value}".`,
  'needs-unknown': (p: Params) => `"repere needs" takes "collect" or "report", not "${p.value}". Run "repere help".`,
  'needs-written': (p: Params) => `Wrote the needs report (${p.batches} batch(es), ${p.searches} search(es), ${p.skipped} line(s) left out) to ${p.path}.`,
  'needs-title': () => `What residents look for`,
  'needs-intro': (p: Params) => `${p.searches} searches in ${p.batches} batches, from ${p.from} to ${p.to}. Each batch is one visit to a page with the finder; it holds no query, identifier, position or time.`,
  'needs-empty': () => `No batch yet: nothing to report.`,
  'needs-skipped': (p: Params) => `${p.count} line(s) of the file were not valid batches and were left out.`,
  'needs-k': (p: Params) => `A word is shown only when at least ${p.k} separate batches hold it.`,
  'needs-results': (p: Params) => `Searches that found nothing: ${p.zero}; 1 to 5 services: ${p.few}; 6 or more: ${p.many}.`,
  'needs-by-category': () => `Needs by category`,
  'needs-over-time': () => `Needs week by week`,
  'needs-distress': () => `Searches read as distress, per week`,
  'needs-regions': () => `Needs by region`,
  'needs-languages': () => `Languages residents use`,
  'needs-unfound': () => `Searches that found nothing`,
  'needs-unfound-none': (p: Params) => `No word of a search that found nothing was seen in ${p.k} separate batches yet.`,
  'needs-gaps': () => `Gaps: needs searched for where the feed lists nothing local`,
  'needs-gaps-none': () => `No gap: every need searched for in a region has at least one local service in the feed.`,
  'needs-gaps-no-feed': () => `Give the feed (--feed FEED.json) to see the gaps.`,
  'needs-gap-nothing': () => `nothing at all`,
  'needs-gap-wide': () => `only services without a region (shown everywhere)`,
  'needs-regions-weeks': () => `Searches by region, week by week`,
  'needs-col-category': () => `Category`,
  'needs-col-region': () => `Region`,
  'needs-col-language': () => `Language`,
  'needs-col-week': () => `Week of`,
  'needs-col-searches': () => `Searches`,
  'needs-col-distress': () => `Distress searches`,
  'needs-col-word': () => `Words`,
  'needs-col-listed': () => `The feed lists there`,
  'needs-col-elsewhere': () => `Services of this category elsewhere`,
  'needs-no-category': () => `No category`,
  'needs-chart': (p: Params) => `Chart: ${p.title}. The same figures are in the table below.`,
} satisfies Record<string, (p: Params) => string>;

/** A message code. */
export type MessageCode = keyof typeof en;

/** Every message code (for the tests that read every message). */
export const MESSAGE_CODES = Object.keys(en) as MessageCode[];

const fr: Record<MessageCode, (p: Params) => string> = {
  'file-missing': (p) => `Le fichier « ${p.path} » n’existe pas.`,
  'file-unreadable': (p) => `Le fichier « ${p.path} » ne peut pas être lu (${p.detail}).`,
  'file-too-large': (p) => `Le fichier « ${p.path} » est trop volumineux pour être lu (${p.size} octets ; la limite est de ${p.max} octets).`,
  'same-as-input': (p) => `La sortie « ${p.path} » est un des fichiers d’entrée ; choisissez un autre nom pour ne jamais écraser l’entrée.`,
  'output-is-directory': (p) => `La sortie « ${p.path} » est un dossier ; indiquez un nom de fichier.`,
  'write-failed': (p) => `Le flux n’a pas pu être écrit dans « ${p.path} » (${p.detail}) ; rien n’a été écrit.`,
  written: (p) => `${p.count} fiche(s) écrite(s) dans ${p.path}.`,
  'nothing-written': () => `Aucune fiche n’a pu être importée ; aucun flux n’a été écrit.`,
  'unknown-command': (p) => `Commande inconnue « ${p.command} ». Faites « repere help ».`,
  'missing-argument': (p) => `Il manque ${p.what}. Faites « repere help ».`,
  'bad-option': (p) => `${p.detail}. Faites « repere help ».`,
  'bad-split': (p) => `--split prend « region », pas « ${p.value} ».`,
  'bad-lang': (p) => `--lang doit valoir « fr » ou « en », pas « ${p.value} ».`,
  'bad-timezone': (p) => `« ${p.value} » n’est pas un fuseau horaire IANA (p. ex. America/Toronto).`,
  'bad-locale': (p) => `« ${p.value} » n’est pas un code de langue (p. ex. fr, en, fr-CA).`,
  'base-unusable': (p) => `Le flux de base « ${p.path} » est inutilisable : ${p.detail}`,
  'what-feed-file': () => `le fichier du flux`,
  'what-import-file': () => `le fichier à importer`,
  'what-two-feeds': () => `les deux flux à fusionner`,
  'unit-mb': (p) => `${p.size} Mo`,
  'unit-kb': (p) => `${p.size} ko`,
  'unit-b': (p) => `${p.size} o`,
  'not-csv': (p) => `Ce n’est pas un fichier CSV (${p.detail}).`,
  xlsx: () => `C’est un classeur Excel, pas un fichier CSV : dans Excel, faites « Enregistrer sous » › « CSV UTF-8 ».`,
  'no-header': () => `Le fichier est vide : il faut une ligne d’en-tête avec le nom des colonnes.`,
  'missing-column': (p) => `L’en-tête n’a pas de colonne « ${p.column} ».`,
  'duplicate-column': (p) =>
    `L’en-tête a deux fois la colonne « ${p.column} » (colonnes ${p.first} et ${p.second}) : l’une écraserait l’autre sans le dire. Renommez ou retirez l’une d’elles, puis importez de nouveau.`,
  'csv-nul': () => `elle contient un caractère NUL (données binaires)`,
  'unknown-column': (p) => `La colonne « ${p.column} » est inconnue et a été ignorée.`,
  'csv-syntax': (p) => `Cette ligne est illisible (${p.detail}) et a été ignorée.`,
  'csv-encoding': (p) => `Le fichier n’est pas en UTF-8 ; il a été lu en ${p.encoding}.`,
  'row-no-id': () => `Pas d’identifiant (id) : la ligne a été ignorée.`,
  'row-bad-id': (p) => `L’identifiant « ${p.value} » ne peut contenir que des lettres, des chiffres, « - », « _ », « . » et « : » ; la ligne a été ignorée.`,
  'row-no-name': () => `Pas de nom (name_fr ou name_en) : la ligne a été ignorée.`,
  'row-no-category': () => `Pas de catégorie : la ligne a été ignorée.`,
  'row-duplicate-id': (p) => `L’identifiant « ${p.value} » est déjà utilisé à la ligne ${p.first} ; la ligne a été ignorée.`,
  'row-bad-hours': (p) => `L’horaire « ${p.value} » est illisible (${p.detail}) ; la ligne a été ignorée.`,
  'bad-value': (p) => `« ${p.value} » n’est pas une valeur connue pour ${p.column} (${p.allowed}) et a été ignorée.`,
  'bad-phone': (p) => `Le numéro « ${p.value} » ne peut pas être composé et a été ignoré.`,
  'bad-url': (p) => `Le site « ${p.value} » n’est pas une adresse http(s) sûre et a été ignoré.`,
  'bad-email': (p) => `L’adresse courriel « ${p.value} » n’est pas valide et a été ignorée.`,
  'bad-coordinates': (p) => `Les coordonnées « ${p.value} » ne sont pas une latitude et une longitude et ont été ignorées.`,
  'bad-date': (p) => `La date « ${p.value} » n’est pas au format AAAA-MM-JJ et a été ignorée.`,
  'bad-language': (p) => `« ${p.value} » n’est pas un code de langue (fr, en, …) et a été ignoré.`,
  'airs-no-num': () => `Pas de numéro (ResourceAgencyNum) : la ligne a été ignorée.`,
  'airs-no-name': () => `Pas de nom (PublicName ou OfficialName) : la ligne a été ignorée.`,
  'airs-level': (p) => `Le niveau (TaxonomyLevelName) « ${p.value} » n’est ni Agency, ni Site, ni Program ; la ligne a été lue d’après ses liens.`,
  'airs-dangling': (p) => `Le ${p.column} « ${p.value} » ne désigne aucune ligne de l’export ; ce lien a été ignoré.`,
  'airs-skipped': (p) => `${p.inactive} fiche(s) inactive(s) et ${p.excluded} fiche(s) exclue(s) du site Web ont été ignorées (avec les programmes de ces organismes).`,
  'taxonomy-unmatched': (p) => `Le terme de taxonomie « ${p.term} »${p.code ? ` (${p.code})` : ''}, employé ${p.count} fois, ne correspond à aucune catégorie du flux de base.`,
  'hours-read': (p) => `Horaires : ${p.structured} fiche(s) avec des heures d’ouverture lues dans le texte, ${p.note} avec le texte gardé en note.`,
  'format-read': (p) => `Lu comme ${p.shapeFr}.`,
  'csv-unknown-shape': () =>
    `L’en-tête n’a pas de colonne « id » et ce n’est pas un export 211 : pour lire n’importe quelle feuille, écrivez une correspondance (« repere import csv FEUILLE.csv --suggest-map > correspondance.json », modifiez-la, puis « --map correspondance.json » ; docs/fr/feed-tools.md).`,
  'map-unusable': (p) => `La correspondance « ${p.path} » est inutilisable : ${p.detail}.`,
  'category-created': (p) => `La catégorie « ${p.id} » n’est pas dans le flux de base ; elle a été créée avec le nom « ${p.name} ».`,
  'region-created': (p) => `La région « ${p.id} » n’est pas dans le flux de base ; elle a été créée avec le nom « ${p.name} ».`,
  'hours-day': (p) => `« ${p.value} » n’est pas un jour`,
  'hours-time': (p) => `« ${p.value} » n’est pas une plage horaire comme 8:30-16:30`,
  'hours-no-days': (p) => `« ${p.value} » n’indique aucun jour`,
  'hours-no-time': (p) => `« ${p.value} » n’indique aucune heure`,
  'hsds-not-json': (p) => `« ${p.path} » n’est pas du JSON (${p.detail}).`,
  'hsds-unknown-shape': () => `Ce JSON n’est ni un service, ni un organisme, ni un service-à-un-lieu, ni un terme de taxonomie HSDS, ni une liste ou une page de ceux-ci.`,
  'hsds-no-services': () => `Le document ne contient aucun service.`,
  'hsds-no-id': (p) => `Un ${p.kind} n’a pas d’identifiant et a été ignoré.`,
  'hsds-no-name': (p) => `Le service « ${p.id} » n’a pas de nom et a été ignoré.`,
  'hsds-bad-id': (p) => `L’identifiant de ${p.kind} « ${p.id} » est inutilisable ; l’entrée a été ignorée.`,
  'hsds-duplicate': (p) => `Le service « ${p.id} » apparaît deux fois ; le second a été ignoré.`,
  'hsds-inactive': (p) => `Le service « ${p.id} » a le statut « ${p.status} » et a été ignoré.`,
  'hsds-schedule-dropped': (p) => `Un horaire de « ${p.id} » a été retiré : ${p.detail}.`,
  'hsds-season-ended': (p) => `Un horaire de « ${p.id} » ne s’applique que jusqu’au ${p.to}, date passée : ces heures ne seront jamais affichées comme ouvertes. Vérifiez ses valid_from et valid_to.`,
  'hsds-bad-coordinates': (p) => `Le lieu « ${p.location} » de « ${p.id} » a des coordonnées impossibles (${p.lat}, ${p.lon}) ; elles ont été retirées.`,
  'hsds-postal-address': (p) => `Le lieu « ${p.location} » de « ${p.id} » n’a pas d’adresse physique ; son adresse postale a été utilisée.`,
  'hsds-no-category': (p) => `Le service « ${p.id} » n’a aucun terme de taxonomie ; il a été placé dans la catégorie « uncategorized ».`,
  'hsds-unknown-parent': (p) => `Le parent « ${p.parent} » du terme « ${p.id} » est absent des données ; le terme a été placé au premier niveau.`,
  'hsds-bad-phone': (p) => `Le numéro « ${p.value} » de « ${p.id} » ne peut pas être composé et a été retiré.`,
  'hsds-bad-language': (p) => `La langue « ${p.value} » de « ${p.id} » n’est pas un code de langue et a été retirée.`,
  'hsds-bad-url': (p) => `Le champ ${p.field} « ${p.value} » de « ${p.id} » n’est pas sûr et a été retiré.`,
  'hsds-bad-age': (p) => `Le champ ${p.field} « ${p.value} » de « ${p.id} » n’est pas un âge (un nombre d’années, 0 ou plus) et n’a pas été utilisé.`,
  'hsds-ages-reversed': (p) => `L’âge minimum (minimum_age, ${p.min}) de « ${p.id} » dépasse son âge maximum (maximum_age, ${p.max}) ; aucun des deux n’a été utilisé.`,
  'hsds-datapackage': (p) => `datapackage.json est inutilisable (${p.detail}) ; les noms de fichiers HSDS standard ont été utilisés.`,
  'hsds-no-services-table': () => `Le dossier n’a pas de services.csv (ni de datapackage.json qui le nomme).`,
  'hsds-row-no-id': (p) => `Cette ligne de ${p.table} n’a pas d’identifiant et a été ignorée.`,
  'hsds-dangling': (p) => `Cette ligne de ${p.table} renvoie à ${p.column} « ${p.value} », qui n’existe pas ; elle a été ignorée.`,
  'hsds-regular-schedule': (p) => `Cette ligne de ${p.table} ne peut pas être lue comme un horaire (${p.detail}) ; elle a été ignorée.`,
  'hsds-bad-holiday': (p) => `Cette ligne de holiday_schedules n’a pas de dates utilisables (start_date « ${p.start} », end_date « ${p.end} » : AAAA-MM-JJ, au plus un an d’écart) ; elle a été ignorée.`,
  'hsds-holiday-hours': (p) => `L’horaire spécial du ${p.start} au ${p.end} (${p.opens}–${p.closes}) a été laissé de côté : un flux Repère ne retient que les jours de fermeture.`,
  'hsds-unknown-term': (p) => `Le terme de taxonomie « ${p.term} » de « ${p.id} » est absent de taxonomy.csv ; une catégorie nommée d’après son identifiant a été créée.`,
  exported: (p) => `${p.services} service(s) et ${p.terms} terme(s) de taxonomie exporté(s) en HSDS 3.0 dans ${p.path} (services.json, taxonomy_terms.json).`,
  'hsds-api-bad-url': (p) => `« ${p.value} » n’est pas l’adresse http(s) d’une API HSDS (par exemple https://api.example.org/hsds).`,
  'hsds-api-http': (p) =>
    `L’API HSDS a répondu HTTP ${p.status} pour ${p.url} (${p.attempts} tentative(s))${p.hint === 'key' ? ' ; elle demande peut-être une clé : --header « Nom: valeur »' : ''}. Rien n’a été importé.`,
  'hsds-api-timeout': (p) => `L’API HSDS à ${p.url} n’a pas répondu en ${p.detail} (${p.attempts} tentative(s)). Rien n’a été importé.`,
  'hsds-api-network': (p) => `L’API HSDS à ${p.url} est injoignable (${p.detail} ; ${p.attempts} tentative(s)). Rien n’a été importé.`,
  'hsds-api-not-hsds': (p) => `${p.url} ne répond pas comme une API HSDS 3.0 (${p.detail}) : une page de services est un objet JSON avec une liste « contents ». Rien n’a été importé.`,
  'hsds-api-repeated-page': (p) => `La page ${p.page} de l’API HSDS répète des services déjà lus (l’API semble ignorer « page ») ; la lecture s’est arrêtée là.`,
  'bad-header': (p) => `--header prend « Nom: valeur » (par exemple --header « X-Api-Key: … ») ; « ${p.name}… » ne convient pas.`,
  'bad-since': (p) => `--since prend une date (2026-01-31) ou une date et une heure (2026-01-31T12:00:00Z), pas « ${p.value} ».`,
  'merge-conflict': (p) => `« ${p.id} » : ${p.field} diffère (« ${p.a} » dans ${p.fileA}, « ${p.b} » dans ${p.fileB}) ; le premier a été gardé.`,
  'merge-only-in': (p) => `« ${p.id} » n’est que dans ${p.file} ; la fiche a été gardée telle quelle.`,
  'merge-not-list': (p) => `« ${p.key} » dans ${p.file} n’est pas une liste (un flux mis en tableau ?) ; fusionnez les flux sous forme de liste.`,
  'merge-bad-ids': (p) => `La table d’identifiants ${p.path} n’est ni un objet JSON {"id dans B": "id dans A"} ni un CSV dont les deux premières colonnes sont les identifiants dans A et dans B.`,
  'heading-merge': (p) => `Notes de fusion (${p.count}) :`,
  merged: (p) => `${p.joined} fiche(s) jointe(s), ${p.single} présente(s) dans un seul flux, ${p.conflicts} conflit(s) ; écrit dans ${p.path}.`,
  'pack-not-feed': (p) =>
    `Ce n’est pas un flux Repère sous forme de liste (${p.reason === 'object' ? "le document n’est pas un objet JSON" : p.reason === 'format' ? 'il n’a pas de « format » « repere-feed »' : "« resources » n’est pas une liste"}) ; rien n’a été mis en tableau.`,
  'pack-already-table': () => `Les « resources » de ce flux sont déjà un tableau ; utilisez le flux sous forme de liste dont il est issu.`,
  'pack-too-deep': (p) => `Le champ « ${p.field} » d’une fiche est trop profondément imbriqué pour être mis en tableau (le widget le retirerait) ; « repere validate » montre où.`,
  'pack-nothing': () => `Le flux n’a aucune fiche à mettre en tableau ; aucun fichier n’a été écrit.`,
  'pack-skipped': (p) => `${p.count} élément(s) de « resources » ne sont pas des objets : chacun a été écrit comme une ligne vide, que le widget ignore, comme il les ignore dans la liste.`,
  'split-no-regions': (p) => `Le flux a ${p.count} région(s) de premier niveau : il en faut au moins deux pour le découper par région (voir « regions » dans docs/fr/feed-tools.md) ; aucun fichier n’a été écrit.`,
  'split-out-not-shards': (p) => `Le dossier « ${p.path} » existe et contient des fichiers, mais aucun manifeste de tranches ; indiquez un nouveau dossier, ou celui d’un découpage précédent.`,
  'split-out-is-file': (p) => `La sortie « ${p.path} » est un fichier ; indiquez un dossier pour les tranches.`,
  split: (p) =>
    `${p.records} fiche(s) découpée(s) en ${p.shards} tranches régionales dans ${p.path} (${p.everywhere} fiche(s) de toute la province dans chaque tranche), avec ${p.manifest} : plus grosse tranche ${p.largest}, gzip ${p.largestGzip} ; toutes les tranches gzip ${p.totalGzip} (le flux entier en tableau : ${p.wholeGzip}).`,
  'split-skipped': (p) => `${p.count} élément(s) de « resources » sont des fiches que le widget ignore (voir les problèmes ci-dessus), ou ne sont pas des fiches : aucune tranche ne les contient.`,
  packed: (p) =>
    `${p.count} fiche(s) mise(s) en tableau dans ${p.path} (${p.shared ? `colonnes partagées : ${p.shared}` : 'aucune colonne partagée'}) : ${p.before} → ${p.after}, gzip ${p.gzipBefore} → ${p.gzipAfter}.`,
  'heading-errors': (p) => `Erreurs (${p.count}) :`,
  'heading-warnings': (p) => `Avertissements (${p.count}) :`,
  'heading-import': (p) => `Problèmes d’importation (${p.count}) :`,
  'heading-feed': (p) => `Problèmes dans le flux produit (${p.count}) :`,
  'heading-pack': (p) => `Problèmes dans le flux (${p.count}) :`,
  'suggest-pack': (p) => `Astuce : ce flux énumère ${p.count} fiches ; « repere pack » les écrit en tableau, environ un cinquième plus léger une fois compressé et plus rapide à charger pour le widget (docs/fr/feed-tools.md).`,
  'summary-valid': (p) => `Valide : ${p.resources} fiche(s), ${p.categories} catégorie(s), ${p.regions} région(s) ; ${p.warnings} avertissement(s).`,
  'summary-invalid': (p) => `Invalide : ${p.errors} erreur(s), ${p.warnings} avertissement(s) ; ${p.resources} fiche(s) utilisable(s).`,
  'summary-import': (p) => `${p.imported} fiche(s) importée(s), ${p.rejected} rejetée(s).`,
  line: (p) => `ligne ${p.line}`,
  'needs-listening': (p) => `Collecteur des besoins à l’écoute sur ${p.url} ; les lots valides sont ajoutés à ${p.path}. Arrêt : Ctrl+C.`,
  'needs-bad-number': (p) => `${p.option} prend un nombre entier, pas « ${p.value} ».`,
  'needs-unknown': (p) => `« repere needs » prend « collect » ou « report », pas « ${p.value} ». Lancez « repere help ».`,
  'needs-written': (p) => `Rapport des besoins écrit dans ${p.path} (${p.batches} lot(s), ${p.searches} recherche(s), ${p.skipped} ligne(s) écartée(s)).`,
  'needs-title': () => `Ce que les résidents cherchent`,
  'needs-intro': (p) => `${p.searches} recherches en ${p.batches} lots, du ${p.from} au ${p.to}. Chaque lot est une visite d’une page où se trouve le répertoire ; il ne contient ni requête, ni identifiant, ni position, ni heure.`,
  'needs-empty': () => `Aucun lot pour l’instant : rien à présenter.`,
  'needs-skipped': (p) => `${p.count} ligne(s) du fichier n’étaient pas des lots valides et ont été écartées.`,
  'needs-k': (p) => `Un mot n’est montré que si au moins ${p.k} lots distincts le contiennent.`,
  'needs-results': (p) => `Recherches sans résultat : ${p.zero} ; de 1 à 5 services : ${p.few} ; 6 ou plus : ${p.many}.`,
  'needs-by-category': () => `Besoins par catégorie`,
  'needs-over-time': () => `Besoins semaine par semaine`,
  'needs-distress': () => `Recherches lues comme une détresse, par semaine`,
  'needs-regions': () => `Besoins par région`,
  'needs-languages': () => `Langues des résidents`,
  'needs-unfound': () => `Recherches qui n’ont rien trouvé`,
  'needs-unfound-none': (p) => `Aucun mot d’une recherche sans résultat n’a encore été vu dans ${p.k} lots distincts.`,
  'needs-gaps': () => `Manques : besoins cherchés là où le flux n’offre rien de local`,
  'needs-gaps-none': () => `Aucun manque : chaque besoin cherché dans une région y a au moins un service local dans le flux.`,
  'needs-gaps-no-feed': () => `Donnez le flux (--feed FLUX.json) pour voir les manques.`,
  'needs-gap-nothing': () => `rien du tout`,
  'needs-gap-wide': () => `seulement des services sans région (offerts partout)`,
  'needs-regions-weeks': () => `Recherches par région, semaine par semaine`,
  'needs-col-category': () => `Catégorie`,
  'needs-col-region': () => `Région`,
  'needs-col-language': () => `Langue`,
  'needs-col-week': () => `Semaine du`,
  'needs-col-searches': () => `Recherches`,
  'needs-col-distress': () => `Recherches de détresse`,
  'needs-col-word': () => `Mots`,
  'needs-col-listed': () => `Ce que le flux y offre`,
  'needs-col-elsewhere': () => `Services de cette catégorie ailleurs`,
  'needs-no-category': () => `Sans catégorie`,
  'needs-chart': (p) => `Graphique : ${p.title}. Les mêmes chiffres sont dans le tableau qui suit.`,
};

/** The sentence for a code, in French or English. */
export function message(code: MessageCode, params: Params = {}, lang: Lang = 'en'): string {
  return (lang === 'fr' ? fr : en)[code](printable(params));
}

/**
 * The values as they may reach a terminal: a cell or a file name can hold
 * escape sequences (colours, a clipboard write, a clear screen), which are
 * shown as the text around them, never sent as controls.
 */
function printable(params: Params): Params {
  let out: Record<string, string | number | undefined> | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    const clean = removeUnsafeChars(value.replace(/\r\n?/g, '\n'));
    if (clean !== value) (out ??= { ...params })[key] = clean;
  }
  return out ?? params;
}

/** `fr` for any French tag, `en` for anything else. */
export function pickLang(value: string | undefined): Lang {
  return value?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** `repere help`, in each language. */
export const HELP: Readonly<Record<Lang, string>> = {
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

Utilisation :
  repere validate FLUX.json [--json] [--lang fr|en]
  repere import [csv|hsds] CHEMIN -o FLUX.json [options]
                                                     (le format est reconnu et nommé : modèle Repère,
                                                      export 211 (AIRS/iCarol), fichier .json HSDS ou dossier de CSV,
                                                      tables HSDS 1.x/2.0)
  repere import csv FEUILLE.csv --suggest-map [--base FLUX.json] > correspondance.json
  repere import hsds-api URL -o FLUX.json [--since DATE] [--header "Nom: valeur"] [options]
                                                     (URL : une API HSDS 3.0 ; l’en-tête, une clé d’API, n’est jamais écrit)
  repere export hsds FLUX.json -o DOSSIER [--default-locale CODE] [--json]
                                                     (JSON HSDS 3.0 : DOSSIER/services.json, DOSSIER/taxonomy_terms.json)
  repere merge A.json B.json -o BILINGUE.json [--ids IDS.json|IDS.csv] [--json]
                                                     (deux langues d’un même répertoire, jointes par identifiant)
  repere stats FLUX.json [--json] [--lang fr|en]
  repere pack FLUX.json -o TABLEAU.json [--json] [--lang fr|en]
                                                     (les fiches en tableau : plus petit, plus rapide à charger)
  repere pack FLUX.json --split region -o DOSSIER [--json] [--lang fr|en]
                                                     (un fichier en tableau par région de premier niveau, et DOSSIER/manifest.json)
  repere needs collect --out BESOINS.ndjson [--port 8080] [--host 127.0.0.1] [--per-minute 600]
                                                     (reçoit les lots de needs-endpoint ; ne garde ni adresse ni en-tête)
  repere needs report BESOINS.ndjson --feed FLUX.json -o RAPPORT.html [--json] [--k 5] [--lang fr|en]

Options (import ; pack prend -o et --json) :
  -o, --output FICHIER     le flux à écrire (jamais un des fichiers d’entrée)
  --default-locale CODE    langue des textes non traduits (CSV : fr, HSDS : en)
  --timezone FUSEAU        fuseau horaire du flux (par défaut America/Toronto)
  --title TEXTE            titre du flux
  --base FLUX.json         reprendre le titre, les catégories et les régions de ce flux
  --map CORRESP.json       lire n’importe quelle feuille au moyen d’une correspondance
  --json                   rapport en JSON

Codes de sortie : 0 valide / importé / mis en tableau, 1 invalide / lignes rejetées / rien à mettre en tableau, 2 entrée inutilisable.
Documentation : docs/fr/feed-tools.md`,
};
