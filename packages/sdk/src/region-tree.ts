/**
 * The region tree, and the "serves this place" rule read from it, in one
 * home: a record serves a place when one of its regions is that place, lies
 * inside it, or contains it, so a resident of Kamouraska is served by the
 * Bas-Saint-Laurent's crisis centre as well as by Kamouraska's own services,
 * as a 211 counsellor reads them. A record naming no region serves
 * everywhere (nothing says it is limited).
 *
 * A leaf beside the entries: the search (`search/`) filters and ranks by it,
 * and region shards (`feed/shards.ts`) are cut and chosen by it, so that the
 * shards a place needs show exactly what the whole feed shows there.
 */
import type { Region } from './feed/model.js';

/** The region tree: each region's parent, depth and children. */
export interface Places {
  readonly parentOf: ReadonlyMap<string, string>;
  readonly depthOf: ReadonlyMap<string, number>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  /** Every region id, in feed order. */
  readonly ids: readonly string[];
}

/** The region tree of a feed's regions (parents, children, depths): what "serves this place" and region shards are read by. */
export function regionTree(regions: readonly Region[]): Places {
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  for (const r of regions) {
    if (r.parent === undefined) continue;
    parentOf.set(r.id, r.parent);
    const list = childrenOf.get(r.parent);
    if (list) list.push(r.id);
    else childrenOf.set(r.parent, [r.id]);
  }
  const depthOf = new Map<string, number>();
  for (const r of regions) depthOf.set(r.id, ancestorsOf(parentOf, r.id).length - 1);
  return { parentOf, depthOf, childrenOf, ids: regions.map((r) => r.id) };
}

/** A region and its ancestors, itself first (cycles were broken by validation; guarded anyway). */
function ancestorsOf(parentOf: ReadonlyMap<string, string>, id: string): string[] {
  const out = [id];
  const seen = new Set(out);
  for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    seen.add(p);
    out.push(p);
  }
  return out;
}

/** A region and the regions around it, itself first, up to the top. */
export function ancestors(places: Places, id: string): string[] {
  return ancestorsOf(places.parentOf, id);
}

function descendants(places: Places, id: string, out: Set<string>): void {
  for (const child of places.childrenOf.get(id) ?? []) {
    if (out.has(child)) continue;
    out.add(child);
    descendants(places, child, out);
  }
}

/**
 * Every place that a record with these regions serves: its regions, the
 * places inside them and the places that contain them; every region when it
 * names none. A region filter keeps the records whose list holds a chosen
 * region, and facet counts read the same lists.
 */
export function servedPlaces(places: Places, own: readonly string[]): string[] {
  if (own.length === 0) return [...places.ids];
  const out = new Set<string>();
  for (const id of own) {
    for (const a of ancestors(places, id)) out.add(a);
    descendants(places, id, out);
  }
  return [...out];
}
