#!/usr/bin/env node
// npm run eval -- <folder> [--json] [--online] [--now ISO] [--only a,b] [--min-caught PCT] [--max-flagged PCT]
// Lints a labelled folder (posts with `expect:` in their front matter, beside a .postlintrc.yaml)
// and prints per rule the posts caught, missed and wrongly flagged. With --min-caught / --max-flagged
// it exits 1 when the figures miss those bounds, so a team can gate its own rule changes on them.
import { evaluate, formatEval } from '../dist/src/eval.js';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const bool = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const json = bool('--json');
const online = bool('--online');
const quietList = bool('--no-list');
const now = flag('--now');
const only = flag('--only');
const minCaught = flag('--min-caught');
const maxFlagged = flag('--max-flagged');
if (args.length !== 1 || args[0].startsWith('-')) {
  process.stderr.write('usage: npm run eval -- <labelled folder> [--json] [--online] [--now 2027-01-15T12:00:00Z] [--only rule,rule] [--min-caught 80] [--max-flagged 5] [--no-list]\n');
  process.exit(2);
}
const report = await evaluate(args[0], { offline: !online, now: now ? new Date(now) : undefined, only: only?.split(',') });
process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatEval(report, { list: !quietList }));
const caughtPct = (100 * report.caught) / Math.max(1, report.fails);
const flaggedPct = (100 * report.flagged) / Math.max(1, report.fine);
if ((minCaught && caughtPct < Number(minCaught)) || (maxFlagged && flaggedPct > Number(maxFlagged))) process.exit(1);
