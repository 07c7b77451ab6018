/**
 * `repere pack --split region`: a feed written as region shards
 * (docs/feed-format.md, "Region shards"): one feed per top-level region, in
 * the table form, holding the records that serve it (province-wide ones in
 * every shard), and a manifest that lists them with their SHA-256. Which
 * records serve which region is the SDK's own rule (`shardsServed`), the one
 * the finder searches by: a shard never misses a record its region would show.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readShardManifest, regionTree, shardRegions, shardsServed, SHARDS_FORMAT, type Feed, type Resource, type ShardEntry, type ShardManifest } from '@repere/sdk';
import { ToolError } from './notes.js';
import { packFeed } from './pack.js';
import { writeDirAtomic, writeFileAtomic } from './write-atomic.js';

/** One file to write: a shard, or the manifest. */
export interface ShardFile {
  readonly name: string;
  readonly text: string;
}

/** What {@link splitFeed} returns. */
export interface SplitResult {
  readonly manifest: ShardManifest;
  /** The shards' files, in the manifest's order. */
  readonly files: readonly ShardFile[];
  /** Entries of `resources` left out: not records, or records the validator skips (no id, a duplicate id…). */
  readonly skipped: number;
}

/** The manifest's file name, beside the shards. */
export const MANIFEST_NAME = 'manifest.json';

type Row = Record<string, unknown>;

const isRecord = (value: unknown): value is Row => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A shard's file name: its region, then the start of its hash, so a CDN may keep it for ever (a new content is a new name). */
function fileName(region: string, sha256: string): string {
  return `${region.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 150)}.${sha256.slice(0, 12)}.json`;
}

/** `[south, west, north, east]` around the points, or undefined without one. */
function boxAround(points: readonly { lat: number; lon: number }[]): [number, number, number, number] | undefined {
  if (!points.length) return undefined;
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [south, west, north, east];
}

/**
 * Each record the validator keeps, beside what it made of it. The finder
 * would skip the others, so no shard needs them. The validator keeps records
 * in their order and says which it skipped (`$.resources[i]`, or a duplicate
 * id): the two lists are walked side by side, each pair checked by its id.
 */
function keptRecords(entries: readonly unknown[], validated: Feed): [Row, Resource][] {
  const skipped = new Set<number>();
  for (const p of validated.problems) {
    if (p.action === 'skipped' && p.index !== undefined && (p.path === `$.resources[${p.index}]` || p.code === 'duplicate-id')) skipped.add(p.index);
  }
  const pairs: [Row, Resource][] = [];
  let next = 0;
  entries.forEach((entry, i) => {
    if (skipped.has(i) || next >= validated.resources.length) return;
    const resource = validated.resources[next++]!;
    // Not the same record: the feed and its validation disagree, which is a bug here, never a reason to misplace a record.
    if (!isRecord(entry) || entry.id !== resource.id) throw new Error(`repere pack --split: record ${i} is not the validated "${resource.id}"`);
    pairs.push([entry, resource]);
  });
  return pairs;
}

/**
 * Splits a feed in the list form into region shards.
 *
 * @param document - the feed as written (its records are copied to the shards as they are).
 * @param validated - the same feed through `validateFeed`: the records it keeps, and their known regions, decide where each goes.
 * @throws {@link ToolError} `pack-not-feed` / `pack-already-table` as `packFeed`, and `split-no-regions` when the feed has no region to split by.
 */
