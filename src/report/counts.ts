// Counting findings, in one place: the formatters' totals and the exit code must agree.
import type { LintResult, Message } from '../types.js';

export interface Counts {
  errors: number;
  warnings: number;
  fixable: number;
  fixableErrors: number;
  fixableWarnings: number;
  fatal: number;
}

const zero = (): Counts => ({ errors: 0, warnings: 0, fixable: 0, fixableErrors: 0, fixableWarnings: 0, fatal: 0 });

export function countMessages(messages: readonly Message[]): Counts {
  const c = zero();
  for (const m of messages) {
    if (m.severity === 2) c.errors++;
    else c.warnings++;
    if (m.fix) {
      c.fixable++;
      if (m.severity === 2) c.fixableErrors++;
      else c.fixableWarnings++;
    }
    if (m.fatal) c.fatal++;
  }
  return c;
}

/** Totals over every result, from all its messages (what --max-warnings gates, --quiet or not). */
export function countResults(results: readonly LintResult[]): Counts {
  const c = zero();
  for (const r of results) {
    const own = countMessages(r.messages);
    for (const k of Object.keys(c) as (keyof Counts)[]) c[k] += own[k];
  }
  return c;
}

/** The messages a report shows: with --quiet, errors only. */
export function shown(messages: readonly Message[], quiet: boolean | undefined): Message[] {
  return quiet ? messages.filter((m) => m.severity === 2) : [...messages];
}
