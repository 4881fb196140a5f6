// The default, for people: PASS/FAIL per post, each finding with its place, why, and the fix.
import { Chalk } from 'chalk';
import type { Message } from '../types.js';
import { countMessages, shown } from './counts.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (summary, opts) => {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const lines: string[] = [];
  let posts = 0;
  let passed = 0;
  const total = { errors: 0, warnings: 0, fixable: 0 };
  for (const r of summary.results) {
    for (const p of r.posts) {
      posts++;
      const mine = shown(r.messages.filter((m) => m.post === p.index), opts.quiet);
      const n = countMessages(mine);
      total.errors += n.errors;
      total.warnings += n.warnings;
      total.fixable += n.fixable;
      if (!n.errors) passed++;
      const who = [p.account ? `@${p.account}` : '', p.platforms.join(', ')].filter(Boolean).join(' · ');
      const head = n.errors ? c.red.bold('FAIL') : c.green.bold('PASS');
      const counts = mine.length ? c.dim(` (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')})`) : '';
      lines.push(`${head}  ${c.bold(p.id)}${who ? c.dim(`  ${who}`) : ''}${counts}`);
      for (const m of mine) lines.push(...message(m, r.relPath, c));
      const hidden = r.suppressedMessages.filter((m) => m.post === p.index);
      for (const m of hidden) lines.push(c.dim(`      ${m.ruleId} silenced: ${m.suppressions[0].justification}`));
    }
  }
  const failed = posts - passed;
  const parts = [
    `${plural(posts, 'post')}: ${c.green(`${passed} passed`)}, ${failed ? c.red(`${failed} failed`) : '0 failed'}`,
    `${total.errors ? c.red(plural(total.errors, 'error')) : '0 errors'}, ${total.warnings ? c.yellow(plural(total.warnings, 'warning')) : '0 warnings'}`,
  ];
  if (total.fixable) parts.push(`${total.fixable} fixable with --fix`);
  lines.push('', parts.join(' · '));
  return `${lines.join('\n')}\n`;
};

function message(m: Message, file: string, c: InstanceType<typeof Chalk>): string[] {
  const sev = m.severity === 2 ? c.red('error') : c.yellow('warn ');
  const out = [`  ${c.dim(`${file}:${m.line}:${m.column}`)}  ${sev}  ${m.message}  ${c.dim(m.ruleId)}`];
  if (m.why) out.push(`      ${c.dim('why:')} ${m.why}`);
  if (m.fixDesc) out.push(`      ${c.green('fix:')} ${m.fixDesc} ${c.dim('(--fix applies it)')}`);
  for (const s of m.suggestions ?? []) out.push(`      ${c.cyan('suggestion:')} ${s.desc}`);
  if (m.hint && !m.fixDesc) out.push(`      ${c.cyan('do:')} ${m.hint}`);
  return out;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
