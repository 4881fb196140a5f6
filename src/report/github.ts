// GitHub Actions workflow commands: one annotation per finding on the changed file and line.
import { shown } from './counts.js';
import type { Formatter } from './types.js';

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (summary, opts) => {
  const lines: string[] = [];
  for (const r of summary.results)
    for (const m of shown(r.messages, opts.quiet)) {
      const props = [
        `file=${escapeProperty(r.relPath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`postlint ${m.ruleId}`)}`,
      ].join(',');
      const text = [m.message, m.why, m.fixDesc ? `Fix: ${m.fixDesc} (postlint --fix).` : m.hint].filter(Boolean).join('\n');
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props}::${escapeData(text)}`);
    }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
