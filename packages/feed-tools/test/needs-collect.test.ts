// The reference needs collector: it keeps valid batches and nothing else.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCollector, type Collector } from '../src/needs/collect.js';
import { run, tempDir } from './helpers.js';

const batch = {
  format: 'repere-needs',
  version: 1,
  day: '2026-12-07',
  searches: [{ lang: 'fr', regions: ['kamouraska'], categories: ['alimentation'], results: '1-5', distress: false, filters: ['region'] }],
};

describe('repere needs collect', () => {
  let collector: Collector;
  let out: string;
  let clock: number;
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' }) =>
    fetch(collector.url, { method: 'POST', body, headers });
  const lines = () => (existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean) : []);

  beforeEach(async () => {
    out = join(tempDir(), 'needs.ndjson');
    clock = Date.UTC(2026, 11, 7, 10, 0, 1);
    collector = await startCollector({ out, port: 0, host: '127.0.0.1', perMinute: 5, now: () => clock });
  });
  afterEach(() => collector.close());

  it('appends a batch sent as sendBeacon sends it, and only the batch: no IP address, header or time', async () => {
    const res = await post(JSON.stringify(batch), {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': 'Mozilla/5.0 (Resident phone)',
      cookie: 'session=abc123',
      'x-forwarded-for': '203.0.113.9',
      referer: 'https://city.example.org/aide?q=Jean',
    });
    expect(res.status).to.equal(204);
    expect(res.headers.get('access-control-allow-origin')).to.equal('*');
    expect(lines().map((l) => JSON.parse(l))).to.deep.equal([batch]);
    expect(readFileSync(out, 'utf8')).not.to.match(/127\.0\.0\.1|203\.0\.113|Mozilla|abc123|Jean|referer|T\d\d:/);
  });

  it('refuses bad batches, other types and oversized bodies, and writes nothing for them', async () => {
    const refused: [string, Record<string, string> | undefined, number][] = [
      ['not json', undefined, 400],
      [JSON.stringify({ ...batch, query: 'mon mari me bat à 12 rue des Érables' }), undefined, 422],
      [JSON.stringify({ ...batch, searches: [{ ...batch.searches[0], tokens: ['418-555-0199'] }] }), undefined, 422],
      [JSON.stringify({ ...batch, searches: [{ ...batch.searches[0], lat: 47.3, lon: -70 }] }), undefined, 422],
      [JSON.stringify(batch), { 'content-type': 'application/x-www-form-urlencoded' }, 415],
      [JSON.stringify({ ...batch, pad: 'x'.repeat(20_000) }), undefined, 413],
    ];
    for (const [body, headers, status] of refused) expect((await post(body, headers)).status, body.slice(0, 60)).to.equal(status);
    expect((await fetch(collector.url)).status).to.equal(405);
    expect(lines()).to.deep.equal([]);
  });

  it('accepts at most perMinute batches a minute, from everyone together', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(JSON.stringify(batch))).status);
    expect(statuses).to.deep.equal([204, 204, 204, 204, 204, 429, 429]);
    expect(lines()).to.have.length(5);
    clock += 60_000;
    expect((await post(JSON.stringify(batch))).status, 'the next minute').to.equal(204);
  });

  it('answers a CORS preflight, for a fetch with application/json', async () => {
    const res = await fetch(collector.url, { method: 'OPTIONS' });
    expect(res.status).to.equal(204);
    expect((await post(JSON.stringify(batch), { 'content-type': 'application/json' })).status).to.equal(204);
  });
});

describe('repere needs (usage)', () => {
  it('says what it takes, in English and French, with exit code 2', async () => {
    const unknown = await run('needs', 'export');
    expect(unknown.code).to.equal(2);
    expect(unknown.err).to.contain('"repere needs" takes "collect" or "report", not "export".');
    const noOut = await run('needs', 'collect', '--lang', 'fr');
    expect(noOut.code).to.equal(2);
    expect(noOut.err).to.contain('--out NEEDS.ndjson');
    const badPort = await run('needs', 'collect', '--out', 'x.ndjson', '--port', 'huit', '--lang', 'fr');
    expect(badPort.err).to.contain('--port prend un nombre entier, pas «\u00a0huit\u00a0».');
    expect((await run('help')).out).to.contain('repere needs report NEEDS.ndjson --feed FEED.json');
  });
});
