// A resident's saved services ("My list") over a directory published as
// region shards: the engine's `get` answers from the shards loaded so far,
// and, asked to look everywhere, loads the shards it has not read (which one
// holds an id cannot be known before) rather than say a saved service is gone.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import { connectEngine, FeedError, loadFeed, serveEngine, shardedFinder, type EngineClient, type ShardProgress } from '@repere/sdk';
import { SAVED_ACROSS_REGIONS } from './support/province.js';
import { serveShards, type ServedShards } from './support/serve-shards.js';

const { SHARDS } = SAVED_ACROSS_REGIONS;

// A folder per test: the SDK keeps the shards it loaded, per manifest address.
let folder = 0;
let BASE = '';

describe('a resident\'s saved services over region shards', () => {
  let net: MockNetwork;
  let served: ServedShards;
  let channel: MessageChannel;
  let client: EngineClient;
  before(async () => {
    net = await startNetwork();
  });
  beforeEach(async () => {
    BASE = `https://shards.example.org/saved-${++folder}/`;
    served = await serveShards(net, BASE, SHARDS);
    channel = new MessageChannel();
    serveEngine(channel.port1);
    client = connectEngine(channel.port2);
  });
  afterEach(() => {
    net.reset();
    channel.port1.close();
    channel.port2.close();
  });

  /** A Kamouraska resident's page: the manifest, then her region's shard for her first search. */
  async function kamouraskaPage() {
    const remote = await client.load(`${BASE}manifest.json`);
    await remote.search('', { filters: { regions: ['kamouraska'] } });
    return remote;
  }

  it('finds, only from the shards loaded, the Kamouraska services, and fetches nothing more for a plain get', async () => {
    const remote = await kamouraskaPage();
    const found = await remote.get(['banque-alimentaire-quebec', 'popote-kamouraska']);
    expect(found.map((r) => r.id)).to.deep.equal(['popote-kamouraska']);
    expect(served.fetched).to.deep.equal(['bas-saint-laurent.json']);
    // The page learns at load that the directory comes in shards, not all read.
    expect(remote.feed.shards?.regions).to.have.members(['bas-saint-laurent', 'capitale-nationale', 'estrie']);
  });

  it('finds the Québec food bank a Kamouraska resident saved, looking everywhere, and tells how far the other shards are, as a search of the whole province does', async () => {
    const remote = await kamouraskaPage();
    const progress: ShardProgress[] = [];
    const found = await remote.get(['banque-alimentaire-quebec', 'popote-kamouraska'], { everywhere: true, onShardProgress: (p) => progress.push(p) });
    expect(found.map((r) => r.name.fr ?? r.name.en)).to.deep.equal(['Banque alimentaire de Québec', 'Popote roulante du Kamouraska']);
    expect([...served.fetched].sort()).to.deep.equal(['bas-saint-laurent.json', 'capitale-nationale.json', 'estrie.json']);
    expect(progress.at(-1)).to.deep.equal({ loaded: 3, total: 3 });
  });

  it('fetches nothing when every saved service is in the shards loaded, even looking everywhere', async () => {
    const remote = await kamouraskaPage();
    const found = await remote.get(['popote-kamouraska', 'ligne-aines'], { everywhere: true });
    expect(found.map((r) => r.id)).to.deep.equal(['popote-kamouraska', 'ligne-aines']);
    expect(served.fetched).to.deep.equal(['bas-saint-laurent.json']);
  });

  it('leaves out, once every shard is read, a service no shard holds any more', async () => {
    const remote = await kamouraskaPage();
    const found = await remote.get(['service-ferme', 'banque-alimentaire-quebec'], { everywhere: true });
    expect(found.map((r) => r.id)).to.deep.equal(['banque-alimentaire-quebec']);
  });

  it('rejects with the shard\'s error, rather than answer without it, when a shard cannot be had; asked again, it loads it', async () => {
    const remote = await kamouraskaPage();
    net.use(http.get(`${BASE}capitale-nationale.json`, () => new HttpResponse(null, { status: 503 }), { once: true }));
    const failed = await remote.get(['banque-alimentaire-quebec'], { everywhere: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).to.be.instanceOf(FeedError);
    expect((failed as FeedError).code).to.equal('http');
    const found = await remote.get(['banque-alimentaire-quebec'], { everywhere: true });
    expect(found.map((r) => r.id)).to.deep.equal(['banque-alimentaire-quebec']);
  });

  it('in-thread, shardedFinder.getEverywhere loads the other shards only for an id it does not have', async () => {
    const first = await loadFeed(`${BASE}manifest.json`, { shards: { regions: ['kamouraska'] } });
    const finder = shardedFinder(first, () => Promise.reject(new Error('the manifest is at hand: no reload')));
    expect((await finder.getEverywhere(['popote-kamouraska'])).map((r) => r.id)).to.deep.equal(['popote-kamouraska']);
    expect(served.fetched).to.deep.equal(['bas-saint-laurent.json']);
    expect((await finder.getEverywhere(['club-aines-estrie'])).map((r) => r.id)).to.deep.equal(['club-aines-estrie']);
    expect(finder.get('banque-alimentaire-quebec')?.id).to.equal('banque-alimentaire-quebec');
  });
});
