// The element's attributes as one load (feedLoad): what each attribute asks
// of the engine, read in one pure function.
import { expect } from 'chai';
import { FeedError } from '@repere/sdk';
import { DEFAULT_RETRIES, feedLoad } from '../../src/engine/load-options.js';

const FEED = 'https://ville.example.org/ressources.json';

describe('feedLoad: the attributes of <repere-finder> as load options', () => {
  it('keeps a saved copy of a feed from an address, and tries it again twice, by default', () => {
    expect(feedLoad({ feed: FEED })).to.deep.equal({ source: FEED, options: { retries: DEFAULT_RETRIES, lastGood: true } });
    expect(DEFAULT_RETRIES).to.equal(2);
  });

  it('forgets any saved copy with no-cache, in the same load (no separate request to the engine)', () => {
    expect(feedLoad({ feed: FEED, noCache: true }).options.lastGood).to.equal('forget');
  });

  it('prefers feed-data to feed', () => {
    const data = { version: '1' };
    expect(feedLoad({ feed: FEED, feedData: data }).source).to.equal(data);
  });

  it('passes retries as written, leaving the cap to the SDK; a value that is no count gives the default', () => {
    expect(feedLoad({ feed: FEED, retries: 0 }).options.retries).to.equal(0);
    expect(feedLoad({ feed: FEED, retries: 9 }).options.retries, 'the SDK caps it at MAX_RETRIES').to.equal(9);
    for (const bad of [Number.NaN, -1, Infinity]) expect(feedLoad({ feed: FEED, retries: bad }).options.retries, String(bad)).to.equal(DEFAULT_RETRIES);
  });

  it('passes timeout and max-bytes only when they are positive numbers', () => {
    expect(feedLoad({ feed: FEED, timeout: 3000, maxBytes: 5e6 }).options).to.include({ timeoutMs: 3000, maxBytes: 5e6 });
    for (const bad of [0, -5, Number.NaN, undefined]) {
      const { options } = feedLoad({ feed: FEED, timeout: bad, maxBytes: bad });
      expect(options, String(bad)).to.not.have.any.keys('timeoutMs', 'maxBytes');
    }
  });

  it('refuses a finder with no feed with an invalid-source FeedError, worded in English and French', () => {
    for (const attributes of [{}, { feed: '' }]) {
      let error: unknown;
      try {
        feedLoad(attributes);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).code).to.equal('invalid-source');
      expect((error as FeedError).localizedMessage('fr')).to.equal('La source du flux doit être une URL ou un objet de flux.');
    }
  });
});
