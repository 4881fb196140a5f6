// Temporary folders for tests, removed when the test file is done: `tempDir()` registers nothing
// per call; one afterAll (added when a test file imports this module) removes every folder it made,
// and the process's exit removes any left by a file that stopped early. Tests make temporary
// folders only through here (test/test-hygiene.test.ts checks it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made = new Set<string>();

/** Removes the folders made so far (the afterAll hook; callable directly). */
export function removeTempDirs(): void {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made.clear();
}

afterAll(removeTempDirs);
process.once('exit', removeTempDirs);

/** A new empty folder under the system temp folder, named `<prefix>XXXXXX`. */
export function makeTempDir(prefix = 'postlint-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** A temp folder holding the given files (paths relative to it). */
export function tempDir(files: Record<string, string | Buffer> = {}, prefix = 'postlint-'): string {
  const dir = makeTempDir(prefix);
  for (const [p, content] of Object.entries(files)) {
    const full = join(dir, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}
