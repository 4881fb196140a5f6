// JUnit XML: one test case per post, failed when the post has errors.
import { countMessages, shown } from './counts.js';
import type { Formatter } from './types.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

export const junit: Formatter = (summary, opts) => {
  const cases: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of summary.results)
    for (const p of r.posts) {
      tests++;
      const mine = shown(r.messages.filter((m) => m.post === p.index), opts.quiet);
      const errors = countMessages(mine).errors;
      const name = `${p.id}${p.account ? ` (@${p.account})` : ''}`;
      const body = mine.map((m) => `${r.relPath}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} [${m.ruleId}]${m.why ? `\n  why: ${m.why}` : ''}${m.fixDesc ? `\n  fix: ${m.fixDesc}` : ''}`).join('\n');
      if (errors) {
        failures++;
        const first = mine.find((m) => m.severity === 2)!;
        cases.push(`    <testcase classname="postlint" name="${xml(name)}" file="${xml(r.relPath)}">\n      <failure message="${xml(`${errors} error(s): ${first.message}`)}" type="${xml(first.ruleId)}">${xml(body)}</failure>\n    </testcase>`);
      } else if (mine.length) cases.push(`    <testcase classname="postlint" name="${xml(name)}" file="${xml(r.relPath)}">\n      <system-out>${xml(body)}</system-out>\n    </testcase>`);
      else cases.push(`    <testcase classname="postlint" name="${xml(name)}" file="${xml(r.relPath)}"/>`);
    }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="postlint" tests="${tests}" failures="${failures}">\n  <testsuite name="postlint" tests="${tests}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
};
