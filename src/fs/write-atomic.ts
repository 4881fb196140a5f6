// The one way postlint writes a file: a crash, a full disk or a parallel run must never leave a
// half-written draft or cache behind. The temporary file sits in the target's folder because a
// rename is only atomic within one file system; it is flushed to disk before the rename, or a
// power cut could leave an empty file under the real name.
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WriteOptions {
  /** Start the file with a byte-order mark (a draft that had one keeps it); text only. */
  bom?: boolean;
  /** Permission bits; by default those of the file being replaced (an executable hook stays executable). */
  mode?: number;
}

/** Write `text` (or bytes: a binary cache file) to `path` atomically. */
export function writeAtomic(path: string, text: string | Uint8Array, opts: WriteOptions = {}): void {
  const mode = opts.mode ?? currentMode(path);
  const tmp = join(dirname(path), `.${basename(path)}.postlint-${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      // Set after opening: the mode given to open() is cut by the umask.
      if (mode !== undefined) fchmodSync(fd, mode & 0o7777);
      if (typeof text === 'string') writeFileSync(fd, (opts.bom ? '\ufeff' : '') + text, 'utf8');
      else writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function currentMode(path: string): number | undefined {
  try {
    return statSync(path).mode;
  } catch {
    return undefined;
  }
}
