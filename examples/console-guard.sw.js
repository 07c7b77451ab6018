// Test support (examples/examples.test.ts), never used by the example pages:
// a service worker that, for an iframe navigation under /examples/ whose URL
// carries `?console-guard`, serves the page's real HTML with one script tag
// added as the first thing in <head>: /examples/test-support/console-guard.js,
// which records every error from the page's very first script on. It lives at
// /examples/ so that its scope covers every example.
const GUARD = '<script src="/examples/test-support/console-guard.js"></script>';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.mode !== 'navigate') return;
  const url = new URL(request.url);
  if (!url.searchParams.has('console-guard')) return;
  event.respondWith(
    (async () => {
      const page = new URL(url);
      page.searchParams.delete('console-guard');
      const response = await fetch(page, { cache: 'no-store', credentials: 'same-origin' });
      const html = await response.text();
      const guarded = /<head(\s[^>]*)?>/i.test(html) ? html.replace(/<head(\s[^>]*)?>/i, (tag) => tag + GUARD) : GUARD + html;
      return new Response(guarded, {
        status: response.status,
        statusText: response.statusText,
        headers: { 'content-type': 'text/html; charset=utf-8', 'x-console-guard': '1' },
      });
    })(),
  );
});
