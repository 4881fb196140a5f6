// Where things are, from this file rather than from the working directory or a machine's layout:
// the repository root, and the shared material next to it (../shared: the corpus), which a clean
// checkout (CI) may not have, so tests using it skip when it is absent.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the repository root. */
export const SHARED = resolve(REPO_ROOT, '..', 'shared');

/** A folder under ../shared, or undefined when it is not there. */
export function sharedDir(...parts: string[]): string | undefined {
  const dir = join(SHARED, ...parts);
  return existsSync(dir) ? dir : undefined;
}
