// Counting findings, in one place: the formatters' totals and the exit code must agree.
import type { LintResult, Message } from '../types.js';

export interface Counts {
  errors: number;
  warnings: number;
  fixable: number;
}

export function countMessages(messages: readonly Message[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, fixable: 0 };
  for (const m of messages) {
    if (m.severity === 2) c.errors++;
    else c.warnings++;
    if (m.fix) c.fixable++;
  }
  return c;
}

/** Totals over every result, from all its messages (what --max-warnings gates, --quiet or not). */
export function countResults(results: readonly LintResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, fixable: 0 };
  for (const r of results) {
    const own = countMessages(r.messages);
    c.errors += own.errors;
    c.warnings += own.warnings;
    c.fixable += own.fixable;
  }
  return c;
}

/** The messages a report shows: with --quiet, errors only. */
export function shown(messages: readonly Message[], quiet: boolean | undefined): Message[] {
  return quiet ? messages.filter((m) => m.severity === 2) : [...messages];
}
