// msw in the browser: a service worker answers the feed requests (the twin of
// network.ts, which the Node test run uses).
import { setupWorker, type RequestHandler } from 'msw/browser';

export interface MockNetwork {
  use(...handlers: RequestHandler[]): void;
  reset(): void;
  stop(): Promise<void> | void;
}

let worker: ReturnType<typeof setupWorker> | undefined;

export async function startNetwork(): Promise<MockNetwork> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  const w = worker;
  return { use: (...h) => w.use(...h), reset: () => w.resetHandlers(), stop: () => w.resetHandlers() };
}

/** A file of the repository, as text (served by the test runner). */
export async function readRepoFile(path: string): Promise<string> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`cannot read ${path}: ${response.status}`);
  return response.text();
}
