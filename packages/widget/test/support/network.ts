// msw in the browser: a service worker answers the feed requests (the same
// pattern as packages/sdk/test/support/network.browser.ts).
import { setupWorker, type RequestHandler } from 'msw/browser';

export interface MockNetwork {
  use(...handlers: RequestHandler[]): void;
  reset(): void;
}

let worker: ReturnType<typeof setupWorker> | undefined;

export async function startNetwork(): Promise<MockNetwork> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  const w = worker;
  return { use: (...h) => w.use(...h), reset: () => w.resetHandlers() };
}
