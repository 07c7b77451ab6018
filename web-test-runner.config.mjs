// Browser tests: every package's *.test.ts that is not Node-only, in Debian's
// headless Chromium. No test tool may download a browser here, so the launcher
// is pointed at the system one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

const trustLog = [];
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: '.',
  files: [
    'packages/sdk/test/**/*.test.ts',
    'packages/widget/{src,test}/**/*.test.ts',
    'examples/**/*.test.ts',
    '!**/*.node.test.ts',
    '!**/node_modules/**',
  ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  middleware: [
    // msw's install script does not run under npm 11, so its service worker is
    // served straight from the package, at the root so that its scope covers
    // every test page.
    function mockServiceWorker(ctx, next) {
      if (ctx.url.split('?')[0] === '/mockServiceWorker.js') {
        ctx.url = '/node_modules/msw/lib/mockServiceWorker.js';
      }
      return next();
    },
    // For packages/widget/src/finder/finder.trust-pages.test.ts: a feed whose
    // requests are logged as the server received them (Cookie, Referer,
    // Origin), served with no CORS header, and the log (read once, then cleared).
    function trustFeedLog(ctx, next) {
      const path = ctx.url.split('?')[0];
      if (path === '/__repere-trust/feed.json') {
        trustLog.push({ cookie: ctx.get('cookie') || null, referer: ctx.get('referer') || null, origin: ctx.get('origin') || null, host: ctx.get('host') });
        ctx.type = 'application/json';
        ctx.body = readFileSync('packages/widget/test/pages/hostile-feed.json', 'utf8');
        return undefined;
      }
      if (path === '/__repere-trust/log') {
        ctx.set('cache-control', 'no-store');
        ctx.body = JSON.stringify(trustLog.splice(0));
        ctx.type = 'application/json';
        return undefined;
      }
      return next();
    },
  ],
  reporters: [defaultReporter(), countingReporter()],
};
