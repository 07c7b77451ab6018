// What an embed.html address may set, and the messages between the iframe and
// its host: the rules, without a browser (embed.node.test.ts drives them in Chromium).
import { expect } from 'chai';
import { readEmbedSettings } from '../src/embed/settings.js';
import { HELLO_MESSAGE, isHello, readOrigin, readSizeMessage, SIZE_MESSAGE } from '../src/embed/protocol.js';

const EMBED = 'https://finder.example.org/repere/embed.html';

describe('embed.html settings from its address', () => {
  it('passes the finder settings a CMS webmaster writes, and the feed on its own origin', () => {
    const s = readEmbedSettings(`${EMBED}?feed=/data/feed.json&lang=fr&region=kamouraska&compact&quick-exit=https://meteo.example.org/&parent=https://ville.example.org`);
    expect(s.feed).to.equal('https://finder.example.org/data/feed.json');
    expect(s.refused).to.equal(undefined);
    expect(s.attributes).to.deep.equal([['lang', 'fr'], ['region', 'kamouraska'], ['compact', ''], ['quick-exit', 'https://meteo.example.org/']]);
    expect(s.parent).to.equal('https://ville.example.org');
  });

  it('reads a feed relative to the embed page', () => {
    expect(readEmbedSettings(`${EMBED}?feed=feed.json`).feed).to.equal('https://finder.example.org/repere/feed.json');
  });

  it('refuses a feed that is not an http(s) address', () => {
    for (const feed of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'https://user:pw@finder.example.org/feed.json', 'blob:https://finder.example.org/1']) {
      const s = readEmbedSettings(`${EMBED}?feed=${encodeURIComponent(feed)}`);
      expect(s.feed, feed).to.equal(undefined);
      expect(s.refused, feed).to.equal('not-web');
    }
  });

  it('refuses a feed on another origin unless the page lists it, so that its address cannot put anyone’s directory under the site’s name', () => {
    const url = `${EMBED}?feed=${encodeURIComponent('https://data.example.net/feed.json')}`;
    expect(readEmbedSettings(url).refused).to.equal('origin');
    expect(readEmbedSettings(url, ['https://other.example.com']).refused).to.equal('origin');
    expect(readEmbedSettings(url, ['https://data.example.net/']).feed).to.equal('https://data.example.net/feed.json');
    expect(readEmbedSettings(url, ['*']).feed).to.equal('https://data.example.net/feed.json');
  });

  it('says when no feed is given', () => {
    expect(readEmbedSettings(`${EMBED}?lang=en`).refused).to.equal('missing');
    expect(readEmbedSettings(`${EMBED}?feed=%20`).refused).to.equal('missing');
  });

  it('never lets the address turn on sync-url, needs-endpoint or directions', () => {
    const s = readEmbedSettings(`${EMBED}?feed=f.json&sync-url&needs-endpoint=https://evil.example/n&directions=https://evil.example/{lat}`);
    expect(s.attributes).to.deep.equal([]);
  });

  it('posts its size to no one without a parent origin, or with one that is not exactly an origin', () => {
    for (const parent of ['', '*', 'https://ville.example.org/page', 'javascript:alert(1)', 'ville.example.org']) {
      expect(readEmbedSettings(`${EMBED}?feed=f.json&parent=${encodeURIComponent(parent)}`).parent, parent).to.equal(undefined);
    }
  });
});

describe('embed messages', () => {
  it('reads a size message with a usable height, and nothing else', () => {
    expect(readSizeMessage({ type: SIZE_MESSAGE, height: 812.4 })).to.deep.equal({ type: SIZE_MESSAGE, height: 813 });
    for (const data of [null, 'repere:size', { type: SIZE_MESSAGE }, { type: SIZE_MESSAGE, height: '800' }, { type: SIZE_MESSAGE, height: -1 }, { type: SIZE_MESSAGE, height: Infinity }, { type: SIZE_MESSAGE, height: 1e9 }, { type: 'other', height: 10 }]) {
      expect(readSizeMessage(data), JSON.stringify(data)).to.equal(undefined);
    }
  });

  it('knows the host’s greeting', () => {
    expect(isHello({ type: HELLO_MESSAGE })).to.equal(true);
    expect(isHello({ type: SIZE_MESSAGE })).to.equal(false);
    expect(isHello(null)).to.equal(false);
  });

  it('reads an origin as the browser writes it', () => {
    expect(readOrigin('https://Ville.Example.org/')).to.equal('https://ville.example.org');
    expect(readOrigin('http://localhost:8080')).to.equal('http://localhost:8080');
    expect(readOrigin('https://ville.example.org:443')).to.equal(undefined);
    expect(readOrigin('ftp://ville.example.org')).to.equal(undefined);
    expect(readOrigin(undefined)).to.equal(undefined);
  });
});
