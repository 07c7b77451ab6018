#!/usr/bin/env node
// Relevance on a directory written apart from the engine (issue #16): does the
// finder give the answers a 211 counsellor would give? Runs every query of a
// queries file against the SDK's public API and, in the same run, against
// plain fuse.js over the same records (the naive baseline), then prints per
// kind the share of queries with an accepted answer in the top 5 (top 3 for
// distress) and, for focused queries, how many results came back for how many
// truly relevant records.
//
//   node --import tsx --conditions development bench/relevance.mjs
//        [--feed file.json] [--queries file.json] [--json] [--misses]
//
// The queries file is { queries: [{ query, locale, region?, kind, answers, relevant? }] }
// (see packages/sdk/test/fixtures/outside-directory/queries.json); its optional
// "feed" names the feed relative to itself. `region` is a preset filter, as a
// city site would set it. Always exits 0: it measures, it does not judge.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { createFinder, validateFeed } from '@repere/sdk';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const asJson = argv.includes('--json');
const showMisses = argv.includes('--misses');
const queriesPath = resolve(arg('--queries', join(root, 'packages/sdk/test/fixtures/outside-directory/queries.json')));
const queriesDoc = JSON.parse(readFileSync(queriesPath, 'utf8'));
const feedPath = resolve(arg('--feed', join(dirname(queriesPath), queriesDoc.feed ?? 'feed.json')));
const queries = queriesDoc.queries;

/** Results looked at per kind: a person in distress reads three, not five. */
const topK = (kind) => (kind === 'distress' ? 3 : 5);
/** Enough to see every result of a query on a directory of this size. */
const ALL = 10_000;

// ------------------------------------------------------------ the feed
const feed = validateFeed(JSON.parse(readFileSync(feedPath, 'utf8')));
const errors = feed.problems.filter((p) => p.severity === 'error');
if (errors.length > 0) console.error(`[relevance] ${errors.length} feed error(s), first: ${errors[0].path} ${errors[0].code}`);
const ids = new Set(feed.resources.map((r) => r.id));
const regionParent = new Map(feed.regions.map((r) => [r.id, r.parent]));
for (const q of queries) {
  for (const id of [...q.answers, ...(q.relevant ?? [])]) if (!ids.has(id)) console.error(`[relevance] "${q.query}": unknown id ${id}`);
  if (q.region && !regionParent.has(q.region)) console.error(`[relevance] "${q.query}": unknown region ${q.region}`);
}

// ------------------------------------------------------------ Repère
const finder = createFinder(feed);
await finder.ready;

async function runRepere(q) {
  const options = { locale: q.locale, limit: ALL };
  if (q.region) options.filters = { regions: [q.region] };
  const started = performance.now();
  const { total, items } = await finder.search(q.query, options);
  return { total, ids: items.map((it) => it.resource.id), ms: performance.now() - started };
}

// ------------------------------------------------------------ plain fuse.js
// Every record flattened to its texts in every language, fuse's defaults plus
// ignoreLocation (long descriptions would otherwise never match past their start).
const texts = (value) =>
  value == null ? [] : typeof value === 'string' ? [value] : Object.values(value).flatMap((v) => (Array.isArray(v) ? v : [v]));
const categoryById = new Map(feed.categories.map((c) => [c.id, c]));
const regionById = new Map(feed.regions.map((r) => [r.id, r]));
const flat = feed.resources.map((r) => ({
  id: r.id,
  regions: r.regions ?? [],
  name: texts(r.name),
  organization: texts(r.organization),
  description: texts(r.description),
  keywords: texts(r.keywords),
  categories: (r.categories ?? []).flatMap((id) => texts(categoryById.get(id)?.name)),
  regionNames: (r.regions ?? []).flatMap((id) => texts(regionById.get(id)?.name)),
}));
const fuse = new Fuse(flat, {
  keys: ['name', 'organization', 'description', 'keywords', 'categories', 'regionNames'],
  ignoreLocation: true,
});

/** The filter as it stood before issue #16: the chosen region or one inside it. */
function insideOrSame(regionId, chosen) {
  for (let id = regionId, hops = 0; id && hops < 50; id = regionParent.get(id), hops++) if (id === chosen) return true;
  return false;
}

function runFuse(q) {
  const started = performance.now();
  let hits = fuse.search(q.query).map((h) => h.item);
  if (q.region) hits = hits.filter((r) => r.regions.some((id) => insideOrSame(id, q.region)));
  return { total: hits.length, ids: hits.map((r) => r.id), ms: performance.now() - started };
}

