/**
 * How far records are from a point or a place: for "near me", for the
 * nearest crisis help when none serves the place, and for the towns a query
 * names.
 */
import type { Resource } from '../feed/model.js';
import { distanceKm, type LatLon } from '../geo/distance.js';
import { ancestors } from '../region-tree.js';
import { slot } from './index-state.js';
import type { SearchIndex } from './search-index.js';
import { foldedWords } from './normalize.js';

/** The centroid of the first of these regions (or of its nearest ancestor) that has one. */
export function placeCentroid(index: SearchIndex, ids: readonly string[]): LatLon | undefined {
  for (const id of ids) {
    for (const a of ancestors(index.places, id)) {
      const c = index.regionsById.get(a)?.centroid;
      if (c) return c;
    }
  }
  return undefined;
}

/** How far a record is from a point: its nearest location, else the centroid of its region. */
export function kmFrom(index: SearchIndex, d: number, from: LatLon): number {
  const resource = index.docs[d]!;
  const km = nearestKm(resource, from);
  if (km !== undefined) return km;
  const at = placeCentroid(index, resource.regions);
  return at ? distanceKm(from, at) : Infinity;
}

export function nearestKm(resource: Resource, near: LatLon): number | undefined {
  let bestKm: number | undefined;
  for (const l of resource.locations) {
    if (l.confidential || typeof l.lat !== 'number' || typeof l.lon !== 'number') continue;
    const km = distanceKm(near, { lat: l.lat, lon: l.lon });
    if (bestKm === undefined || km < bestKm) bestKm = km;
  }
  return bestKm;
}

const TOWNS = slot<readonly (readonly string[])[]>('towns');

/** Each document's folded towns (its addresses' cities), for a town named in a query. */
export function townsOf(index: SearchIndex): readonly (readonly string[])[] {
  return index.state.get(TOWNS, () =>
    index.docs.map((r) => r.locations.map((l) => (l.address?.city ? foldedWords(l.address.city).join(' ') : '')).filter(Boolean)),
  );
}
