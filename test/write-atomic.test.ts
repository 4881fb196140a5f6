// The one atomic write: the whole new text or the old file, never half; mode kept, no litter.
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeAtomic } from '../src/fs/write-atomic.js';
import { tempDir } from './support/cli.js';

describe('writeAtomic', () => {
  test("replaces the text and keeps the file's mode unless told another", () => {
    const dir = tempDir({ 'hook.sh': 'old\n' });
    const file = join(dir, 'hook.sh');
    chmodSync(file, 0o751);
    writeAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o751);
    writeAtomic(file, 'newer\n', { mode: 0o600, bom: true });
    expect(readFileSync(file, 'utf8')).toBe('\ufeffnewer\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['hook.sh']);
  });

  test('a failed write leaves what was there and no temporary file', () => {
    // A folder where the file should go: the rename fails after the temporary file is written.
    const dir = tempDir({ 'a.md': 'kept\n', 'sub/x.md': '' });
    expect(() => writeAtomic(join(dir, 'sub'), 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['x.md']);
  });
});
