/**
 * Writing a feed so that a crash, a full disk or a bad run never leaves a
 * half-written file where a widget will fetch it: the bytes go to a temporary
 * file in the same folder (so the rename stays on one file system, hence
 * atomic), are flushed to disk, then renamed over the target.
 *
 * SIGINT and SIGTERM during the write wait until it is over (renamed, or
 * removed), then end the command as they would have: no temporary file is
 * left behind. SIGKILL cannot be caught: the next write to the same target
 * removes what such a run left (`<name>.tmp-<pid>-<hex>` of a process that
 * is gone).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
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
  removeLeftovers(target);
  const temp = join(dirname(target), `${basename(target)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  listenForStop();
  writing.add(temp);
  try {
    writeNewFile(temp, data);
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file may never have been created.
    }
    throw new ToolError('write-failed', { path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  } finally {
    writing.delete(temp);
  }
}

/** Writes bytes to a new file and flushes them to disk. */
function writeNewFile(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a new folder of files atomically: they are written to a temporary
 * folder beside it, flushed, and the folder renamed into place, so that
 * `path` either does not exist or holds every file. `path` must not exist.
 */
export function writeDirAtomic(path: string, files: readonly { readonly name: string; readonly text: string }[]): void {
  const target = realTarget(path);
  removeLeftovers(target);
  const temp = join(dirname(target), `${basename(target)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  listenForStop();
  writing.add(temp);
  try {
    mkdirSync(temp, { mode: 0o755 });
    for (const file of files) writeNewFile(join(temp, file.name), file.text);
    renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw new ToolError('write-failed', { path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  } finally {
    writing.delete(temp);
  }
}

/** Temporary files and folders being written, removed by {@link onStop}. */
const writing = new Set<string>();
let listening = false;

/**
 * From the first write on, SIGINT and SIGTERM have a listener: Node then lets
 * a synchronous write finish (renamed, or removed) instead of dying in its
 * middle, and the listener, run next, removes any temporary file still
 * there and raises the signal again, so that the command ends as it would
 * have (unless the host program listens for it too).
 */
function listenForStop(): void {
  if (listening) return;
  listening = true;
  process.on('SIGINT', onStop);
  process.on('SIGTERM', onStop);
}

function onStop(signal: NodeJS.Signals): void {
  // A temporary folder too (writeDirAtomic); gone already when renamed or removed.
  for (const temp of writing) removeQuietly(temp);
  process.off('SIGINT', onStop);
  process.off('SIGTERM', onStop);
  listening = false;
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Removes a file or folder if it is there; a failure is only "not removed". */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Never created (its folder could not be), or not ours to remove.
  }
}

/** Removes the temporary files of earlier writes to `target` by processes that are gone (killed with SIGKILL, a power cut). */
function removeLeftovers(target: string): void {
  const prefix = `${basename(target)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]{12}$/.exec(name.slice(prefix.length)) : null;
    if (!match || isRunning(Number(match[1]))) continue;
    removeQuietly(join(dirname(target), name));
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
