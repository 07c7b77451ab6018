/**
 * `repere needs collect` and `repere needs report`: the command line around
 * the collector (`collect.ts`) and the report (`aggregate.ts`, `html.ts`).
 */
import { existsSync } from 'node:fs';
import { NEEDS_LIMITS } from '@repere/sdk';
import type { Io } from '../commands/context.js';
import { message, type Lang } from '../messages.js';
import { readFeedFile } from '../validate.js';
import { writeFileAtomic } from '../write-atomic.js';
import { startCollector } from './collect.js';
import { needsFiguresOfFile } from './aggregate.js';
import { needsHtml } from './html.js';

export interface NeedsValues {
  readonly port?: string;
  readonly host?: string;
  readonly out?: string;
  readonly output?: string;
  readonly feed?: string;
  readonly k?: string;
  readonly 'per-minute'?: string;
  readonly json?: boolean;
}

/** Runs `repere needs …`; the collector resolves only when the process is stopped. */
export async function needsCommand(args: readonly string[], values: NeedsValues, lang: Lang, io: Io): Promise<number> {
  const [sub, input] = args;
  const usage = (code: Parameters<typeof message>[0], params: Record<string, string> = {}) => {
    io.err(message(code, params, lang));
    return 2;
  };
  const whole = (value: string | undefined, fallback: number): number | undefined => {
    if (value === undefined) return fallback;
    return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
  };
  if (sub === 'collect') {
    if (!values.out) return usage('missing-argument', { what: '--out NEEDS.ndjson' });
    const port = whole(values.port, 8080);
    if (port === undefined || port > 65535) return usage('needs-bad-number', { option: '--port', value: values.port ?? '' });
    const perMinute = whole(values['per-minute'], 600);
    if (!perMinute) return usage('needs-bad-number', { option: '--per-minute', value: values['per-minute'] ?? '' });
    const collector = await startCollector({ out: values.out, port, host: values.host ?? '127.0.0.1', perMinute });
    io.out(message('needs-listening', { url: collector.url, path: values.out }, lang));
    await new Promise<void>((resolve) => {
      const stop = () => void collector.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  }
  if (sub === 'report') {
    if (!input) return usage('missing-argument', { what: 'NEEDS.ndjson' });
    if (!existsSync(input)) return usage('file-missing', { path: input });
    if (!values.json && !values.output) return usage('missing-argument', { what: '-o REPORT.html' });
    const k = whole(values.k, NEEDS_LIMITS.k);
    if (!k) return usage('needs-bad-number', { option: '--k', value: values.k ?? '' });
    const feed = values.feed ? readFeedFile(values.feed) : undefined;
    const figures = await needsFiguresOfFile(input, feed, lang, k);
    if (values.output) {
      writeFileAtomic(values.output, needsHtml(figures, lang), [input, ...(values.feed ? [values.feed] : [])]);
      if (!values.json) io.out(message('needs-written', { path: values.output, batches: figures.batches, searches: figures.searches, skipped: figures.skipped }, lang));
    }
    if (values.json) io.out(JSON.stringify(figures, null, 2));
    return 0;
  }
  return usage('needs-unknown', { value: sub ?? '' });
}
