// Small deterministic helpers shared by the feed generators (no dependencies).

/** mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
export function createRng(seed) {
  let a = (Number(seed) >>> 0) || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** k distinct items, order preserved from a shuffle. */
    sample: (arr, k) => rng.shuffle(arr.slice()).slice(0, Math.min(k, arr.length)),
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    },
    jitter: (x, d) => Math.round((x + (next() * 2 - 1) * d) * 1e5) / 1e5,
  };
  return rng;
}

/** "Popote roulante du Kamouraska" -> "popote-roulante-du-kamouraska" */
export function slugify(s) {
  return String(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

const VOWEL = /^[AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîô]/;

/** French "de" + place name: "de Rimouski", "d'Amqui", "du Bic", "des Basques", "de La Pocatière". */
export function deFr(name) {
  if (/^Le /.test(name)) return 'du ' + name.slice(3);
  if (/^Les /.test(name)) return 'des ' + name.slice(4);
  if (VOWEL.test(name)) return 'd’' + name;
  return 'de ' + name;
}

/** French "à" + place name: "à Rimouski", "au Bic". */
export function aFr(name) {
  if (/^Le /.test(name)) return 'au ' + name.slice(3);
  if (/^Les /.test(name)) return 'aux ' + name.slice(4);
  return 'à ' + name;
}

export function fill(template, vars) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));
}

/** ISO date (YYYY-MM-DD) `days` after `start` (ISO). */
export function addDays(start, days) {
  const d = new Date(start + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
