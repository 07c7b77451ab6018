/**
 * `repere import hsds-api URL`: services read from an Open Referral HSDS 3.0
 * API, as its reference describes it: `GET /services?page=N&per_page=M&full=true`
 * answers a page (`contents`, `total_pages`, `last_page`), and
 * `modified_after` limits it to recent changes. A service listed without its
 * nested details is fetched whole from `/services/{id}`.
 *
 * Headers (an API key) go to the server and nowhere else: never into the
 * feed, the notes or an error message. Messages name the API by its origin
 * and path, without the query string, for the same reason.
 */
import { isRetryable, parseRetryAfter, retryDelay } from '@repere/sdk/internal';
import type { ImportOptions } from '../base.js';
import { Notes, ToolError } from '../notes.js';
import { finishImport, importContext, type HsdsImportResult, type ServiceToMap } from './assemble.js';
import { isObject, type HsdsObject } from './nested.js';

/** How the API is read; every field has a default in {@link API_DEFAULTS}. */
export interface ApiOptions {
  /** Only services modified on or after this date (`modified_after`). */
  readonly since?: string;
  /** Request headers, e.g. `{ 'X-Api-Key': '…' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Milliseconds to wait for one answer. */
  readonly timeoutMs: number;
  /** Further attempts after a network error, a timeout, HTTP 429 or 5xx. */
  readonly retries: number;
  /** The first wait between attempts, doubled each time (Retry-After is honoured). */
  readonly retryDelayMs: number;
  /** The longest wait between attempts. */
  readonly maxRetryDelayMs: number;
  /** Services asked per page. */
  readonly perPage: number;
  /** The most pages read: an API that never says it is done stops here. */
  readonly maxPages: number;
}

/** The defaults of {@link ApiOptions}. */
export const API_DEFAULTS: Readonly<ApiOptions> = Object.freeze({
  timeoutMs: 30_000,
  retries: 3,
  retryDelayMs: 1_000,
  maxRetryDelayMs: 30_000,
  perPage: 100,
  maxPages: 10_000,
});

/** The nested parts a full service has; a service with none of them was listed in short. */
const NESTED = ['phones', 'schedules', 'service_at_locations', 'organization', 'attributes'];

/** One failed attempt, in the shape the SDK's retry rules read. */
class AttemptError extends Error {
  constructor(
    readonly code: 'network' | 'timeout' | 'http',
    readonly detail: string,
    readonly status?: number,
    readonly params: { retryAfterMs?: number } = {},
  ) {
    super(detail);
  }
}

/** The API's address as messages show it: no query string, no credentials. */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** The `/services` endpoint of an API root, or the endpoint itself when given. */
export function servicesEndpoint(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ToolError('hsds-api-bad-url', { value });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ToolError('hsds-api-bad-url', { value });
  if (!/\/services\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/+$/, '')}/services`;
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

async function attempt(url: URL, options: ApiOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new AttemptError('timeout', `${Math.round(options.timeoutMs / 1000)} s`);
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new AttemptError('network', cause?.code ?? (error as Error).message);
  }
  if (!response.ok) {
    // Released without waiting: an interceptor in the way (msw in tests, a proxy) may never settle it.
    response.body?.cancel().catch(() => undefined);
    throw new AttemptError('http', `HTTP ${response.status}`, response.status, { retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    throw new AttemptError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', (error as Error).message);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ToolError('hsds-api-not-hsds', { url: shown(url), detail: `not JSON: ${JSON.stringify(text.slice(0, 40))}` });
  }
}

/** GETs JSON, retrying what may succeed later; throws a {@link ToolError} once it gives up. */
async function getJson(url: URL, options: ApiOptions): Promise<unknown> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(url, options);
    } catch (error) {
      if (!(error instanceof AttemptError)) throw error;
      if (isRetryable(error) && tries <= options.retries) {
        await new Promise((resolve) => setTimeout(resolve, retryDelay(tries, error, options)));
        continue;
      }
      const where = { url: shown(url), attempts: tries };
      if (error.code === 'http') throw new ToolError('hsds-api-http', { ...where, status: error.status, hint: error.status === 401 || error.status === 403 ? 'key' : '' });
      if (error.code === 'timeout') throw new ToolError('hsds-api-timeout', { ...where, detail: error.detail });
      throw new ToolError('hsds-api-network', { ...where, detail: error.detail });
    }
  }
}

/**
 * Reads every service of an HSDS 3.0 API, page by page. Throws
 * {@link ToolError} when the API cannot be reached or does not answer pages
 * of services.
 */
export async function fetchHsdsServices(
  value: string,
  given: Partial<ApiOptions> = {},
): Promise<{ services: { service: HsdsObject; page: number }[]; pages: number; repeated?: number }> {
  const options = { ...API_DEFAULTS, ...given };
  const endpoint = servicesEndpoint(value);
  const services: { service: HsdsObject; page: number }[] = [];
  const seen = new Set<unknown>();
  let page = 1;
  for (; page <= options.maxPages; page++) {
    const url = new URL(endpoint);
    url.searchParams.set('page', String(page));
    url.searchParams.set('per_page', String(options.perPage));
    url.searchParams.set('full', 'true');
    if (options.since) url.searchParams.set('modified_after', options.since);
    const answer = await getJson(url, options);
    if (!isObject(answer) || !Array.isArray(answer.contents)) {
      throw new ToolError('hsds-api-not-hsds', { url: shown(url), detail: isObject(answer) ? 'no "contents" list' : Array.isArray(answer) ? 'a list, not a page' : 'not a JSON object' });
    }
    // A server that ignores `page` and never says how many there are would
    // answer the same page forever: a page of nothing new ends the reading.
    const ids = answer.contents.map((item) => (isObject(item) ? item.id : undefined));
    if (page > 1 && ids.length > 0 && ids.every((id) => id !== undefined && seen.has(id))) return { services, pages: page - 1, repeated: page };
    for (const id of ids) seen.add(id);
    for (const item of answer.contents) {
      if (!isObject(item)) continue;
      let service = item;
      if (typeof item.id === 'string' && !NESTED.some((key) => key in item)) {
        const full = await getJson(new URL(`${endpoint.pathname}/${encodeURIComponent(item.id)}`, endpoint), options);
        if (isObject(full)) service = full;
      }
      services.push({ service, page });
    }
    const total = typeof answer.total_pages === 'number' ? answer.total_pages : undefined;
    if (answer.contents.length === 0 || answer.last_page === true || (total !== undefined && page >= total)) break;
  }
  return { services, pages: Math.min(page, options.maxPages) };
}

/**
 * Imports the services of an HSDS 3.0 API as a feed. Each note on a service
 * names the page it came from (`/services?page=2`).
 */
export async function importHsdsApi(value: string, options: ImportOptions & Partial<ApiOptions> = {}): Promise<HsdsImportResult> {
  const { services, repeated } = await fetchHsdsServices(value, options);
  const notes = new Notes();
  if (repeated !== undefined) notes.warning('hsds-api-repeated-page', { page: repeated });
  const endpoint = servicesEndpoint(value);
  const toMap: ServiceToMap[] = services.map(({ service, page }) => ({ service, at: { file: `/services?page=${page}` } }));
  return finishImport(importContext(options, notes), options, endpoint.hostname, toMap, [], []);
}
