// A small fictional province, one home for the region-shard tests of the SDK,
// the feed tools and the element: Québec over three administrative regions,
// with a municipality-level region or two under them.
export const PROVINCE_REGIONS = [
  { id: 'quebec', name: 'Québec' },
  { id: 'bas-saint-laurent', parent: 'quebec', name: 'Bas-Saint-Laurent' },
  { id: 'kamouraska', parent: 'bas-saint-laurent', name: 'Kamouraska' },
  { id: 'rimouski-neigette', parent: 'bas-saint-laurent', name: 'Rimouski-Neigette' },
  { id: 'outaouais', parent: 'quebec', name: 'Outaouais' },
  { id: 'gatineau', parent: 'outaouais', name: 'Gatineau' },
  { id: 'estrie', parent: 'quebec', name: 'Estrie' },
];

/** The feed's header: every field but `resources`. */
export const PROVINCE_HEADER = {
  format: 'repere-feed',
  version: 1,
  title: { fr: 'Bottin fictif du Québec', en: 'Fictional Quebec directory' },
  defaultLocale: 'fr',
  timezone: 'America/Toronto',
  crisis: [{ label: { fr: 'Urgence', en: 'Emergency' }, phone: '911' }],
  categories: [{ id: 'aide', name: { fr: 'Aide', en: 'Help' } }],
  regions: PROVINCE_REGIONS,
};

/** A record in the `aide` category with a 555 number; no `regions` when none are given (it serves the whole province). */
export const provinceRecord = (id: string, name: string, regions?: string[], extra: Record<string, unknown> = {}) => ({
  id,
  name: { fr: name, en: name },
  categories: ['aide'],
  ...(regions ? { regions } : {}),
  phones: [{ number: '418-555-0142' }],
  ...extra,
});

/**
 * A resident's saved services in three regions' shards (each with the
 * province-wide elder-abuse line): for the tests of "My list" over shards,
 * in the engine and in the element.
 */
export const SAVED_ACROSS_REGIONS = (() => {
  const POPOTE = provinceRecord('popote-kamouraska', 'Popote roulante du Kamouraska', ['kamouraska']);
  const BANQUE = provinceRecord('banque-alimentaire-quebec', 'Banque alimentaire de Québec', ['capitale-nationale']);
  const CLUB = provinceRecord('club-aines-estrie', 'Club des aînés de l’Estrie', ['estrie']);
  const LIGNE = provinceRecord('ligne-aines', 'Ligne Aide Abus Aînés');
  const SHARDS: Record<string, unknown[]> = { 'bas-saint-laurent': [POPOTE, LIGNE], 'capitale-nationale': [BANQUE, LIGNE], estrie: [CLUB, LIGNE] };
  return { SHARDS };
})();

/** A shard's or a feed's document: the header and these records. */
export const provinceFeed = (resources: unknown[]) => ({ ...PROVINCE_HEADER, resources });

/** SHA-256 of bytes, as the manifest writes it (64 lowercase hex digits). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The files of a split, as `repere pack --split region` writes them: each
 * shard a feed of its records (`<region>.json`), and the manifest with their
 * sizes and hashes (`bbox`: each region's box, for near me). A shard for a
 * region the small province does not name (`capitale-nationale`) adds that
 * region under Québec, to the header of every file.
 */
export async function publishProvince(shards: Record<string, unknown[]>, bbox: Record<string, number[]> = {}) {
  const added = Object.keys(shards).filter((region) => !PROVINCE_REGIONS.some((r) => r.id === region));
  const header = { ...PROVINCE_HEADER, regions: [...PROVINCE_REGIONS, ...added.map((id) => ({ id, parent: 'quebec', name: id }))] };
  const files = new Map<string, string>();
  const entries = [];
  const ids = new Set<string>();
  const everywhere = new Set<string>();
  for (const [region, resources] of Object.entries(shards)) {
    const text = JSON.stringify({ ...header, resources });
    const bytes = new TextEncoder().encode(text);
    const file = `${region}.json`;
    files.set(file, text);
    entries.push({ region, file, sha256: await sha256Hex(bytes), bytes: bytes.byteLength, records: resources.length, ...(bbox[region] ? { bbox: bbox[region] } : {}) });
    for (const r of resources as Array<{ id: string; regions?: string[] }>) {
      ids.add(r.id);
      if (!r.regions) everywhere.add(r.id);
    }
  }
  const manifest = { format: 'repere-shards', version: 1, feed: header, records: ids.size, everywhere: everywhere.size, shards: entries };
  return { files, manifest };
}