// ------------------------------------------------------------ scoring
function score(q, run) {
  const k = topK(q.kind);
  const top = run.ids.slice(0, k);
  const accepted = new Set(q.answers);
  const out = { hit: top.some((id) => accepted.has(id)), top, total: run.total, ms: run.ms };
  if (q.relevant) {
    const relevant = new Set(q.relevant);
    out.relevantCount = relevant.size;
    out.relevantFound = run.ids.filter((id) => relevant.has(id)).length;
  }
  return out;
}

const rows = [];
for (const q of queries) {
  rows.push({ ...q, repere: score(q, await runRepere(q)), fuse: score(q, runFuse(q)) });
}

const kinds = [...new Set(queries.map((q) => q.kind))];
const pct = (n, d) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);
const summary = kinds.map((kind) => {
  const of = rows.filter((r) => r.kind === kind);
  const line = { kind, queries: of.length, k: topK(kind) };
  for (const engine of ['repere', 'fuse']) {
    const hits = of.filter((r) => r[engine].hit).length;
    line[engine] = { hits, rate: of.length ? hits / of.length : 0 };
  }
  return line;
});

const focused = rows.filter((r) => r.relevant);
const focusedSummary = ['repere', 'fuse'].map((engine) => {
  const totals = focused.reduce((s, r) => s + r[engine].total, 0);
  const relevant = focused.reduce((s, r) => s + r[engine].relevantCount, 0);
  const found = focused.reduce((s, r) => s + r[engine].relevantFound, 0);
  const withinTwice = focused.filter((r) => r[engine].total <= 2 * r[engine].relevantCount).length;
  return { engine, totals, relevant, found, withinTwice, queries: focused.length };
});

if (asJson) {
  console.log(
    JSON.stringify(
      {
        feed: feedPath,
        queries: queriesPath,
        records: feed.resources.length,
        feedErrors: errors.length,
        summary,
        focused: focusedSummary,
        rows: rows.map(({ query, locale, region, kind, answers, relevant, repere, fuse: f }) => ({
          query, locale, region, kind, answers, relevant, repere, fuse: f,
        })),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

// ------------------------------------------------------------ table
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`Relevance: ${feed.resources.length} records (${feedPath.replace(root + '/', '')}), ${queries.length} queries\n`);
console.log(`${pad('kind', 16)}${lpad('n', 4)}  ${pad('counted', 8)}${lpad('Repère', 14)}${lpad('fuse.js', 14)}`);
for (const s of summary) {
  const cell = (e) => `${s[e].hits}/${s.queries} ${lpad(pct(s[e].hits, s.queries), 5)}`;
  console.log(`${pad(s.kind, 16)}${lpad(s.queries, 4)}  ${pad(`top ${s.k}`, 8)}${lpad(cell('repere'), 14)}${lpad(cell('fuse'), 14)}`);
}
const all = (e) => rows.filter((r) => r[e].hit).length;
console.log(`${pad('all', 16)}${lpad(rows.length, 4)}  ${pad('', 8)}${lpad(`${all('repere')}/${rows.length}`, 14)}${lpad(`${all('fuse')}/${rows.length}`, 14)}`);

if (focused.length > 0) {
  console.log(`\nFocused queries: results returned vs records that truly answer (target: at most about 2x)\n`);
  console.log(`${pad('query', 30)}${lpad('relevant', 9)}${lpad('Repère', 16)}${lpad('fuse.js', 16)}`);
  const cell = (x) => `${x.total} (${x.relevantFound} rel.)`;
  for (const r of focused) console.log(`${pad(r.query, 30)}${lpad(r.relevant.length, 9)}${lpad(cell(r.repere), 16)}${lpad(cell(r.fuse), 16)}`);
  for (const f of focusedSummary) {
    console.log(
      `${pad(f.engine === 'repere' ? 'Repère' : 'fuse.js', 8)} ${f.totals} results for ${f.relevant} relevant ` +
        `(${(f.totals / Math.max(1, f.relevant)).toFixed(1)}x), ${f.found}/${f.relevant} relevant found, ` +
        `${f.withinTwice}/${f.queries} queries within 2x`,
    );
  }
}

const slowest = Math.max(...rows.map((r) => r.repere.ms));
console.log(`\nSlowest Repère query: ${slowest.toFixed(1)} ms (not a benchmark; see npm run bench).`);

if (showMisses) {
  console.log('\nMisses (Repère top results):');
  for (const r of rows.filter((x) => !x.repere.hit)) {
    const where = r.region ? ` [${r.region}]` : '';
    console.log(`  ${pad(r.kind, 15)} "${r.query}"${where} (${r.locale}) → ${r.repere.top.join(', ') || 'no result'} (total ${r.repere.total})`);
  }
} else {
  console.log('Add --misses to list the queries Repère missed, --json for everything.');
}
