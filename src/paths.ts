// Where the package's own files are, whether running from src/ (tests) or dist/ (installed).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'schema', 'postlintrc.schema.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('postlint: cannot find its package folder');
    dir = up;
  }
  root = dir;
  return root;
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
