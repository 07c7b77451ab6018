// A directory published as region shards (`repere pack --split region`):
// the finder loads the shard a resident's place needs, checks it against its
// manifest, adds another when the place widens, and shows each record once.
// The shards here are written by hand, so that each test shows its data.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import { clearLastGood, connectEngine, createFinder, FeedError, loadFeed, serveEngine, shardedFinder, type ShardProgress } from '@repere/sdk';
import { provinceRecord, publishProvince } from './support/province.js';
import { failure } from './support/failure.js';

// Each test publishes under its own folder: the SDK keeps the shards it loaded per manifest URL.
let BASE = '';
let MANIFEST = '';
let folder = 0;

const record = provinceRecord;

const CRISIS_BSL = record('centre-prevention-suicide-bsl', 'Centre de prévention du suicide du Bas-Saint-Laurent', ['bas-saint-laurent'], { phones: [{ number: '418-555-0101', kind: 'crisis' }] });
const POPOTE = record('popote-kamouraska', 'Popote roulante du Kamouraska', ['kamouraska'], { locations: [{ address: { city: 'La Pocatière' }, lat: 47.37, lon: -70.03 }] });
const IMPOTS = record('clinique-impots-gatineau', 'Clinique d’impôts de Gatineau', ['gatineau'], { locations: [{ address: { city: 'Gatineau' }, lat: 45.48, lon: -75.7 }] });
const CLUB = record('club-aines-estrie', 'Club des aînés de l’Estrie', ['estrie'], { locations: [{ address: { city: 'Sherbrooke' }, lat: 45.4, lon: -71.89 }] });
const INFO_SOCIAL = record('info-social-811', 'Info-Social 811');

const SHARDS: Record<string, unknown[]> = {
  'bas-saint-laurent': [CRISIS_BSL, POPOTE, INFO_SOCIAL],
  outaouais: [IMPOTS, INFO_SOCIAL],
  estrie: [CLUB, INFO_SOCIAL],
};
const BBOX: Record<string, number[]> = { 'bas-saint-laurent': [47.3, -70.1, 48.9, -67.4], outaouais: [45.4, -76.5, 46.4, -75], estrie: [45, -72.3, 45.8, -70.9] };

/** The files of a split: each shard a feed, the manifest with their hashes. */
const publish = (shards: Record<string, unknown[]> = SHARDS) => publishProvince(shards, BBOX);

