import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork } from '#network';
import { loadFeed } from '@repere/sdk';

describe('smoke', () => {
  it('loads a feed through msw', async () => {
    const net = await startNetwork();
    net.use(http.get('https://feeds.example.org/f.json', () => HttpResponse.json({ format: 'repere-feed', version: 1, title: 't', defaultLocale: 'fr', timezone: 'America/Toronto', categories: [{ id: 'c', name: 'C' }], resources: [{ id: 'r', name: 'R', categories: ['c'] }] })));
    const feed = await loadFeed('https://feeds.example.org/f.json');
    expect(feed.resources.map((r) => r.id)).to.deep.equal(['r']);
  });
});
