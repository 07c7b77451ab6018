/**
 * What every `repere` command is run with: where it writes, the options it
 * was given, its language, and how it refuses wrong usage (exit code 2).
 */
import { message, type Lang, type MessageCode } from '../messages.js';

/** Where the command writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The options of the command line, as `parseArgs` reads them (see `OPTIONS` in cli.ts). */
export interface CliValues {
  readonly json: boolean;
  readonly lang?: string;
  readonly output?: string;
  readonly 'default-locale'?: string;
  readonly timezone?: string;
  readonly title?: string;
  readonly base?: string;
  readonly since?: string;
  readonly header?: string[];
  readonly ids?: string;
  readonly map?: string;
  readonly 'suggest-map': boolean;
  readonly split?: string;
  readonly port?: string;
  readonly host?: string;
  readonly out?: string;
  readonly feed?: string;
  readonly k?: string;
  readonly 'per-minute'?: string;
  readonly help: boolean;
}

/** A command's arguments (after its name), options, language and output. */
export interface Command {
  readonly args: readonly string[];
  readonly values: CliValues;
  readonly lang: Lang;
  readonly io: Io;
}

/** Says what is wrong with the usage, on stderr, and gives exit code 2. */
export function usage(command: Pick<Command, 'lang' | 'io'>, code: MessageCode, params: Record<string, string> = {}): 2 {
  command.io.err(message(code, params, command.lang));
  return 2;
}

/** Exit code 2 for an argument that is missing; `what` names it, in the command's language. */
export function missing(command: Pick<Command, 'lang' | 'io'>, what: MessageCode | string): 2 {
  const named = what.startsWith('what-') ? message(what as MessageCode, {}, command.lang) : what;
  return usage(command, 'missing-argument', { what: named });
}
