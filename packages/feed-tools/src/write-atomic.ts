/**
 * Writing a feed so that a crash, a full disk or a bad run never leaves a
 * half-written file where a widget will fetch it: the bytes go to a temporary
 * file in the same folder (so the rename stays on one file system, hence
 * atomic), are flushed to disk, then renamed over the target.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ToolError } from './notes.js';

/** The real path of a file, or of its folder plus its name when it does not exist yet. */
function realTarget(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/**
 * Writes `data` to `path` atomically. Refuses (with a {@link ToolError}) when
 * `path` is one of `inputs`, compared by real path so that `./a.json`,
 * `a.json` and a symbolic link to it are all recognised. The temporary file is
 * removed when anything fails.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, inputs: readonly string[] = []): void {
  const target = realTarget(path);
  for (const input of inputs) {
    if (realTarget(input) === target) throw new ToolError('same-as-input', { path });
  }
  try {
    if (statSync(target).isDirectory()) throw new ToolError('output-is-directory', { path });
  } catch (error) {
    if (error instanceof ToolError) throw error;
  }
  const temp = join(dirname(target), `${basename(target)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing: the original error is the one worth reporting.
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file may never have been created.
    }
    throw new ToolError('write-failed', { path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
}
