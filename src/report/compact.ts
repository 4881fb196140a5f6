// One line per finding, `path:line:col: severity rule-id message`, for grep, editors' error
// parsers (vim's errorformat, Emacs compilation mode) and logs. Like ESLint's compact and Vale's
// line formats: nothing else is printed, so a clean run prints nothing.
import { shown } from './counts.js';
import type { Formatter } from './types.js';

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

export const compact: Formatter = (summary, opts) => {
  const lines: string[] = [];
  for (const r of summary.results)
    for (const m of shown(r.messages, opts.quiet)) lines.push(`${r.relPath}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId} ${oneLine(m.message)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
};
