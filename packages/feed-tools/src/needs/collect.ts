/**
 * The reference needs collector (`repere needs collect`): a small HTTP server
 * that appends each valid batch, as one line of JSON, to an ndjson file.
 *
 * What it keeps is the batch and nothing else: no IP address, no header, no
 * time of arrival (the batch holds its day). Bodies larger than
 * `NEEDS_LIMITS.bytes`, not JSON, or not matching the batch schema are
 * refused. The rate limit counts batches per minute for everyone together,
 * so it never needs to know who sent what.
 */
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkNeedsBatch, NEEDS_LIMITS } from '@repere/sdk';

export interface CollectorOptions {
  /** The ndjson file batches are appended to. */
  readonly out: string;
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1 (put a TLS proxy in front); `0.0.0.0` to listen on every interface. */
  readonly host?: string;
  /** Batches accepted per minute, from everyone together. Default 600. */
  readonly perMinute?: number;
  /** Largest body, in bytes. Default `NEEDS_LIMITS.bytes`. */
  readonly maxBytes?: number;
  /** The clock the per-minute limit reads (tests). Default `Date.now`. */
  readonly now?: () => number;
}

export interface Collector {
  /** Where it listens, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Frozen defaults of {@link CollectorOptions}. */
export const COLLECTOR_DEFAULTS = Object.freeze({ port: 8080, host: '127.0.0.1', perMinute: 600, maxBytes: NEEDS_LIMITS.bytes });

// Any page may send (the endpoint is public by nature); nothing is readable back.
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' };

function reply(res: ServerResponse, status: number, reason?: string): void {
  res.writeHead(status, { ...CORS, 'cache-control': 'no-store', ...(reason ? { 'content-type': 'text/plain; charset=utf-8' } : {}) });
  res.end(reason);
}

/** The body, or `undefined` once it passed `max` bytes (the connection is then closed). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts a collector; resolves once it listens. */
export function startCollector(options: CollectorOptions): Promise<Collector> {
  const { out, port, host, perMinute, maxBytes } = { ...COLLECTOR_DEFAULTS, ...options };
  const clock = options.now ?? Date.now;
  let minute = 0;
  let count = 0;

  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') return reply(res, 204);
    if (req.method !== 'POST') return reply(res, 405, 'POST a needs batch');
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    // sendBeacon sends a string as text/plain (no CORS preflight); fetch may say application/json.
    if (type !== 'text/plain' && type !== 'application/json') return reply(res, 415, 'text/plain or application/json');
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      reply(res, 413, 'too large');
      req.resume();
      return;
    }
    const now = Math.floor(clock() / 60_000);
    if (now !== minute) [minute, count] = [now, 0];
    if (count >= perMinute) {
      req.resume();
      return reply(res, 429, 'too many batches this minute');
    }
    let body: Buffer | undefined;
    try {
      body = await readBody(req, maxBytes);
    } catch {
      return reply(res, 400, 'unreadable');
    }
    if (!body) return reply(res, 413, 'too large');
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      return reply(res, 400, 'not JSON');
    }
    const check = checkNeedsBatch(value);
    if (!check.ok) return reply(res, 422, `not a needs batch: ${check.path}`);
    count++;
    try {
      // One write of one line (O_APPEND): lines from concurrent batches never interleave.
      appendFileSync(out, `${JSON.stringify(check.batch)}\n`);
    } catch {
      return reply(res, 500, 'not stored');
    }
    reply(res, 204);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