export function splitFeed(document: unknown, validated: Feed): SplitResult {
  if (!isRecord(document)) throw new ToolError('pack-not-feed', { reason: 'object' });
  // packFeed says what is wrong with a document that is no list-form feed.
  if (!Array.isArray(document.resources)) packFeed(document);
  const entries = document.resources as unknown[];
  const places = regionTree(validated.regions);
  const regions = shardRegions(places);
  if (regions.length < 2) throw new ToolError('split-no-regions', { count: regions.length });

  const members = new Map<string, Row[]>(regions.map((id) => [id, []]));
  const located = new Map<string, { lat: number; lon: number }[]>(regions.map((id) => [id, []]));
  let everywhere = 0;
  const pairs = keptRecords(entries, validated);
  for (const [entry, resource] of pairs) {
    const served = shardsServed(places, regions, resource.regions);
    if (served.length === regions.length) everywhere++;
    for (const id of served) {
      members.get(id)!.push(entry);
      // Only a region's own records place its shard on the map: province-wide ones are everywhere.
      if (served.length === 1) for (const l of resource.locations) if (l.lat !== undefined && l.lon !== undefined) located.get(id)!.push({ lat: l.lat, lon: l.lon });
    }
  }
  const placed = pairs.length;

  const header = Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'resources'));
  const files: ShardFile[] = [];
  const shards: ShardEntry[] = [];
  for (const region of regions) {
    const records = members.get(region)!;
    // Object.fromEntries keeps the header's order, and a `__proto__` key stays a plain key.
    const shard = Object.fromEntries([...Object.entries(header), ['resources', records]]);
    const text = JSON.stringify(packFeed(shard).feed);
    const bytes = Buffer.from(text, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = fileName(region, sha256);
    const bbox = boxAround(located.get(region)!);
    files.push({ name, text });
    shards.push({ region, file: name, sha256, bytes: bytes.byteLength, records: records.length, ...(bbox ? { bbox } : {}) });
  }
  const manifest: ShardManifest = { format: SHARDS_FORMAT, version: 1, feed: header, records: placed, everywhere, shards };
  return { manifest, files, skipped: entries.length - placed };
}

/**
 * Writes the shards and their manifest to `dir`, so that a host never serves
 * a half-written split.
 *
 * A new folder is written whole beside its place, then renamed into it.
 * Into the folder of an earlier split, each new shard is written atomically
 * first (a shard's name holds its hash: a name already there is the same
 * file), then the manifest, which switches readers over at once; the shards
 * only the manifest before it named are kept, for readers that read it just
 * before, and older ones are removed.
 *
 * @throws {@link ToolError} `split-out-is-file`, `split-out-not-shards`, `same-as-input`, `write-failed`.
 */
export function writeSplit(dir: string, split: SplitResult, inputs: readonly string[]): void {
  // Compact: it is the first thing a resident's browser fetches.
  const manifestText = JSON.stringify(split.manifest);
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    stats = undefined;
  }
  if (!stats) {
    writeDirAtomic(dir, [...split.files, { name: MANIFEST_NAME, text: manifestText }]);
    return;
  }
  if (!stats.isDirectory()) throw new ToolError('split-out-is-file', { path: dir });
  const present = readdirSync(dir);
  const previous = present.includes(MANIFEST_NAME) ? previousShards(join(dir, MANIFEST_NAME)) : undefined;
  if (present.length > 0 && !previous) throw new ToolError('split-out-not-shards', { path: dir });
  for (const file of split.files) {
    if (!present.includes(file.name)) writeFileAtomic(join(dir, file.name), file.text, inputs);
  }
  writeFileAtomic(join(dir, MANIFEST_NAME), manifestText, inputs);
  const keep = new Set([...split.files.map((f) => f.name), ...(previous ?? [])]);
  for (const name of present) {
    if (SHARD_NAME.test(name) && !keep.has(name)) rmSync(join(dir, name), { force: true });
  }
}

/** A name {@link fileName} writes: only such files are ever removed from a split's folder. */
const SHARD_NAME = /\.[0-9a-f]{12}\.json$/;

/** The shard files an earlier manifest names, or undefined when it is not a shard manifest. */
function previousShards(path: string): string[] | undefined {
  try {
    const manifest = readShardManifest(JSON.parse(readFileSync(path, 'utf8')));
    return manifest.shards.map((s) => s.file);
  } catch {
    return undefined;
  }
}
