/**
 * `repere validate`: the SDK's validator, run on a file, its problems split
 * into errors and warnings for a person (or, with `--json`, for a program).
 */
import { constants } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { formatProblem, parseFeedText, validateFeed, type Feed, type FeedProblem } from '@repere/sdk';
import type { Lang } from './messages.js';
import { ToolError } from './notes.js';

/** One problem as the report shows it. */
export interface ReportedProblem {
  readonly path: string;
  readonly id?: string;
  readonly code: string;
  readonly action: FeedProblem['action'];
  readonly message: string;
}

/** What `repere validate --json` prints. */
export interface ValidationReport {
  /** No errors (warnings allowed). */
  readonly valid: boolean;
  readonly errors: readonly ReportedProblem[];
  readonly warnings: readonly ReportedProblem[];
  readonly counts: { readonly resources: number; readonly categories: number; readonly regions: number; readonly errors: number; readonly warnings: number };
}

function report(problem: FeedProblem, lang: Lang): ReportedProblem {
  return {
    path: problem.path,
    ...(problem.id !== undefined ? { id: problem.id } : {}),
    code: problem.code,
    action: problem.action,
    message: formatProblem(problem, lang),
  };
}

/** Splits a validated feed's problems into a report, messages in `lang`. */
export function reportFeed(feed: Feed, lang: Lang = 'en'): ValidationReport {
  const errors = feed.problems.filter((p) => p.severity === 'error').map((p) => report(p, lang));
  const warnings = feed.problems.filter((p) => p.severity === 'warning').map((p) => report(p, lang));
  return {
    valid: errors.length === 0,
    errors,
    warnings,
    counts: { resources: feed.resources.length, categories: feed.categories.length, regions: feed.regions.length, errors: errors.length, warnings: warnings.length },
  };
}

/**
 * Reads and validates a feed file with the SDK's validator. Throws a
 * {@link ToolError} when the file is missing or not JSON, and the SDK's
 * `FeedError` when it is not a Repère feed at all (both mean exit code 2).
 */
export function readFeedFile(path: string): Feed {
  return readFeed(path).feed;
}

/**
 * {@link readFeedFile}, with how many records the file writes as a list
 * (`undefined` when its resources are a table): what `repere validate`
 * needs to suggest `repere pack` for a large list.
 *
 * @internal
 */
export function readFeed(path: string): { feed: Feed; listed: number | undefined } {
  const document = parseFeedText(readTextFile(path));
  const resources = (document as { resources?: unknown } | null)?.resources;
  return { feed: validateFeed(document, { warnings: true }), listed: Array.isArray(resources) ? resources.length : undefined };
}

/** From how many records a list is worth packing: below it the table saves a few kilobytes, not seconds. */
export const PACK_SUGGESTED_FROM = 5_000;

/** A UTF-8 file's text, or a {@link ToolError} that says whether it is missing or unreadable. */
export function readTextFile(path: string): string {
  return readFileBytes(path).toString('utf8');
}

/**
 * The largest input read: its text must fit in one JavaScript string
 * (about 512 MB), or Node fails with a stack trace, or aborts.
 */
export const MAX_INPUT_BYTES = constants.MAX_STRING_LENGTH;

/** A file's bytes, or a {@link ToolError} that says whether it is missing, unreadable or too large. */
export function readFileBytes(path: string): Buffer {
  try {
    const { size } = statSync(path);
    if (size > MAX_INPUT_BYTES) throw new ToolError('file-too-large', { path, size, max: MAX_INPUT_BYTES });
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ToolError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ToolError(code === 'ENOENT' ? 'file-missing' : 'file-unreadable', { path, detail: code }, { cause: error });
  }
}

/**
 * Validates a feed file and returns the report. Throws when the input is
 * unusable (see {@link readFeedFile}).
 */
export function validateFile(path: string, lang: Lang = 'en'): ValidationReport {
  return reportFeed(readFeedFile(path), lang);
}
