import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

let v: string | undefined;

export function version(): string {
  v ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return v;
}
