// Turns a benchmark run (bench/run.mjs) into Markdown tables.

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(searches, filter = () => true) {
  const ms = searches.filter(filter).flatMap((s) => s.ms);
  return { n: ms.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: ms.length ? Math.max(...ms) : NaN };
}

const SEARCH_TARGET = { 20000: 16, 50000: 50 };
const LOAD_TARGET = { 20000: 1000 };

const k = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (value >= 100) return String(Math.round(value));
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
const mb = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** #7's embed budget, 30 KB: the same figure packages/widget/test/build.node.test.ts holds the bundles to. */
const EMBED_BUDGET_BYTES = 30_000;
const ratio = (baseline, ours) => (ours > 0 && baseline > 0 ? `${baseline / ours >= 10 ? Math.round(baseline / ours) : (baseline / ours).toFixed(1)}× faster` : '–');
const smaller = (baseline, ours) => (ours > 0 && baseline > 0 ? `${(ours / baseline).toFixed(2)}×` : '–');
const check = (value, target) => (target === undefined ? '' : value <= target ? ` ✅ ≤ ${target}` : ` ❌ > ${target}`);

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}
function table(header, rows) {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

export function renderReport(report, before) {
  const { info, results, bundles } = report;
  const out = [];
  out.push(`Run ${info.date.slice(0, 16).replace('T', ' ')} UTC on ${info.cores} cores (${info.cpu}), ${info.ramGiB} GiB RAM, ${info.chromium}, Node ${info.node}; ` +
    `load average at start ${info.loadAtStart}${info.waitedForQuiet ? ' (after waiting for the machine to quieten)' : ''}; ${info.seconds} s in all. ` +
    `Seeded feeds (\`generateLargeFeed({count, seed: 42})\`). SDK: \`${info.sdk}\`.`);
  if (Number(info.loadAtStart) > 1.5) out.push('\n> ⚠️ Other processes were competing for the CPU during this run (load average above 1.5): absolute times are pessimistic; the ratios, measured in the same run, hold better.');

  out.push('\n### Search: milliseconds per query (Chromium, main thread)\n');
  out.push(table(
    ['Records', 'Repère: queries × runs', 'p50', 'p95', 'max', 'Repère p95 on the baseline\'s queries', 'fuse.js (all fields): queries × runs', 'fuse.js p50', 'fuse.js p95', 'p95 ratio'],
    results.map((r) => [
      k(r.size),
      `${r.ours.searches.length} × ${r.ours.searches[0]?.ms.length}`,
      ms(r.stats.ours.p50),
      `**${ms(r.stats.ours.p95)}**${check(r.stats.ours.p95, SEARCH_TARGET[r.size])}`,
      ms(r.stats.ours.max),
      ms(r.stats.oursOnSubset.p95),
      `${r.baseline.searches.length} × ${r.baseline.searches[0]?.ms.length}`,
      ms(r.stats.baseline.p50),
      ms(r.stats.baseline.p95),
      ratio(r.stats.baseline.p95, r.stats.oursOnSubset.p95),
    ]),
  ));
  out.push('\nfuse.js runs every query but browsing up to 5k records, the 12 marked `baseline` in `bench/queries.mjs` at 20k and the first 6 of those at 50k (seconds per query); the ratio compares the same queries.');

  out.push('\n### Load: milliseconds from feed bytes to first results\n');
  out.push('In the SDK on the page\'s thread, as a worker runs it; each size is loaded three times in fresh tabs and the median run is shown (all three runs in the next column).\n');
  out.push(table(
    ['Records', 'JSON / gzip', 'parse', 'validate', 'index', 'first results (list)', '**bytes → first results**', 'runs', '→ first query results', 'longest task', 'fuse.js: bytes → first query results', 'ratio'],
    results.map((r) => [
      k(r.size),
      `${mb(r.wire.json)} / ${mb(r.wire.gzip)}`,
      ms(r.ours.load.parse),
      ms(r.ours.load.validate),
      ms(r.ours.load.index),
      ms(r.ours.load.firstBrowse),
      `**${ms(r.ours.load.toFirstResults)}**${check(r.ours.load.toFirstResults, LOAD_TARGET[r.size])}`,
      r.ours.loadRuns ? r.ours.loadRuns.map(ms).join(', ') : '–',
      ms(r.ours.load.toFirstQueryResults),
      ms(r.ours.load.longestTask),
      ms(r.baseline.load.toFirstQueryResults),
      ratio(r.baseline.load.toFirstQueryResults, r.ours.load.toFirstQueryResults),
    ]),
  ));

  if (results.some((r) => r.table)) {
    out.push('\n### Load: the table form (`repere pack`)\n');
    out.push('The same records with `resources` written as a table (docs/feed-format.md, *The table form*), loaded the same way in the same run: three fresh tabs, the median shown. The list form\'s figures are those of the table above.\n');
    out.push(table(
      ['Records', 'table JSON / gzip', 'gzip vs list', 'parse', 'validate', 'index', 'first results (list)', '**bytes → first results**', 'runs', 'list form (same run)', 'element: feed URL → list shown (table / list)', 'heap (table / list)'],
      results.filter((r) => r.table).map((r) => [
        k(r.size),
        `${mb(r.wire.table.json)} / ${mb(r.wire.table.gzip)}`,
        `${Math.round((1 - r.wire.table.gzip / r.wire.gzip) * 100)} % smaller`,
        ms(r.table.load.parse),
        ms(r.table.load.validate),
        ms(r.table.load.index),
        ms(r.table.load.firstBrowse),
        `**${ms(r.table.load.toFirstResults)}**${check(r.table.load.toFirstResults, LOAD_TARGET[r.size])}`,
        r.table.loadRuns.map(ms).join(', '),
        ms(r.ours.load.toFirstResults),
        r.table.element && r.element ? `${ms(r.table.element.loadMs)} / ${ms(r.element.loadMs)}` : '–',
        r.table.heapBytes !== undefined ? `${mb(r.table.heapBytes)} / ${mb(r.ours.heapBytes)}` : '–',
      ]),
    ));
  }

  if (results.some((r) => r.element)) {
    out.push(`\n### \`<repere-finder>\` on a page (${info.element ?? 'the element'}; the feed from its URL; then one keystroke every 250 ms)\n`);
    out.push('The page\'s own thread: what a partner site embedding the finder would feel. The SDK-alone columns run the same keystrokes in-thread.\n');
    out.push(table(
      ['Records', 'element: feed URL → list shown', 'long tasks (> 50 ms) while loading', 'longest task while loading', 'keystrokes', 'long tasks (> 50 ms) while typing', 'longest task while typing', 'SDK alone: slowest keystroke search', 'SDK alone: long tasks'],
      results.map((r) => [
        k(r.size),
        r.element ? ms(r.element.loadMs) : '–',
        r.element?.loadTasks ? `**${r.element.loadTasks.filter((d) => d > 50).length}**` : '–',
        r.element ? ms(r.element.loadLongest) : '–',
        r.element ? String(r.element.keystrokes) : '–',
        r.element ? `**${r.element.longTasks.length}**` : '–',
        r.element ? ms(Math.max(0, ...r.element.longTasks)) : '–',
        ms(Math.max(...r.ours.typing.keystrokes)),
        String(r.ours.typing.longTasks.length),
      ]),
    ));
  }

  out.push('\n### Memory: JS heap held by the loaded feed and its index (after GC)\n');
  out.push(table(
    ['Records', 'Repère', 'fuse.js (validated feed + Fuse index)', 'Repère / fuse.js'],
    results.map((r) => [k(r.size), mb(r.ours.heapBytes), mb(r.baseline.heapBytes), smaller(r.baseline.heapBytes, r.ours.heapBytes)]),
  ));

  out.push('\n### Over the wire\n');
  out.push(table(
    ['Records', 'feed JSON', 'gzip (level 6)', 'table form JSON', 'table form gzip'],
    results.map((r) => [k(r.size), mb(r.wire.json), mb(r.wire.gzip), r.wire.table ? mb(r.wire.table.json) : '–', r.wire.table ? mb(r.wire.table.gzip) : '–']),
  ));

  if (bundles.length) {
    out.push('\n### Bundles\n');
    out.push(table(['File', 'What', 'bytes', 'gzip (level 9)'], bundles.map((b) => [`\`${b.file}\``, b.what, kb(b.bytes), `**${kb(b.gzip)}** (${b.gzip.toLocaleString('en')} B)${b.file.includes('bundle') ? (b.gzip <= EMBED_BUDGET_BYTES ? ' ✅ ≤ 30 KB' : ' ❌ > 30 KB') : ''}`])));
  }

  if (before) {
    const prior = new Map(before.results.map((r) => [r.size, r]));
    const pairs = results.filter((r) => prior.has(r.size));
    if (pairs.length) {
      out.push(`\n### Before → after (SDK, same harness; before: ${before.info.label}, ${before.info.date.slice(0, 16).replace('T', ' ')} UTC, load ${before.info.loadAtStart})\n`);
      out.push(table(
        ['Records', 'validate', 'index', 'bytes → first results', 'search p50', 'search p95', 'search max', 'heap'],
        pairs.map((r) => {
          const b = prior.get(r.size);
          const bs = summarize(b.ours.searches);
          return [
            k(r.size),
            `${ms(b.ours.load.validate)} → ${ms(r.ours.load.validate)}`,
            `${ms(b.ours.load.index)} → ${ms(r.ours.load.index)}`,
            `${ms(b.ours.load.toFirstResults)} → ${ms(r.ours.load.toFirstResults)}`,
            `${ms(bs.p50)} → ${ms(r.stats.ours.p50)}`,
            `${ms(bs.p95)} → ${ms(r.stats.ours.p95)}`,
            `${ms(bs.max)} → ${ms(r.stats.ours.max)}`,
            `${mb(b.ours.heapBytes)} → ${mb(r.ours.heapBytes)}`,
          ];
        }),
      ));
    }
  }

  out.push('\n<details><summary>Every query (Repère median ms at the largest size)</summary>\n');
  const last = results.at(-1);
  if (last) {
    out.push(table(['Query', 'Repère median', 'fuse.js median'], last.ours.searches.map((s) => {
      const b = last.baseline.searches.find((x) => x.q === s.q);
      return [`\`${s.q || '(browse)'}\``, ms(quantile(s.ms, 0.5)), b ? ms(quantile(b.ms, 0.5)) : '–'];
    })));
  }
  out.push('\n</details>');
  return out.join('\n');
}
