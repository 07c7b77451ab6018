/**
 * Region shards: a province-wide directory split into one feed per
 * top-level region, and a small manifest that lists them (docs/feed-format.md,
 * "Region shards"). A resident of Rimouski then downloads the
 * Bas-Saint-Laurent's services and the province-wide ones, not Gatineau's.
 *
 * Which records a shard holds, and which shards a place needs, both follow
 * the one "serves this place" rule of `region-tree.ts`: the writer
 * (`repere pack --split region`) and the reader call the same functions here.
 */
import * as v from 'valibot';
import { FeedError } from '../errors.js';
import { regionTree, servedPlaces, type Places } from '../region-tree.js';
import { distanceKm, type LatLon } from '../geo/distance.js';
import type { Region } from './model.js';
import { ShardManifestSchema } from './shards-schema.js';

/** The manifest's `format`. */
export const SHARDS_FORMAT = 'repere-shards';

/** One shard as the manifest lists it. */
export interface ShardEntry {
  /** The top-level region whose records (and the province-wide ones) the shard holds. */
  readonly region: string;
  /** The shard's file, relative to the manifest's URL. */
  readonly file: string;
  /** SHA-256 of the file's bytes, 64 lowercase hex digits. */
  readonly sha256: string;
  /** The file's size in bytes. */
  readonly bytes: number;
  /** How many records it holds, province-wide ones included. */
  readonly records: number;
  /** `[south, west, north, east]` of its own located records (not the province-wide ones); absent when none is located. */
  readonly bbox?: readonly [number, number, number, number];
}

/** A shard manifest (`"format": "repere-shards"`, version 1), as `repere pack --split region` writes it. */
export interface ShardManifest {
  readonly format: typeof SHARDS_FORMAT;
  readonly version: 1;
  /** The feed's header: every top-level field of the feed but `resources` (title, time zone, crisis lines, categories, regions…). */
  readonly feed: Readonly<Record<string, unknown>>;
  /** How many records the whole feed has, each counted once. */
  readonly records: number;
  /** How many of them serve every shard (no region, or a region above the shards'): each shard repeats them. */
  readonly everywhere: number;
  /** One entry per top-level region, in the feed's order. */
  readonly shards: readonly ShardEntry[];
}

