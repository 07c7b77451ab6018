/**
 * The needs report as one static HTML file: no script, no request, readable
 * offline and on paper. Each chart is hand-written SVG (a few bars need no
 * charting library) followed by a table of the same figures, which is what
 * screen readers and printouts rely on.
 */
import { message, type Lang, type MessageCode } from '../messages.js';
import type { Counted, NeedsFigures } from './aggregate.js';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Horizontal bars, labels on the left: for categories, regions, languages. */
function barsSvg(bars: readonly Bar[], title: string, lang: Lang, format: (n: number) => string): string {
  const row = 26;
  const width = 640;
  const labelWidth = 220;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * row + 8;
  const items = bars
    .map((b, i) => {
      const w = Math.max(1, Math.round(((width - labelWidth - 70) * b.value) / max));
      const y = i * row + 4;
      const label = b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label;
      return `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${esc(label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" rx="2"/><text x="${labelWidth + w + 6}" y="${y + 16}">${format(b.value)}</text>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(message('needs-chart', { title }, lang))}">${items}</svg>`;
}

/** Vertical columns, one a week. */
function columnsSvg(bars: readonly Bar[], title: string, lang: Lang, format: (n: number) => string): string {
  const width = 640;
  const height = 180;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (width - 40) / Math.max(1, bars.length);
  const items = bars
    .map((b, i) => {
      const h = Math.round(((height - 40) * b.value) / max);
      const x = 20 + i * step;
      return `<rect x="${x.toFixed(1)}" y="${height - 20 - h}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h}"><title>${esc(b.label)}: ${format(b.value)}</title></rect>`;
    })
    .join('');
  const first = bars[0]?.label ?? '';
  const last = bars.at(-1)?.label ?? '';
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(message('needs-chart', { title }, lang))}">${items}<text x="20" y="${height - 4}">${esc(first)}</text><text x="${width - 20}" y="${height - 4}" text-anchor="end">${esc(last)}</text><text x="20" y="12">${format(max)}</text></svg>`;
}

function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set([head.length - 1])): string {
  const th = head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${numeric.has(i) ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}</tr>`)
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
:root{color-scheme:light;--ink:#1b1b1f;--muted:#4a4a55;--bar:#1f5fa8;--line:#c9ccd3}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:58rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.8rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
p.note{color:var(--muted)}
.chart{width:100%;max-width:40rem;height:auto;display:block;margin:.5rem 0}
.chart rect{fill:var(--bar)}.chart text{font-size:13px;fill:var(--ink)}
table{border-collapse:collapse;margin:.5rem 0 1rem;min-width:min(100%,28rem)}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.25rem .75rem .25rem 0;text-align:left;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
@media print{body{max-width:none;padding:0;font-size:11pt}h2{break-after:avoid}table,figure,.chart{break-inside:avoid}.chart rect{fill:#333}}
`;

/** The report's HTML, in `lang`. */
export function needsHtml(f: NeedsFigures, lang: Lang): string {
  const t = (code: MessageCode, params = {}) => message(code, params, lang);
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA');
  const fmt = (x: number) => n.format(x);
  const day = (d: string) => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const sections: string[] = [];
  const section = (id: string, title: string, body: string) => sections.push(`<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>${body}</section>`);
  const countedSection = (id: string, code: MessageCode, col: MessageCode, list: readonly Counted[], name = (c: Counted) => c.name) => {
    const title = t(code);
    const top = list.slice(0, 15);
    section(
      id,
      title,
      list.length
        ? `${barsSvg(top.map((c) => ({ label: name(c), value: c.searches })), title, lang, fmt)}${table(title, [t(col), t('needs-col-searches')], list.map((c) => [name(c), fmt(c.searches)]))}`
        : `<p class="note">${esc(t('needs-empty'))}</p>`,
    );
  };

  const categoryName = new Map(f.categories.map((c) => [c.id, c.name]));
  countedSection('categories', 'needs-by-category', 'needs-col-category', f.categories);

  const weekTitle = t('needs-over-time');
  const top = Object.keys(f.weeks[0]?.categories ?? {});
  section(
    'weeks',
    weekTitle,
    f.weeks.length
      ? `${columnsSvg(f.weeks.map((w) => ({ label: day(w.week), value: w.searches })), weekTitle, lang, fmt)}${table(
          weekTitle,
          [t('needs-col-week'), t('needs-col-searches'), ...top.map((c) => categoryName.get(c) ?? c)],
          f.weeks.map((w) => [day(w.week), fmt(w.searches), ...top.map((c) => fmt(w.categories[c] ?? 0))]),
          new Set(top.map((_, i) => i + 2).concat(1)),
        )}`
      : `<p class="note">${esc(t('needs-empty'))}</p>`,
  );

  const distressTitle = t('needs-distress');
  section(
    'distress',
    distressTitle,
    f.weeks.length
      ? `${columnsSvg(f.weeks.map((w) => ({ label: day(w.week), value: w.distress })), distressTitle, lang, fmt)}${table(
          distressTitle,
          [t('needs-col-week'), t('needs-col-distress')],
          f.weeks.map((w) => [day(w.week), fmt(w.distress)]),
        )}`
      : `<p class="note">${esc(t('needs-empty'))}</p>`,
  );

  countedSection('regions', 'needs-regions', 'needs-col-region', f.regions);
  const regionName = new Map(f.regions.map((r) => [r.id, r.name]));
  const topRegions = Object.keys(f.weeks[0]?.regions ?? {});
  if (topRegions.length) {
    const title = t('needs-regions-weeks');
    sections.push(
      table(
        title,
        [t('needs-col-week'), ...topRegions.map((r) => regionName.get(r) ?? r)],
        f.weeks.map((w) => [day(w.week), ...topRegions.map((r) => fmt(w.regions[r] ?? 0))]),
        new Set(topRegions.map((_, i) => i + 1)),
      ),
    );
  }
  countedSection('languages', 'needs-languages', 'needs-col-language', f.languages, (c) => languageName(c.id));

  // Words grouped by the need they were most often read with.
  const groups = new Map<string, string[]>();
  for (const w of f.unfound) {
    const key = w.category ? (categoryName.get(w.category) ?? w.category) : t('needs-no-category');
    groups.set(key, [...(groups.get(key) ?? []), `${w.word} (${fmt(w.batches)})`]);
  }
  const unfoundTitle = t('needs-unfound');
  section(
    'unfound',
    unfoundTitle,
    `<p class="note">${esc(t('needs-k', { k: f.k }))}</p>` +
      (groups.size
        ? table(unfoundTitle, [t('needs-col-category'), t('needs-col-word')], [...groups].map(([g, words]) => [g, words.join(', ')]), new Set())
        : `<p>${esc(t('needs-unfound-none', { k: f.k }))}</p>`),
  );

  const gapsTitle = t('needs-gaps');
  section(
    'gaps',
    gapsTitle,
    f.gaps?.length
      ? table(
          gapsTitle,
          [t('needs-col-region'), t('needs-col-category'), t('needs-col-searches'), t('needs-col-listed'), t('needs-col-elsewhere')],
          f.gaps.map((g) => [g.region.name, g.category.name, fmt(g.searches), t(g.kind === 'nothing' ? 'needs-gap-nothing' : 'needs-gap-wide'), fmt(g.elsewhere)]),
          new Set([2, 4]),
        )
      : `<p>${esc(t(f.gaps ? 'needs-gaps-none' : 'needs-gaps-no-feed'))}</p>`,
  );

  const intro = f.batches
    ? t('needs-intro', { searches: fmt(f.searches), batches: fmt(f.batches), from: day(f.from!), to: day(f.to!) })
    : t('needs-empty');
  const results = t('needs-results', { zero: fmt(f.results['0']), few: fmt(f.results['1-5']), many: fmt(f.results['6+']) });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t('needs-title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(t('needs-title'))}</h1>
<p>${esc(intro)}</p>
<p>${esc(results)}</p>
${f.skipped ? `<p class="note">${esc(t('needs-skipped', { count: fmt(f.skipped) }))}</p>` : ''}
${sections.join('\n')}
</main>
</body>
</html>
`;
}
