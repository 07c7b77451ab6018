// The mock network every package's tests share (only the network is mocked).
// msw in Node: request interception answers the feed requests. In the browser
// test run, web-test-runner.config.mjs serves network.browser.ts in its place.
import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';

export interface MockNetwork {
  use(...handlers: RequestHandler[]): void;
  reset(): void;
  stop(): Promise<void> | void;
}

let server: ReturnType<typeof setupServer> | undefined;

export async function startNetwork(): Promise<MockNetwork> {
  if (!server) {
    server = setupServer();
    server.listen({ onUnhandledRequest: 'bypass' });
  }
  const s = server;
  return { use: (...h) => s.use(...h), reset: () => s.resetHandlers(), stop: () => s.resetHandlers() };
}

/** A file of the repository, as text. */
export async function readRepoFile(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL(`../${path}`, import.meta.url), 'utf8');
}