/** Which shards to load from a manifest: by place, by position, or all. */
export interface ShardChoice {
  /** The shards these regions need (a region, the ones inside it, the one around it). */
  readonly regions?: readonly string[];
  /**
   * Near me: every shard whose records lie within 50 km of this point
   * (`NEAR_SHARD_REACH_KM`: a resident by a region's border is served
   * across it), else the nearest one.
   */
  readonly near?: LatLon;
  /**
   * No shard yet: the manifest's header alone (title, crisis lines,
   * categories, regions), for an engine that loads each search's shards
   * as it comes (`shardedFinder`).
   */
  readonly none?: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a parsed document is a shard manifest (says `"format": "repere-shards"`), valid or not. */
export function isShardManifest(document: unknown): boolean {
  return isObject(document) && document.format === SHARDS_FORMAT;
}

/**
 * Checks a parsed manifest and returns it typed.
 *
 * @throws {@link FeedError} `version` for another version, `format` (with the
 *   first place it breaks) for a manifest that does not follow the format.
 */
export function readShardManifest(document: unknown): ShardManifest {
  if (!isShardManifest(document)) throw new FeedError('format', { detail: `it is not a "${SHARDS_FORMAT}" manifest` });
  const doc = document as Record<string, unknown>;
  if (doc.version !== 1) throw new FeedError('version', { value: JSON.stringify(doc.version ?? null).slice(0, 20) });
  const checked = v.safeParse(ShardManifestSchema, document);
  if (!checked.success) {
    const where = checked.issues[0].path?.map((p) => String(p.key)).join('.') || 'the manifest';
    throw new FeedError('format', { detail: `the shard manifest is invalid at ${where}` });
  }
  const files = new Set<string>();
  for (const shard of checked.output.shards) {
    // Two shards in one file could not both match their hashes; one is a mistake.
    if (files.has(shard.file)) throw new FeedError('format', { detail: `the shard manifest names "${shard.file}" twice` });
    files.add(shard.file);
  }
  return checked.output as ShardManifest;
}

/**
 * The regions a feed is split by: its top-level regions or, while a single
 * region holds all the others (a province), the level under it.
 */
export function shardRegions(places: Places): string[] {
  let level = places.ids.filter((id) => !places.parentOf.has(id));
  for (let depth = 0; level.length === 1 && depth < places.ids.length; depth++) {
    const children = places.childrenOf.get(level[0]!);
    if (!children?.length) break;
    level = [...children];
  }
  return level;
}

/**
 * The shard regions a record with these (known) regions serves: each shard
 * region that the record's regions are, lie inside or contain. A record
 * naming no region serves every one.
 */
export function shardsServed(places: Places, shards: readonly string[], regions: readonly string[]): string[] {
  const served = new Set(servedPlaces(places, regions));
  return shards.filter((id) => served.has(id));
}

/** The region tree of a manifest's header (its `regions`, as the feed writes them; malformed entries are left out). */
export function manifestPlaces(manifest: ShardManifest): Places {
  const list = Array.isArray(manifest.feed.regions) ? manifest.feed.regions : [];
  const regions: Region[] = [];
  for (const r of list) {
    if (isObject(r) && typeof r.id === 'string') regions.push({ id: r.id, name: {}, ...(typeof r.parent === 'string' ? { parent: r.parent } : {}) });
  }
  return regionTree(regions);
}

/**
 * How far, in km, near me looks beyond a resident's position for region
 * shards. Near me itself has no radius: it sorts every result by distance,
 * so the first cards of a resident near a border are the nearest services on
 * both sides, as a 211 counsellor would give them. 50 km is about forty
 * minutes by road in the countryside, as far as residents are usually sent
 * for a food bank or a CLSC, and it spans a city split by a border (Gatineau
 * and Ottawa) while leaving out regions a resident would not travel to.
 */
export const NEAR_SHARD_REACH_KM = 50;

/** Km between a point and a box (0 inside): the distance to the box's nearest point. */
function kmToBox(point: LatLon, [south, west, north, east]: readonly [number, number, number, number]): number {
  const nearest = { lat: Math.min(Math.max(point.lat, south), north), lon: Math.min(Math.max(point.lon, west), east) };
  return distanceKm(point, nearest);
}

/** The regions of the shards within reach of a position (near me), else of the nearest shard; none when no shard has a box. */
function shardsNear(manifest: ShardManifest, near: LatLon): string[] {
  let nearest: ShardEntry | undefined;
  let nearestKm = Infinity;
  const within: string[] = [];
  for (const shard of manifest.shards) {
    if (!shard.bbox) continue;
    const km = kmToBox(near, shard.bbox);
    if (km <= NEAR_SHARD_REACH_KM) within.push(shard.region);
    if (km < nearestKm) [nearest, nearestKm] = [shard, km];
  }
  return within.length || !nearest ? within : [nearest.region];
}

/**
 * The shards a choice needs, in manifest order. Every shard when the choice
 * names nothing, or only places the manifest does not know: a place that
 * cannot be placed must not hide services. None with `none`.
 */
export function chooseShards(manifest: ShardManifest, choice: ShardChoice = {}): ShardEntry[] {
  if (choice.none) return [];
  const wanted = new Set<string>();
  const places = manifestPlaces(manifest);
  const ids = manifest.shards.map((s) => s.region);
  for (const region of choice.regions ?? []) {
    if (places.ids.includes(region)) for (const id of shardsServed(places, ids, [region])) wanted.add(id);
  }
  const near = choice.near;
  if (near && Number.isFinite(near.lat) && Number.isFinite(near.lon)) for (const id of shardsNear(manifest, near)) wanted.add(id);
  if (wanted.size === 0) return [...manifest.shards];
  return manifest.shards.filter((s) => wanted.has(s.region));
}
