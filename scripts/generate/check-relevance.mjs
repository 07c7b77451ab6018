#!/usr/bin/env node
// Sanity check for examples/data/relevance.json against a deliberately plain
// reference scorer (accent-insensitive, elision-aware, prefix + 1-2 typo
// fuzzy matching over names, keywords, category names/keywords, organization,
// region names, city, description). It is not the product's search engine: it
// only shows that each expectation is reachable by a reasonable engine, i.e.
// that no more than 4 other records score at least as high as a mustInclude id
// (ties counted against it).
//
//   node scripts/generate/check-relevance.mjs [feed.json] [relevance.json] [-v]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, dirname } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('-v');
const feed = JSON.parse(readFileSync(args[0] ?? resolve(here, '../../examples/data/demo-feed.json'), 'utf8'));
const rel = JSON.parse(readFileSync(args[1] ?? resolve(here, '../../examples/data/relevance.json'), 'utf8'));

const STOP = new Set('le la les de des du d l un une et en au aux a the of and for in on to with ou or pour par sur s'.split(' '));
export function tokens(s) {
  return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .split(/[^a-z0-9]+/).filter((t) => t && !STOP.has(t));
}
const texts = (lt) => (lt == null ? [] : typeof lt === 'string' ? [lt] : Object.values(lt).flat());

function dl(a, b, max) { // Damerau-Levenshtein (optimal string alignment), early exit
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function match(q, t) {
  if (q === t) return 1;
  if (q.length >= 3 && t.startsWith(q)) return 0.9;
  const max = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
  return max && dl(q, t, max) <= max ? 0.7 : 0;
}

const cats = new Map(feed.categories.map((c) => [c.id, c]));
const regs = new Map(feed.regions.map((r) => [r.id, r]));
function index(r) {
  const f = [];
  const add = (w, strs) => f.push({ w, toks: [...new Set(strs.flatMap(tokens))] });
  add(4, texts(r.name));
  add(3, texts(r.keywords));
  const cs = r.categories.map((id) => cats.get(id));
  add(3, cs.flatMap((c) => texts(c.name)));
  add(2.5, cs.flatMap((c) => texts(c.keywords)));
  add(2, texts(r.organization));
  const rs = [];
  for (let id of r.regions ?? []) { while (id) { const g = regs.get(id); rs.push(...texts(g.name)); id = g.parent; } }
  for (const l of r.locations ?? []) if (l.address?.city) rs.push(l.address.city);
  add(2, rs);
  add(1, [...texts(r.description), ...texts(r.eligibility)]);
  return f;
}
const docs = feed.resources.map((r) => ({ id: r.id, f: index(r) }));

export function score(doc, qt) {
  let s = 0, hit = 0;
  for (const q of qt) {
    let best = 0;
    for (const { w, toks } of doc.f) for (const t of toks) { const m = match(q, t) * w; if (m > best) best = m; }
    if (best) hit++;
    s += best;
  }
  return qt.length ? s * (hit / qt.length) : 0;
}
function rank(query) {
  const qt = tokens(query);
  return docs.map((d) => ({ id: d.id, s: score(d, qt) })).sort((a, b) => b.s - a.s);
}

const ids = new Set(feed.resources.map((r) => r.id));
let fails = 0;
for (const e of rel.queries) {
  const ranked = rank(e.query);
  for (const id of [...(e.mustInclude ?? []), ...(e.mustNotInclude ?? [])]) if (!ids.has(id)) { fails++; console.log(`✗ "${e.query}": unknown id ${id}`); }
  for (const id of e.mustInclude ?? []) {
    const me = ranked.find((x) => x.id === id);
    if (!me) continue;
    const worse = ranked.filter((x) => x.id !== id && x.s >= me.s).length;
    if (worse > 4 || me.s === 0) { fails++; console.log(`✗ "${e.query}": ${id} score ${me.s.toFixed(2)} has ${worse} at least as high: ${ranked.slice(0, 7).map((x) => `${x.id}=${x.s.toFixed(2)}`).join(', ')}`); }
  }
  for (const id of e.mustNotInclude ?? []) {
    const pos = ranked.findIndex((x) => x.id === id);
    if (ranked[pos].s > 0 && pos < 5) { fails++; console.log(`✗ "${e.query}": ${id} should not be in top 5 (pos ${pos + 1})`); }
  }
  if (verbose) console.log(`  "${e.query}" → ${ranked.slice(0, 5).map((x) => `${x.id}=${x.s.toFixed(1)}`).join(', ')}`);
}
console.log(fails ? `${fails} problem(s)` : `ok: ${rel.queries.length} queries`);
process.exit(fails ? 1 : 0);
