#!/usr/bin/env node
// Structural check of a repere-feed v1 file (no dependencies).
//   node scripts/generate/validate-feed.mjs examples/data/demo-feed.json [more.json ...]
// Exits non-zero and lists problems if any.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const AUDIENCES = new Set(['seniors', 'youth', 'children', 'families', 'women', 'men', '2slgbtq', 'indigenous', 'newcomers', 'people-with-disabilities', 'caregivers', 'students']);
const DELIVERY = new Set(['in-person', 'phone', 'online', 'home-visit']);
const COST = new Set(['free', 'low-cost', 'fee']);
const DAYS = new Set(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
const KINDS = new Set(['voice', 'text', 'crisis', 'tty', 'fax']);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function isIsoDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function validateFeed(feed) {
  const errors = [];
  const err = (path, msg) => errors.push(`${path}: ${msg}`);
  const checkLT = (path, v, { required = false } = {}) => {
    if (v == null) { if (required) err(path, 'missing'); return; }
    if (typeof v === 'string') { if (!v.trim()) err(path, 'empty string'); return; }
    if (typeof v !== 'object' || Array.isArray(v)) return err(path, 'not localized text');
    const keys = Object.keys(v);
    if (!keys.length) err(path, 'no locale');
    for (const k of keys) {
      if (!LOCALE.test(k)) err(path, `bad locale ${k}`);
      if (typeof v[k] !== 'string' || !v[k].trim()) err(`${path}.${k}`, 'empty');
    }
  };
  const checkLList = (path, v) => {
    if (v == null) return;
    if (typeof v !== 'object' || Array.isArray(v)) return err(path, 'not a localized list');
    for (const [k, arr] of Object.entries(v)) {
      if (!LOCALE.test(k)) err(path, `bad locale ${k}`);
      if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'string' || !x)) err(`${path}.${k}`, 'not a string list');
    }
  };
  const checkTree = (label, list) => {
    const ids = new Set();
    list.forEach((n, i) => {
      const p = `${label}[${i}]`;
      if (!KEBAB.test(n.id ?? '')) err(p, `bad id ${n.id}`);
      if (ids.has(n.id)) err(p, `duplicate id ${n.id}`);
      ids.add(n.id);
      checkLT(`${p}.name`, n.name, { required: true });
    });
    for (const n of list) {
      if (n.parent != null && !ids.has(n.parent)) err(`${label} ${n.id}`, `unknown parent ${n.parent}`);
      // no cycles
      let cur = n, hops = 0;
      while (cur?.parent && hops < 50) { cur = list.find((x) => x.id === cur.parent); hops++; }
      if (hops >= 50) err(`${label} ${n.id}`, 'parent cycle');
    }
    return ids;
  };

  if (feed.format !== 'repere-feed') err('format', 'must be "repere-feed"');
  if (feed.version !== 1) err('version', 'must be 1');
  checkLT('title', feed.title, { required: true });
  checkLT('notice', feed.notice);
  if (!isIsoDate(feed.updated)) err('updated', 'not an ISO date');
  if (typeof feed.defaultLocale !== 'string') err('defaultLocale', 'missing');
  if (typeof feed.timezone !== 'string') err('timezone', 'missing');
  if (!Array.isArray(feed.categories)) err('categories', 'missing');
  if (!Array.isArray(feed.regions)) err('regions', 'missing');
  if (!Array.isArray(feed.resources)) err('resources', 'missing');
  if (errors.length) return errors;

  const catIds = checkTree('categories', feed.categories);
  feed.categories.forEach((c, i) => checkLList(`categories[${i}].keywords`, c.keywords));
  const regIds = checkTree('regions', feed.regions);
  feed.regions.forEach((r, i) => {
    if (r.centroid && (typeof r.centroid.lat !== 'number' || typeof r.centroid.lon !== 'number' || Math.abs(r.centroid.lat) > 90 || Math.abs(r.centroid.lon) > 180)) err(`regions[${i}].centroid`, 'bad lat/lon');
  });
  for (const [i, c] of (feed.crisis ?? []).entries()) { checkLT(`crisis[${i}].label`, c.label, { required: true }); if (!c.phone) err(`crisis[${i}]`, 'no phone'); }

  const ids = new Set();
  feed.resources.forEach((r, i) => {
    const p = `resources[${i}] (${r.id})`;
    if (!KEBAB.test(r.id ?? '')) err(p, 'bad id');
    if (ids.has(r.id)) err(p, 'duplicate id');
    ids.add(r.id);
    checkLT(`${p}.name`, r.name, { required: true });
    checkLT(`${p}.organization`, r.organization);
    checkLT(`${p}.description`, r.description);
    checkLT(`${p}.fees`, r.fees);
    checkLT(`${p}.eligibility`, r.eligibility);
    checkLT(`${p}.hoursNote`, r.hoursNote);
    checkLList(`${p}.keywords`, r.keywords);
    if (!Array.isArray(r.categories) || !r.categories.length) err(p, 'no categories');
    for (const c of r.categories ?? []) if (!catIds.has(c)) err(p, `unknown category ${c}`);
    for (const g of r.regions ?? []) if (!regIds.has(g)) err(p, `unknown region ${g}`);
    for (const a of r.audiences ?? []) if (!AUDIENCES.has(a)) err(p, `bad audience ${a}`);
    for (const d of r.delivery ?? []) if (!DELIVERY.has(d)) err(p, `bad delivery ${d}`);
    for (const l of r.languages ?? []) if (!LOCALE.test(l)) err(p, `bad language ${l}`);
    if (r.cost != null && !COST.has(r.cost)) err(p, `bad cost ${r.cost}`);
    for (const ph of r.phones ?? []) {
      if (typeof ph.number !== 'string' || !/^[0-9+\-() ]{3,}$/.test(ph.number)) err(p, `bad phone ${ph.number}`);
      if (ph.kind != null && !KINDS.has(ph.kind)) err(p, `bad phone kind ${ph.kind}`);
      checkLT(`${p}.phones.label`, ph.label);
    }
    if (r.email != null && !/^[^@\s]+@[^@\s]+\.[a-z]+$/.test(r.email)) err(p, `bad email ${r.email}`);
    if (r.website != null && !/^https:\/\/[^\s]+$/.test(r.website)) err(p, `bad website ${r.website}`);
    for (const [j, l] of (r.locations ?? []).entries()) {
      checkLT(`${p}.locations[${j}].name`, l.name);
      checkLT(`${p}.locations[${j}].accessibility`, l.accessibility);
      if (l.confidential) {
        if (l.address?.street || l.address?.postalCode) err(p, 'confidential location with a street/postal code');
        if (l.lat != null || l.lon != null) err(p, 'confidential location with coordinates');
      }
      if ((l.lat == null) !== (l.lon == null)) err(p, 'lat without lon');
      if (l.lat != null && (Math.abs(l.lat) > 90 || Math.abs(l.lon) > 180)) err(p, 'bad lat/lon');
    }
    for (const h of r.hours ?? []) {
      if (!Array.isArray(h.days) || !h.days.length || h.days.some((d) => !DAYS.has(d))) err(p, `bad hours days ${h.days}`);
      if (!HHMM.test(h.opens ?? '') || !HHMM.test(h.closes ?? '')) err(p, `bad hours ${h.opens}-${h.closes}`);
      if (h.opens === h.closes) err(p, 'opens == closes');
    }
    for (const d of r.closedDates ?? []) if (!isIsoDate(d)) err(p, `bad closed date ${d}`);
    if (r.updated != null && !isIsoDate(r.updated)) err(p, `bad updated ${r.updated}`);
  });
  return errors;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    const feed = JSON.parse(readFileSync(f, 'utf8'));
    const errors = validateFeed(feed);
    if (errors.length) { bad++; console.error(`${f}: ${errors.length} problem(s)`); for (const e of errors.slice(0, 50)) console.error('  ' + e); }
    else console.log(`${f}: ok (${feed.resources.length} resources, ${feed.categories.length} categories, ${feed.regions.length} regions)`);
  }
  process.exit(bad ? 1 : 0);
}