describe('loading a feed published as region shards', () => {
  let net: MockNetwork;
  let requests: string[];
  before(async () => {
    net = await startNetwork();
  });
  beforeEach(() => {
    BASE = `https://shards.example.org/bottin-${++folder}/`;
    MANIFEST = `${BASE}manifest.json`;
  });
  afterEach(() => net.reset());

  /** Serves the manifest and the shards, and notes every file asked for. */
  async function serve(published?: Awaited<ReturnType<typeof publish>>) {
    const { files, manifest } = published ?? (await publish());
    requests = [];
    net.use(
      http.get(MANIFEST, () => {
        requests.push('manifest.json');
        return HttpResponse.json(manifest);
      }),
      http.get(`${BASE}:file`, ({ params }) => {
        const file = String(params.file);
        requests.push(file);
        const text = files.get(file);
        return text === undefined ? new HttpResponse(null, { status: 404 }) : new HttpResponse(text, { headers: { 'content-type': 'application/json' } });
      }),
    );
    return { files, manifest };
  }

  it('loads only the Bas-Saint-Laurent shard for a Kamouraska resident, with its regional crisis centre and the province-wide line', async () => {
    await serve();
    const feed = await loadFeed(MANIFEST, { shards: { regions: ['kamouraska'] } });
    expect(requests).to.deep.equal(['manifest.json', 'bas-saint-laurent.json']);
    expect(feed.resources.map((r) => r.id)).to.have.members(['centre-prevention-suicide-bsl', 'popote-kamouraska', 'info-social-811']);
    // A search in Kamouraska or the Bas-Saint-Laurent needs nothing more; one in Gatineau, or the whole province, does.
    expect(feed.shards).to.deep.equal({ loaded: ['bas-saint-laurent'], regions: ['bas-saint-laurent', 'outaouais', 'estrie'], records: 5, covers: ['bas-saint-laurent', 'kamouraska', 'rimouski-neigette'] });
    const { items } = await createFinder(feed).search('', { filters: { regions: ['kamouraska'] } });
    expect(items.map((i) => i.resource.id)).to.include.members(['popote-kamouraska', 'centre-prevention-suicide-bsl', 'info-social-811']);
  });

  it('loads every shard for a search of the whole province, reports its progress, and lists the province-wide line once', async () => {
    await serve();
    const progress: ShardProgress[] = [];
    const feed = await loadFeed(MANIFEST, { onShardProgress: (p) => progress.push(p) });
    expect(requests.slice(1)).to.have.members(['bas-saint-laurent.json', 'outaouais.json', 'estrie.json']);
    expect(feed.resources.map((r) => r.id)).to.have.members(['centre-prevention-suicide-bsl', 'club-aines-estrie', 'clinique-impots-gatineau', 'info-social-811', 'popote-kamouraska']);
    expect(progress).to.deep.equal([0, 1, 2, 3].map((loaded) => ({ loaded, total: 3 })));
    const { items } = await createFinder(feed).search('811');
    expect(items.filter((i) => i.resource.id === 'info-social-811')).to.have.length(1);
  });

  it('fetches only the new shard when a Kamouraska resident widens the place to Gatineau', async () => {
    const published = await publish();
    await serve(published);
    await loadFeed(MANIFEST, { shards: { regions: ['kamouraska'] } });
    await serve(published);
    const wider = await loadFeed(MANIFEST, { shards: { regions: ['kamouraska', 'gatineau'] } });
    expect(requests).to.deep.equal(['manifest.json', 'outaouais.json']);
    expect(wider.resources.map((r) => r.id)).to.include.members(['popote-kamouraska', 'clinique-impots-gatineau']);
    expect(wider.resources.filter((r) => r.id === 'info-social-811')).to.have.length(1);
  });

  it('picks the shard around a resident who shares their position (near me in Gatineau)', async () => {
    await serve();
    const feed = await loadFeed(MANIFEST, { shards: { near: { lat: 45.47, lon: -75.72 } } });
    expect(requests).to.deep.equal(['manifest.json', 'outaouais.json']);
    expect(feed.resources.map((r) => r.id)).to.have.members(['clinique-impots-gatineau', 'info-social-811']);
  });

  it('brings the Estrie\'s services too to a Gatineau resident by its border, with near me and no place, and counts both shards while they load', async () => {
    // A fictional map where the Estrie's box starts 8 km east of the Outaouais'.
    await serve(await publishProvince(SHARDS, { ...BBOX, estrie: [45, -74.9, 45.8, -73.5] }));
    const first = await loadFeed(MANIFEST, { shards: { regions: ['gatineau'] } });
    const finder = shardedFinder(first, () => Promise.reject(new Error('the manifest is at hand: no reload')));
    const heard: ShardProgress[] = [];
    const { items } = await finder.search('', { near: { lat: 45.5, lon: -75.1 }, sort: 'distance', onShardProgress: (p) => heard.push(p) });
    expect(items.map((i) => i.resource.id)).to.have.members(['clinique-impots-gatineau', 'club-aines-estrie', 'info-social-811']);
    // The Bas-Saint-Laurent, far away, is not fetched; the Outaouais, already there, not twice.
    expect(requests).to.deep.equal(['manifest.json', 'outaouais.json', 'estrie.json']);
    expect(heard.at(-1)).to.deep.equal({ loaded: 2, total: 2 });
  });

  it('loads every shard for a place the manifest does not know, rather than hide services', async () => {
    await serve();
    const feed = await loadFeed(MANIFEST, { shards: { regions: ['nowhere'] } });
    expect(feed.resources).to.have.length(5);
  });

  it('refuses a shard that is not the one its manifest lists, in English and in French', async () => {
    const published = await publish();
    // Same size, one letter changed: only the SHA-256 can tell.
    published.files.set('outaouais.json', published.files.get('outaouais.json')!.replace('Gatineau"', 'Gatineaa"'));
    await serve(published);
    const error = await failure(loadFeed(MANIFEST, { shards: { regions: ['gatineau'] } }));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('shard-mismatch');
    expect((error as FeedError).message).to.contain('outaouais.json').and.to.contain('SHA-256');
    expect((error as FeedError).localizedMessage('fr')).to.contain('«\u00a0outaouais.json\u00a0»').and.to.contain('empreinte SHA-256');
  });

  it('applies max-bytes to each file, not to the shards together', async () => {
    const published = await publish();
    await serve(published);
    const largest = Math.max(...published.manifest.shards.map((s) => s.bytes), new TextEncoder().encode(JSON.stringify(published.manifest)).byteLength);
    const feed = await loadFeed(MANIFEST, { maxBytes: largest });
    expect(feed.resources).to.have.length(5);
    // Another folder: the shards loaded above stay in memory for the first.
    BASE = `${BASE}again/`;
    MANIFEST = `${BASE}manifest.json`;
    await serve(published);
    const error = await failure(loadFeed(MANIFEST, { maxBytes: largest - 1 }));
    expect((error as FeedError).code).to.equal('too-large');
  });

  it('still shows the Kamouraska services, marked as a saved copy, when the server fails later (lastGood)', async () => {
    // Node has no Cache API: a Map-backed localStorage stands in (Chromium uses its own).
    const g = globalThis as { caches?: unknown; localStorage?: unknown };
    const stand = !g.caches && !g.localStorage;
    if (stand) {
      const map = new Map<string, string>();
      g.localStorage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), key: (i: number) => [...map.keys()][i] ?? null, get length() { return map.size; }, clear: () => map.clear() };
    }
    try {
      await serve();
      await loadFeed(MANIFEST, { lastGood: true, shards: { regions: ['kamouraska'] } });
      net.reset();
      net.use(http.get(`${BASE}*`, () => new HttpResponse(null, { status: 503 })));
      // Other validation options: the shards kept in memory do not answer, so each shard's saved copy must (a page reloaded offline).
      const feed = await loadFeed(MANIFEST, { lastGood: true, maxStringLength: 5_000, shards: { regions: ['kamouraska'] } });
      expect(feed.stale?.error.code).to.equal('http');
      expect(feed.resources.map((r) => r.id)).to.have.members(['centre-prevention-suicide-bsl', 'popote-kamouraska', 'info-social-811']);
    } finally {
      await clearLastGood();
      if (stand) delete g.localStorage;
    }
  });

  it('through the engine a page uses, fetches the manifest first, then only the shards each search\'s places need', async () => {
    await serve();
    const channel = new MessageChannel();
    serveEngine(channel.port1);
    const client = connectEngine(channel.port2);
    try {
      await client.ready;
      const remote = await client.load(MANIFEST);
      // The header is there (crisis lines, regions for the filters), and the whole directory's count; no shard yet.
      expect(requests).to.deep.equal(['manifest.json']);
      expect(remote.feed.size).to.equal(5);
      expect(remote.feed.regions.map((r) => r.id)).to.include('kamouraska');
      const kamouraska = await remote.search('', { filters: { regions: ['kamouraska'] } });
      expect(kamouraska.items.map((i) => i.resource.id)).to.have.members(['popote-kamouraska', 'centre-prevention-suicide-bsl', 'info-social-811']);
      // The manifest read once: the shards come straight after it.
      expect(requests).to.deep.equal(['manifest.json', 'bas-saint-laurent.json']);
      // The resident looks in Gatineau too: one more shard, and Kamouraska's records are still there.
      const impots = await remote.search('impôts', { locale: 'fr', filters: { regions: ['gatineau'] } });
      expect(impots.items.map((i) => i.resource.id)).to.deep.equal(['clinique-impots-gatineau']);
      expect(requests.filter((r) => r.endsWith('.json') && r !== 'manifest.json')).to.deep.equal(['bas-saint-laurent.json', 'outaouais.json']);
      expect((await remote.get(['popote-kamouraska'])).map((r) => r.id)).to.deep.equal(['popote-kamouraska']);
      // Near me in Sherbrooke, with no place chosen: the Estrie's shard, around the resident.
      const near = await remote.search('', { near: { lat: 45.4, lon: -71.89 }, sort: 'distance' });
      expect(near.items[0]!.resource.id).to.equal('club-aines-estrie');
      expect(requests.at(-1)).to.equal('estrie.json');
      // A search of the whole province: nothing left to fetch, and the province-wide line once.
      const all = await remote.search('', { limit: 50 });
      expect(all.total).to.equal(5);
      expect(requests.filter((r) => r !== 'manifest.json')).to.deep.equal(['bas-saint-laurent.json', 'outaouais.json', 'estrie.json']);
    } finally {
      channel.port1.close();
      channel.port2.close();
    }
  });

  it('tells the page, through the engine, how far a search of the whole province is while the other shards load, and gives the results once they are all there', async () => {
    const { files } = await serve();
    // The Estrie's shard is held back until the test lets it go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    net.use(
      http.get(`${BASE}estrie.json`, async () => {
        requests.push('estrie.json');
        await held;
        return new HttpResponse(files.get('estrie.json'), { headers: { 'content-type': 'application/json' } });
      }),
    );
    const channel = new MessageChannel();
    serveEngine(channel.port1);
    const client = connectEngine(channel.port2);
    try {
      const remote = await client.load(MANIFEST);
      // Kamouraska's shard is there already: no progress for a search that needs nothing more.
      const quiet: ShardProgress[] = [];
      await remote.search('', { filters: { regions: ['kamouraska'] } });
      await remote.search('popote', { filters: { regions: ['kamouraska'] }, onShardProgress: (p) => quiet.push(p) });
      expect(quiet).to.deep.equal([]);
      // The resident removes the place: the whole province, three shards, one of them held.
      const progress: ShardProgress[] = [];
      let answered = false;
      const all = remote.search('', { limit: 50, onShardProgress: (p) => progress.push(p) }).then((results) => {
        answered = true;
        return results;
      });
      await until(() => progress.some((p) => p.loaded === 2));
      expect(progress.at(-1)).to.deep.equal({ loaded: 2, total: 3 });
      expect(answered).to.equal(false);
      // A second search (the resident types meanwhile) waits for the same shards, and hears where they are.
      const typed: ShardProgress[] = [];
      const club = remote.search('club', { onShardProgress: (p) => typed.push(p) });
      await until(() => typed.length > 0);
      expect(typed).to.deep.equal([{ loaded: 2, total: 3 }]);
      release();
      expect((await all).total).to.equal(5);
      expect(progress.at(-1)).to.deep.equal({ loaded: 3, total: 3 });
      expect((await club).items.map((i) => i.resource.id)).to.deep.equal(['club-aines-estrie']);
      expect(typed.at(-1)).to.deep.equal({ loaded: 3, total: 3 });
    } finally {
      release();
      channel.port1.close();
      channel.port2.close();
    }
  });

  it('through the engine, fails only the search whose shard could not be had: the next search of the whole province tries again and finds the Estrie', async () => {
    await serve();
    net.use(http.get(`${BASE}estrie.json`, () => new HttpResponse(null, { status: 404 }), { once: true }));
    const channel = new MessageChannel();
    serveEngine(channel.port1);
    const client = connectEngine(channel.port2);
    try {
      const remote = await client.load(MANIFEST);
      const failed = await remote.search('', { limit: 50 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed).to.be.instanceOf(FeedError);
      expect((failed as FeedError).code).to.equal('http');
      const { items } = await remote.search('club');
      expect(items.map((i) => i.resource.id)).to.deep.equal(['club-aines-estrie']);
    } finally {
      channel.port1.close();
      channel.port2.close();
    }
  });

  it('goes on loading, and tells the other waiting searches, when one search\'s progress callback throws', async () => {
    await serve();
    const first = await loadFeed(MANIFEST, { shards: { none: true } });
    const finder = shardedFinder(first, () => Promise.reject(new Error('the manifest is at hand: no reload')));
    const heard: ShardProgress[] = [];
    const [broken, fine] = await Promise.all([
      finder.search('', {
        onShardProgress: () => {
          throw new Error('a page bug');
        },
      }),
      finder.search('club', { onShardProgress: (p) => heard.push(p) }),
    ]);
    expect(broken.total).to.equal(5);
    expect(fine.items.map((i) => i.resource.id)).to.deep.equal(['club-aines-estrie']);
    expect(heard.at(-1)).to.deep.equal({ loaded: 3, total: 3 });
  });

  it('refuses a manifest that breaks the format, saying where', async () => {
    const published = await publish();
    const broken = { ...published.manifest, shards: [{ ...published.manifest.shards[0], file: '../secret.json' }] };
    await serve({ files: published.files, manifest: broken as typeof published.manifest });
    const error = await failure(loadFeed(MANIFEST));
    expect((error as FeedError).code).to.equal('format');
    expect((error as FeedError).message).to.contain('shards.0.file');
  });
});

/** Resolves once `condition` holds (messages between the page and the engine take a few turns). */
async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
