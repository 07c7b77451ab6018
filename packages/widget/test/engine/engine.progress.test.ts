// The element's engine in a real Web Worker (engine.worker.ts), over a
// directory published as region shards: while a search of the whole province
// waits for the shards it needs, the page hears how many are ready, through
// the worker; the results come once the last one is there.
import { expect } from 'chai';
import { connectEngine, type ShardProgress } from '@repere/sdk';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { serveShards } from '../support/shards.js';
import { waitFor } from '../support/wait-for.js';
import { provinceRecord } from '../../../sdk/test/support/province.js';
import { startWorker } from '../../src/engine/engine-url.js';

const LIGNE = provinceRecord('ligne-aines', 'Ligne Aide Abus Aînés');
const SHARDS: Record<string, unknown[]> = {
  'bas-saint-laurent': [provinceRecord('popote-kamouraska', 'Popote roulante du Kamouraska', ['kamouraska']), LIGNE],
  outaouais: [provinceRecord('impots-gatineau', 'Clinique d’impôts de Gatineau', ['gatineau']), LIGNE],
  estrie: [provinceRecord('club-estrie', 'Club des aînés de l’Estrie', ['estrie']), LIGNE],
};

describe('the engine worker over region shards', () => {
  let net: MockNetwork;
  let worker: Worker | undefined;
  before(async () => {
    net = await startNetwork();
  });
  afterEach(() => {
    worker?.terminate();
    net.reset();
  });

  it('tells the page how many shards a search of the whole province has while it waits for them, then answers with every region', async () => {
    const base = 'https://bottin.example.org/engine-progress/';
    const served = await serveShards(net, base, SHARDS);
    const release = served.hold('estrie.json');
    worker = startWorker();
    const finder = await connectEngine(worker).load(`${base}manifest.json`);
    await finder.search('', { filters: { regions: ['kamouraska'] } });
    expect(served.fetched).to.deep.equal(['bas-saint-laurent.json']);

    const progress: ShardProgress[] = [];
    let answered = false;
    const all = finder.search('', { limit: 50, onShardProgress: (p) => progress.push(p) }).then((results) => ((answered = true), results));
    await waitFor('two of the three shards ready', () => progress.some((p) => p.loaded === 2));
    expect(progress[0]).to.deep.equal({ loaded: 0, total: 3 });
    expect(progress.at(-1)).to.deep.equal({ loaded: 2, total: 3 });
    expect(answered, 'no results while the Estrie is held').to.equal(false);

    release();
    const results = await all;
    expect(progress.at(-1)).to.deep.equal({ loaded: 3, total: 3 });
    expect(results.items.map((i) => i.resource.id)).to.have.members(['popote-kamouraska', 'impots-gatineau', 'club-estrie', 'ligne-aines']);
  });
});
