/**
 * The validator's problems: how each is recorded (with its English message,
 * warnings only when asked for), and how valibot's issues and a table's row
 * troubles are worded as problems.
 */
import type * as v from 'valibot';
import { problemMessageEn, type ProblemCode } from '../../messages.js';
import { jsonPathKey } from '../clean.js';
import type { FeedProblem } from '../model.js';
import type { TableIssue } from '../table.js';
import { isObject } from './values.js';

export type Params = Record<string, string | number | undefined>;

/** Which record a problem is about: its id (when it has a readable one) and its position. */
export interface RecordAt {
  readonly id?: string | undefined;
  readonly index: number;
}

/** The problems found so far, in the order they were found. */
export class Problems {
  readonly list: FeedProblem[] = [];
  constructor(private readonly warnings: boolean) {}

  /** How many problems have been recorded: a shared value is kept only when making it recorded none. */
  get count(): number {
    return this.list.length;
  }

  add(
    severity: FeedProblem['severity'],
    code: ProblemCode,
    path: string,
    action: FeedProblem['action'],
    params: Params = {},
    at: { id?: string | undefined; index?: number | undefined } = {},
  ): void {
    if (severity === 'warning' && !this.warnings) return;
    const problem: FeedProblem = {
      severity,
      code,
      path,
      action,
      params,
      message: problemMessageEn(code, params),
      ...(at.id !== undefined ? { id: at.id } : {}),
      ...(at.index !== undefined ? { index: at.index } : {}),
    };
    this.list.push(problem);
  }
}

/** A valibot issue in a line: where, what was expected, what was found. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const expected = issue.expected ? `expected ${issue.expected}` : issue.message;
  return where ? `${where}: ${expected}, received ${issue.received}` : `${expected}, received ${issue.received}`;
}

/** One row's trouble as a feed problem, named like the validator's own. */
export function tableProblem(issue: TableIssue, recordsPath: string, records: readonly unknown[], problems: Problems): void {
  const path = `${recordsPath}[${issue.row}]`;
  const record = records[issue.row];
  const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
  const at = { id, index: issue.row };
  if (issue.kind === 'not-a-list') {
    problems.add('error', 'invalid-record', path, 'skipped', { detail: 'the row is not a list' }, at);
  } else if (issue.kind === 'not-shared') {
    const value = JSON.stringify(issue.value ?? null).slice(0, 40);
    problems.add('error', 'invalid-field', `${path}${jsonPathKey(issue.column)}`, 'repaired', { field: issue.column, detail: `${value} is not a position in its shared list` }, at);
  } else {
    problems.add('error', 'extra-cells', path, 'repaired', { count: issue.count }, at);
  }
}
