// A real WordPress for the plugin's tests, started offline from Debian's
// packages: MariaDB on a private socket in a temporary data directory (no TCP
// port), a copy of /usr/share/wordpress with its own wp-config.php, PHP's
// built-in server on a free 127.0.0.1 port. setup-site.php installs the site
// with WordPress's own wp_install(), and the plugin from
// packages/wordpress/dist/repere.zip with its Plugin_Upgrader, as "Upload
// Plugin" does. stop() ends both servers and removes every temporary file,
// whatever happened before.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../../..');
export const PLUGIN_ZIP = join(ROOT, 'packages/wordpress/dist/repere.zip');
const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';

/** The first thing a WordPress test needs that this machine lacks ("PHP (Debian: …)"), or undefined. */
export function missingRequirement(): string | undefined {
  const found = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  if (!found('php')) return 'PHP (Debian: apt-get install php-cli php-mysql)';
  if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) return "PHP's mysqli extension (Debian: php-mysql)";
  if (!found('mariadbd') && !existsSync('/usr/sbin/mariadbd')) return 'MariaDB (Debian: mariadb-server)';
  if (!found('mariadb-install-db')) return 'mariadb-install-db (Debian: mariadb-server)';
  if (!existsSync(join(WORDPRESS, 'wp-load.php'))) return `WordPress in ${WORDPRESS} (Debian: wordpress)`;
  if (!existsSync(join(WORDPRESS, 'wp-content/themes', THEME))) return `the ${THEME} theme (Debian: wordpress-theme-${THEME})`;
  return undefined;
}

export interface Site {
  url: string;
  /** The pages and users setup-site.php made. */
  setup: { pages: Record<string, number>; users: Record<string, { login: string; password: string }> };
  /** PHP errors, warnings and notices WordPress logged (WP_DEBUG_LOG). */
  debugLog(): string;
  /** Runs PHP code inside WordPress (after wp-load.php) and returns what it printed. */
  php(code: string): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

async function until<T>(what: string, ms: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Signals a server started with `detached` and every process of its group (PHP's workers). */
function signal(child: ChildProcess | undefined, name: NodeJS.Signals): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    signal(child, 'SIGKILL');
    return Promise.resolve();
  }
  return new Promise((done) => {
    const timer = setTimeout(() => signal(child, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      signal(child, 'SIGKILL');
      done();
    });
    signal(child, 'SIGTERM');
  });
}

/**
 * Starts the site. `feed` is written to wp-content/uploads/repere/feed.json,
 * so that the finder's only request stays on the site.
 */
export async function startSite(feed: string): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'repere-wp-'));
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  let db: ChildProcess | undefined;
  let web: ChildProcess | undefined;
  let webLog = '';
  const stop = async () => {
    await Promise.all([stopProcess(web), stopProcess(db)]);
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that ends early, or is stopped with Ctrl+C or a kill, still
  // ends the servers it started (in process groups of their own, so that
  // PHP's workers go too, they would not get the terminal's signal) and
  // removes their files.
  const onExit = () => {
    signal(web, 'SIGKILL');
    signal(db, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (name: NodeJS.Signals) => {
    onExit();
    process.exit(name === 'SIGINT' ? 130 : 143);
  };
  const listen = (on: boolean) => {
    for (const name of ['SIGINT', 'SIGTERM'] as const) {
      if (on) process.once(name, onSignal);
      else process.off(name, onSignal);
    }
    if (on) process.once('exit', onExit);
    else process.off('exit', onExit);
  };
  listen(true);
  try {
    // MariaDB, private to this run.
    const datadir = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const install = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
    const mariadbd = existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd';
    db = spawn(
      mariadbd,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        '--skip-networking',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
        `--log-error=${join(dir, 'mariadb.err')}`,
        ...asRoot,
      ],
      { stdio: 'ignore', detached: true },
    );
    await until('MariaDB to accept connections', 30_000, () => {
      if (db!.exitCode !== null) throw new Error(`MariaDB stopped:\n${readFileSync(join(dir, 'mariadb.err'), 'utf8')}`);
      const ping = spawnSync('php', ['-r', `$c = @mysqli_connect('localhost', 'root', '', '', 0, ${JSON.stringify(socket)}); if (!$c) exit(1); mysqli_query($c, 'CREATE DATABASE IF NOT EXISTS wordpress'); exit(0);`]);
      return ping.status === 0 ? true : undefined;
    });

    // WordPress: Debian's files, this run's configuration and content.
    const www = join(dir, 'www');
    cpSync(WORDPRESS, www, { recursive: true, dereference: true, filter: (src) => src !== join(WORDPRESS, 'wp-content') && src !== join(WORDPRESS, 'wp-config.php') });
    mkdirSync(join(www, 'wp-content/plugins'), { recursive: true });
    cpSync(join(WORDPRESS, 'wp-content/themes', THEME), join(www, 'wp-content/themes', THEME), { recursive: true, dereference: true });
    mkdirSync(join(www, 'wp-content/uploads/repere'), { recursive: true });
    writeFileSync(join(www, 'wp-content/uploads/repere/feed.json'), feed);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLogFile = join(dir, 'debug.log');
    writeFileSync(
      join(www, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${JSON.stringify(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as $k) define($k, ${JSON.stringify(Math.random().toString(36).repeat(4))} . $k);
define('WP_HOME', ${JSON.stringify(url)});
define('WP_SITEURL', ${JSON.stringify(url)});
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${JSON.stringify(debugLogFile)});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );

    const setup = spawnSync('php', [join(here, 'setup-site.php'), www, url, PLUGIN_ZIP], { encoding: 'utf8', timeout: 60_000 });
    if (setup.status !== 0) throw new Error(`WordPress setup failed:\n${setup.stdout}\n${setup.stderr}`);
    const result = JSON.parse(setup.stdout.slice(setup.stdout.indexOf('{')));

    // OPcache keeps WordPress's few hundred files compiled between requests.
    web = spawn('php', ['-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${port}`, '-t', www], {
      cwd: www,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    web.stderr!.on('data', (chunk) => {
      webLog = (webLog + chunk).slice(-20_000);
    });
    await until(`PHP's server on ${url}`, 15_000, async () => {
      if (web!.exitCode !== null) throw new Error(`PHP's server stopped:\n${webLog}`);
      try {
        return (await fetch(`${url}/wp-login.php`, { signal: AbortSignal.timeout(5000) })).ok ? true : undefined;
      } catch {
        return undefined;
      }
    });

    return {
      url,
      setup: result,
      debugLog: () => (existsSync(debugLogFile) ? readFileSync(debugLogFile, 'utf8') : ''),
      php(code) {
        const run = spawnSync('php', ['-r', `$_SERVER['HTTP_HOST'] = '127.0.0.1'; require ${JSON.stringify(join(www, 'wp-load.php'))}; ${code}`], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`php failed: ${run.stdout}\n${run.stderr}`);
        return run.stdout;
      },
      async stop() {
        listen(false);
        await stop();
      },
    };
  } catch (error) {
    listen(false);
    await stop();
    throw error;
  }
}
