// Near me over region shards, by a region's border: the resident is given the
// shards of every region within reach (as a 211 counsellor would name the
// services just across the line), yet not the whole province. A small
// fictional manifest: its boxes are drawn for the tests, not surveyed.
import { expect } from 'chai';
import { chooseShards, distanceKm, readShardManifest } from '@repere/sdk';
import { NEAR_SHARD_REACH_KM } from '@repere/sdk/internal';
import { PROVINCE_HEADER } from './support/province.js';

const shard = (region: string, bbox?: [number, number, number, number]) => ({
  region,
  file: `${region}.json`,
  sha256: '0'.repeat(64),
  bytes: 100,
  records: 1,
  ...(bbox ? { bbox } : {}),
});

const MANIFEST = readShardManifest({
  format: 'repere-shards',
  version: 1,
  feed: {
    ...PROVINCE_HEADER,
    regions: [
      { id: 'territoire', name: { fr: 'Territoire' } },
      { id: 'riviere-du-loup', parent: 'territoire', name: { fr: 'Rivière-du-Loup' } },
      { id: 'kamouraska', parent: 'territoire', name: { fr: 'Kamouraska' } },
      { id: 'rimouski-neigette', parent: 'territoire', name: { fr: 'Rimouski-Neigette' } },
      { id: 'gatineau', parent: 'territoire', name: { fr: 'Gatineau' } },
      { id: 'ottawa', parent: 'territoire', name: { fr: 'Ottawa' } },
      { id: 'en-ligne', parent: 'territoire', name: { fr: 'En ligne' } },
    ],
  },
  records: 6,
  everywhere: 0,
  shards: [
    shard('riviere-du-loup', [47.6, -69.6, 48.1, -69.0]),
    shard('kamouraska', [47.2, -70.3, 47.6, -69.6]),
    shard('rimouski-neigette', [48.2, -68.6, 48.8, -67.6]),
    shard('gatineau', [45.4, -76.0, 45.75, -75.5]),
    shard('ottawa', [44.95, -76.35, 45.53, -75.25]),
    // Services reached by phone or online only: no located record, no box.
    shard('en-ligne'),
  ],
});

const near = (lat: number, lon: number) => chooseShards(MANIFEST, { near: { lat, lon } }).map((s) => s.region);

/** Km along a parallel, in degrees of longitude at this latitude. */
const lonDegrees = (km: number, lat: number) => km / (111.195 * Math.cos((lat * Math.PI) / 180));

describe('near me over region shards, at a region border', () => {
  it('brings the Kamouraska shard to a resident of Rivière-du-Loup near the border', () => {
    // About 10 km north-east of the Kamouraska box.
    expect(near(47.69, -69.55)).to.deep.equal(['riviere-du-loup', 'kamouraska']);
  });

  it('brings the Ottawa shard to a resident of Gatineau, whose city runs across the river', () => {
    expect(near(45.48, -75.7)).to.deep.equal(['gatineau', 'ottawa']);
  });

  it('brings only their own region to a resident of Rimouski, far from every other region', () => {
    expect(near(48.5, -68.2)).to.deep.equal(['rimouski-neigette']);
  });

  it(`looks ${NEAR_SHARD_REACH_KM} km across a border, and no farther`, () => {
    // On the river north of Kamouraska, west of Rivière-du-Loup's box: Kamouraska is 5.6 km away.
    const lat = 47.65;
    const within = { lat, lon: -69.6 - lonDegrees(NEAR_SHARD_REACH_KM - 5, lat) };
    const beyond = { lat, lon: -69.6 - lonDegrees(NEAR_SHARD_REACH_KM + 5, lat) };
    expect(distanceKm(within, { lat, lon: -69.6 })).to.be.within(NEAR_SHARD_REACH_KM - 6, NEAR_SHARD_REACH_KM - 4);
    expect(near(within.lat, within.lon)).to.deep.equal(['riviere-du-loup', 'kamouraska']);
    expect(near(beyond.lat, beyond.lon)).to.deep.equal(['kamouraska']);
  });

  it('still gives a resident far from every region the nearest region’s shard', () => {
    // Out in the Gulf, some 140 km from Rimouski-Neigette's box.
    expect(near(49.6, -66.0)).to.deep.equal(['rimouski-neigette']);
  });

  it('lists each shard once when near me and the chosen place need the same ones', () => {
    const chosen = chooseShards(MANIFEST, { regions: ['kamouraska', 'riviere-du-loup'], near: { lat: 47.69, lon: -69.55 } });
    expect(chosen.map((s) => s.region)).to.deep.equal(['riviere-du-loup', 'kamouraska']);
  });

  it('adds the regions across the border to the ones already loaded, in the manifest’s order', () => {
    const chosen = chooseShards(MANIFEST, { regions: ['rimouski-neigette'], near: { lat: 47.69, lon: -69.55 } });
    expect(chosen.map((s) => s.region)).to.deep.equal(['riviere-du-loup', 'kamouraska', 'rimouski-neigette']);
  });

  it('loads every shard for a position when no shard has a box, rather than hide services', () => {
    const boxless = readShardManifest({ ...MANIFEST, shards: [shard('kamouraska'), shard('riviere-du-loup')] });
    expect(chooseShards(boxless, { near: { lat: 47.69, lon: -69.55 } }).map((s) => s.region)).to.deep.equal(['kamouraska', 'riviere-du-loup']);
  });
});
