import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { importHsdsApi, servicesEndpoint } from '../src/hsds/api.js';
import { ToolError } from '../src/notes.js';
import { hsdsFixtures, run, tempDir } from './helpers.js';

const KEY = 'secret-key-555-0100';
const template = JSON.parse(readFileSync(join(hsdsFixtures, 'service_full.json'), 'utf8'));
/** Five services, modified a month apart, built on the synthetic full service. */
const SERVICES = [1, 2, 3, 4, 5].map((n) => ({ ...template, id: `svc-${n}`, name: `Service ${n}`, last_modified: `2026-0${n}-15T12:00:00Z` }));

/**
 * A small HSDS 3.0 API as its reference describes it: GET /services pages
 * (page, per_page, modified_after, full) and GET /services/{id}. `mode`
 * changes one behaviour per test.
 */
interface Api {
  url: string;
  requests: { url: string; key: string | undefined }[];
  mode: 'normal' | 'short-list' | 'flaky' | 'html' | 'list' | 'silent' | 'no-paging';
  close(): Promise<void>;
}

async function startApi(): Promise<Api> {
  const api = { requests: [], mode: 'normal' } as unknown as Api;
  let failures = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url!, 'http://localhost');
    api.requests.push({ url: `${url.pathname}${url.search}`, key: req.headers['x-api-key'] as string | undefined });
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (api.mode === 'silent') return; // never answers
    if (req.headers['x-api-key'] !== KEY) return send(401, { error: 'unauthorized' });
    if (api.mode === 'html') return send(200, '<html><body>Welcome</body></html>', 'text/html');
    if (api.mode === 'flaky' && failures++ < 2) return send(503, { error: 'busy' });
    const one = /^\/hsds\/services\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const service = SERVICES.find((s) => s.id === decodeURIComponent(one[1]!));
      return service ? send(200, service) : send(404, { error: 'not found' });
    }
    if (url.pathname !== '/hsds/services') return send(404, { error: 'not found' });
    const since = url.searchParams.get('modified_after');
    const matching = SERVICES.filter((s) => !since || s.last_modified >= since);
    if (api.mode === 'list') return send(200, matching);
    if (api.mode === 'no-paging') return send(200, { contents: matching });
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    const totalPages = Math.max(1, Math.ceil(matching.length / perPage));
    const contents = matching.slice((page - 1) * perPage, page * perPage);
    const full = url.searchParams.get('full') === 'true' && api.mode !== 'short-list';
    send(200, {
      total_items: matching.length, total_pages: totalPages, page_number: page, size: contents.length,
      first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0,
      contents: full ? contents : contents.map(({ id, name, description }) => ({ id, name, description })),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hsds`;
  api.close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return api;
}

const FAST = { retryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 };

describe('repere import hsds-api', () => {
  let api: Api;
  beforeEach(async () => {
    api = await startApi();
  });
  afterEach(() => api.close());

  it('pages through /services with full records and the key, and writes a feed without the key', async () => {
    const headers = { 'X-Api-Key': KEY };
    const result = await importHsdsApi(api.url, { headers, perPage: 2, ...FAST });
    expect(result.feed.resources.map((r) => r.id)).to.deep.equal(['svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-5']);
    expect(api.requests.map((r) => r.url)).to.deep.equal([
      '/hsds/services?page=1&per_page=2&full=true',
      '/hsds/services?page=2&per_page=2&full=true',
      '/hsds/services?page=3&per_page=2&full=true',
    ]);
    expect(api.requests.every((r) => r.key === KEY)).to.equal(true);
    // Full records: phones, hours and places came through.
    expect(result.feed.resources[0]!.phones).to.deep.equal([{ number: '+1 418-555-0142 ext. 12', kind: 'voice', label: { en: 'Reception' } }]);
    expect(result.feed.resources[0]!.hours).to.deep.equal([{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }]);
  });

  it('asks only for what changed with --since, and never prints or writes the key', async () => {
    const output = join(tempDir(), 'feed.json');
    const { code, out, err } = await run('import', 'hsds-api', api.url, '-o', output, '--since', '2026-04-01', '--header', `X-Api-Key: ${KEY}`);
    expect(code).to.equal(0);
    expect(api.requests.map((r) => r.url)).to.deep.equal(['/hsds/services?page=1&per_page=100&full=true&modified_after=2026-04-01']);
    const written = readFileSync(output, 'utf8');
    expect(JSON.parse(written).resources.map((r: { id: string }) => r.id)).to.deep.equal(['svc-4', 'svc-5']);
    for (const text of [written, out, err]) expect(text).to.not.include(KEY);
  });

  it('fetches each service whole when the list gives only short records', async () => {
    api.mode = 'short-list';
    const result = await importHsdsApi(`${api.url}/services`, { headers: { 'X-Api-Key': KEY }, ...FAST });
    expect(result.feed.resources).to.have.length(5);
    expect(result.feed.resources[4]!.phones).to.have.length(1);
    expect(api.requests.map((r) => r.url).slice(0, 3)).to.deep.equal(['/hsds/services?page=1&per_page=100&full=true', '/hsds/services/svc-1', '/hsds/services/svc-2']);
  });

  it('stops, and says so, when the API answers the same page whatever page is asked', async () => {
    api.mode = 'no-paging';
    const result = await importHsdsApi(api.url, { headers: { 'X-Api-Key': KEY }, ...FAST });
    expect(result.imported).to.equal(5);
    expect(result.rejected).to.equal(0);
    expect(api.requests).to.have.length(2);
    expect(result.notes.map((n) => [n.code, n.params.page])).to.deep.include(['hsds-api-repeated-page', 2]);
  });

  it('retries a busy server, then succeeds', async () => {
    api.mode = 'flaky';
    const result = await importHsdsApi(api.url, { headers: { 'X-Api-Key': KEY }, ...FAST });
    expect(result.imported).to.equal(5);
    expect(api.requests).to.have.length(3);
  });

  it('says in English and French that a key may be needed, without retrying a 401', async () => {
    const output = join(tempDir(), 'feed.json');
    const en = await run('import', 'hsds-api', api.url, '-o', output);
    expect(en.code).to.equal(2);
    expect(en.err).to.equal(`The HSDS API answered HTTP 401 for ${api.url}/services (1 attempt(s)); it may need a key: --header "Name: value". Nothing was imported.\n`);
    const fr = await run('import', 'hsds-api', api.url, '-o', output, '--lang', 'fr');
    expect(fr.err).to.equal(`L’API HSDS a répondu HTTP 401 pour ${api.url}/services (1 tentative(s))\u00a0; elle demande peut-être une clé\u00a0: --header «\u00a0Nom: valeur\u00a0». Rien n’a été importé.\n`);
    expect(existsSync(output)).to.equal(false);
    expect(api.requests).to.have.length(2);
  });

  it('refuses an answer that is not HSDS: a web page, a bare list', async () => {
    for (const [mode, detail] of [['html', 'not JSON'], ['list', 'a list, not a page']] as const) {
      api.mode = mode;
      const error = await importHsdsApi(api.url, { headers: { 'X-Api-Key': KEY }, ...FAST }).then(() => undefined, (e: unknown) => e);
      expect(error, mode).to.be.instanceOf(ToolError);
      expect((error as ToolError).code).to.equal('hsds-api-not-hsds');
      expect((error as ToolError).localizedMessage('en')).to.include(detail);
      expect((error as ToolError).localizedMessage('fr')).to.match(/ne répond pas comme une API HSDS 3\.0/);
    }
  });

  it('gives up on a silent server after the timeout and the retries', async () => {
    api.mode = 'silent';
    const error = await importHsdsApi(api.url, { timeoutMs: 100, retries: 1, retryDelayMs: 5 }).then(() => undefined, (e: unknown) => e);
    expect((error as ToolError).code).to.equal('hsds-api-timeout');
    expect(api.requests).to.have.length(2);
    expect((error as ToolError).localizedMessage('en')).to.include('(2 attempt(s))');
  });

  it('reports an unreachable API, a bad address, a bad --since and a bad --header', async () => {
    await api.close();
    const error = await importHsdsApi(api.url, { retries: 0 }).then(() => undefined, (e: unknown) => e);
    expect((error as ToolError).code).to.equal('hsds-api-network');
    expect(() => servicesEndpoint('ftp://example.org/hsds')).to.throw(ToolError);
    expect(servicesEndpoint('https://example.org/hsds/').href).to.equal('https://example.org/hsds/services');
    const since = await run('import', 'hsds-api', 'https://example.org', '-o', 'x.json', '--since', 'yesterday');
    expect([since.code, since.err]).to.deep.equal([2, '--since takes a date (2026-01-31) or a date and time (2026-01-31T12:00:00Z), not "yesterday".\n']);
    const header = await run('import', 'hsds-api', 'https://example.org', '-o', 'x.json', '--header', `X-Api-Key ${KEY}`);
    expect(header.code).to.equal(2);
    expect(header.err).to.equal('--header takes "Name: value" (for example --header "X-Api-Key: …"); "X-Api-Key…" is not.\n');
    expect(header.err).to.not.include(KEY);
  });
});
