// The closing "N passed, N failed, N skipped" line that CI reads: every kind of failure must
// count, or a broken suite reads as green. Runs the real vitest on test files made for it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

test('a failing test, a file that cannot load, a failing hook and an unhandled error each count as failed', () => {
  // Inside the project (a git-ignored folder) so that the files resolve 'vitest'.
  const dir = resolve('node_modules/.cache/postlint-reporter-test');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'a.test.ts': "import { expect, test } from 'vitest';\ntest('ok', () => expect(1).toBe(1));\ntest('bad', () => expect(1).toBe(2));\n",
    'b.test.ts': "import { test } from 'vitest';\nthrow new Error('this file cannot load');\ntest('never', () => {});\n",
    'c.test.ts': "import { beforeAll, describe, test } from 'vitest';\ndescribe('s', () => {\n  beforeAll(() => { throw new Error('hook fails'); });\n  test('t1', () => {});\n  test('t2', () => {});\n});\n",
    'd.test.ts': "import { test } from 'vitest';\ntest('throws later', () => { setTimeout(() => { throw new Error('late'); }, 1); });\ntest('waits', async () => { await new Promise((r) => setTimeout(r, 100)); });\n",
    'vitest.config.ts': `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['*.test.ts'], reporters: ['default', ${JSON.stringify(resolve('test/support/summary-reporter.ts'))}] } });\n`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', '--root', dir], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeout: 120_000 });
  rmSync(dir, { recursive: true, force: true });
  expect(r.status).toBe(1);
  const last = r.stdout.trim().split('\n').pop();
  expect(last).toBe('3 passed, 4 failed, 2 skipped');
}, 120_000);
