/**
 * The `repere` command. `main` takes the arguments and returns the exit code
 * (0 valid, imported or packed cleanly, 1 invalid, some rows rejected or
 * nothing to write, 2 unusable input or wrong usage), so that tests can run
 * it without a process. Each command is in `commands/`; what they say is in
 * `messages.ts`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isFeedError } from '@repere/sdk';
import { usage, type CliValues, type Command, type Io } from './commands/context.js';
import { exportCommand, mergeCommand, statsCommand, validateCommand } from './commands/feed.js';
import { importCommand } from './commands/import.js';
import { packCommand } from './commands/pack.js';
import { HELP, pickLang, type Lang } from './messages.js';
import { needsCommand } from './needs/command.js';
import { ToolError } from './notes.js';

export type { Io } from './commands/context.js';

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The command line's options, for every command. */
const OPTIONS = {
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'default-locale': { type: 'string' },
  timezone: { type: 'string' },
  title: { type: 'string' },
  base: { type: 'string' },
  since: { type: 'string' },
  header: { type: 'string', multiple: true },
  ids: { type: 'string' },
  map: { type: 'string' },
  'suggest-map': { type: 'boolean', default: false },
  // repere pack --split
  split: { type: 'string' },
  // repere needs
  port: { type: 'string' },
  host: { type: 'string' },
  out: { type: 'string' },
  feed: { type: 'string' },
  k: { type: 'string' },
  'per-minute': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Each command by name: it returns (or resolves to) its exit code. */
const COMMANDS: Readonly<Record<string, (command: Command) => number | Promise<number>>> = {
  validate: validateCommand,
  stats: statsCommand,
  import: importCommand,
  export: exportCommand,
  merge: mergeCommand,
  pack: packCommand,
  needs: ({ args, values, lang, io }) => needsCommand(args, values, lang, io),
};

/**
 * Runs the command with `argv` (without `node` and the script) and resolves
 * to the exit code.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  // The language of a message about the options themselves, before they are read.
  let lang: Lang = pickLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return usage({ io, lang }, 'bad-option', { detail: (error as Error).message.split('\n')[0]! });
  }
  const values = parsed.values as CliValues;
  if (values.lang !== undefined) {
    if (!/^(fr|en)(-|$)/i.test(values.lang)) return usage({ io, lang }, 'bad-lang', { value: values.lang });
    lang = pickLang(values.lang);
  }
  const [name, ...args] = parsed.positionals;
  if (values.help || name === undefined || name === 'help') {
    io.out(HELP[lang]);
    return name === undefined && !values.help ? 2 : 0;
  }
  const run = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!run) return usage({ io, lang }, 'unknown-command', { command: name });
  try {
    return await run({ args, values, lang, io });
  } catch (error) {
    // Unusable input: a file that cannot be read, a feed that is not one.
    if (error instanceof ToolError || isFeedError(error)) {
      io.err(error.localizedMessage(lang));
      return 2;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * Lets a reader stop early (`repere validate feed.json | head`): once the
 * pipe is closed, the command ends quietly with its exit code so far, rather
 * than dying on an unhandled EPIPE with a stack trace. For the command's
 * entry points only (here and `bin/repere.js`), not for code that imports
 * `main`.
 */
export function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

if (isEntryPoint()) {
  endQuietlyWhenOutputCloses();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
