/**
 * Places in a search: which records serving a place come first, and the
 * places a query names. Which records serve a place at all is the region
 * tree's rule (`region-tree.ts`, which region shards follow too). A record
 * without regions serves everywhere, and comes after the records that name
 * the place; among equally relevant results, the most local come first
 * ({@link localityRank}).
 *
 * Places named in a query ("popote La Pocatière") are read here: region
 * names, and the towns of the feed's addresses, each placed in the region
 * that most of the records located there name.
 */
import type { Feed } from '../feed/model.js';
import { ancestors, type Places } from '../region-tree.js';
import { foldedWords } from './normalize.js';

/** Rank of a record that names no region: after every record that names the place. */
export const NO_REGION_RANK = 100;

/**
 * How local a record is to the chosen places: 0 when one of its regions is a
 * chosen place or inside one, 1 when it is the region just around it, 2 the
 * one around that…, {@link NO_REGION_RANK} when it names no region, and
 * Infinity when it does not serve them.
 */
export function localityRank(places: Places, own: readonly string[], chosen: ReadonlySet<string>): number {
  if (own.length === 0) return NO_REGION_RANK;
  let best = Infinity;
  for (const id of own) {
    const up = ancestors(places, id);
    if (up.some((a) => chosen.has(a))) return 0;
    for (const c of chosen) {
      const above = ancestors(places, c).indexOf(id);
      if (above > 0 && above < best) best = above;
    }
  }
  return best;
}

/** A place named in a query. */
export interface PlaceInQuery {
  /** The regions it stands for. */
  readonly regions: readonly string[];
  /** The folded town name, when the place is a town of the feed's addresses rather than a region. */
  readonly town?: string;
}

const ARTICLES = new Set(['le', 'la', 'les', 'l']);

/** Place names (folded words joined by spaces) → what they stand for; the longest name's word count. */
export interface Gazetteer {
  readonly names: ReadonlyMap<string, PlaceInQuery>;
  readonly longest: number;
}

/** The names a feed's residents may give their place: regions' names, and the towns of its addresses. */
export function gazetteer(feed: Feed): Gazetteer {
  const names = new Map<string, PlaceInQuery>();
  let longest = 0;
  const add = (name: string, place: PlaceInQuery, replace: boolean) => {
    const words = foldedWords(name);
    if (!words.length) return;
    const variants = [words];
    // "Les Basques" is also "Basques"; "L'Isle-Verte", "Isle-Verte".
    if (words.length > 1 && ARTICLES.has(words[0]!) && words.slice(1).join('').length >= 5) variants.push(words.slice(1));
    for (const v of variants) {
      const key = v.join(' ');
      // A one-word name of three letters or less is too often a word of its own.
      if (v.length === 1 && key.length < 4) continue;
      if (!replace && names.has(key)) continue;
      names.set(key, place);
      longest = Math.max(longest, v.length);
    }
  };
  // Towns first, so that a region of the same name wins.
  const votes = new Map<string, Map<string, number>>();
  // Twenty thousand addresses name a few hundred towns: each is folded once.
  const keys = new Map<string, string>();
  for (const r of feed.resources) {
    if (!r.regions.length) continue;
    for (const l of r.locations) {
      const town = l.address?.city;
      if (!town) continue;
      let key = keys.get(town);
      if (key === undefined) keys.set(town, (key = foldedWords(town).join(' ')));
      if (!key) continue;
      let count = votes.get(key);
      if (!count) votes.set(key, (count = new Map()));
      for (const id of r.regions) count.set(id, (count.get(id) ?? 0) + 1);
    }
  }
  for (const [town, count] of votes) {
    let best: string | undefined;
    let most = 0;
    for (const [id, n] of count) if (n > most) [best, most] = [id, n];
    if (best !== undefined) add(town, { regions: [best], town }, false);
  }
  for (const region of feed.regions) {
    for (const lang in region.name) add(region.name[lang]!, { regions: [region.id] }, true);
  }
  return { names, longest };
}

/**
 * The places named in a query's folded words, longest names first, and the
 * words left once they are taken out.
 */
export function readPlaces(g: Gazetteer, words: readonly string[]): { places: PlaceInQuery[]; rest: string[] } {
  const places: PlaceInQuery[] = [];
  const rest: string[] = [];
  if (g.names.size === 0) return { places, rest: [...words] };
  for (let i = 0; i < words.length; ) {
    let found = 0;
    for (let n = Math.min(g.longest, words.length - i); n > 0 && !found; n--) {
      const place = g.names.get(words.slice(i, i + n).join(' '));
      if (place) {
        places.push(place);
        found = n;
      }
    }
    if (found) i += found;
    else rest.push(words[i++]!);
  }
  return { places, rest };
}
