// Prints the plain closing line "N passed, N failed, N skipped" after vitest's own summary,
// so that CI systems that read a run's last line understand it. Every failure counts: a failing
// test, a test file that cannot load, a failing beforeAll/afterAll (vitest then skips the
// suite's tests) and an error thrown outside any test.
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

export function tally(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): { passed: number; failed: number; skipped: number } {
  let passed = 0;
  let failed = unhandled.length;
  let skipped = 0;
  for (const m of modules) {
    failed += m.errors().length;
    for (const s of m.children.allSuites()) failed += s.errors().length;
    for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failed++;
      else skipped++;
    }
  }
  return { passed, failed, skipped };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const { passed, failed, skipped } = tally(modules, unhandled);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
