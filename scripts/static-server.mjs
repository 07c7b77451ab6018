// A tiny web server for the tests and scripts that open built files in
// Chromium as a site would serve them (scripts/pack.test.ts,
// packages/widget/test/embed.node.test.ts, scripts/screenshots.mjs).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * @typedef {{ body: string | Buffer, type?: string, headers?: Record<string, string> }} Answer
 */

/**
 * A file of `dir` at a URL path, or nothing (outside `dir`, missing, a folder).
 * @returns {Answer | undefined}
 */
export function fileIn(dir, pathname) {
  const root = normalize(dir);
  const file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

/**
 * Starts a server on a free port of 127.0.0.1; `answer` gives what each
 * request's URL gets (404 when it gives nothing).
 * @param {(url: URL) => Answer | undefined} answer
 * @returns {Promise<{ port: number, close(): Promise<void> }>}
 */
export async function startServer(answer) {
  const server = createServer((req, res) => {
    const found = answer(new URL(req.url ?? '/', 'http://server'));
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': found.type ?? 'text/html; charset=utf-8', ...found.headers }).end(found.body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
