// `postlint rules [id]`: what each rule checks, why, and what good and bad look like.
import { Chalk } from 'chalk';
import { loadConfig } from '../config/load.js';
import { loadRules } from '../engine/registry.js';
import type { Rule } from '../engine/rule.js';
import { closest } from '../text/words.js';
import { EXIT, UsageError, useColor } from './shared.js';

export async function rulesCommand(id: string | undefined, flags: { config?: string }): Promise<number> {
  const config = loadConfig({ cwd: process.cwd(), configFile: flags.config });
  const rules = [...(await loadRules(config)).values()].sort((a, b) => a.id.localeCompare(b.id));
  const c = new Chalk({ level: useColor({}, false) ? 1 : 0 });
  if (!id) {
    process.stdout.write(listRules(rules, c));
    return EXIT.ok;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = closest(id, rules.map((r) => r.id), 3);
    throw new UsageError(`unknown rule '${id}'${near ? `, did you mean '${near}'?` : ''}; 'postlint rules' lists them`);
  }
  process.stdout.write(explainRule(rule, c));
  return EXIT.ok;
}

export function listRules(rules: Rule[], c: InstanceType<typeof Chalk>): string {
  const w = Math.max(...rules.map((r) => r.id.length), 4);
  const rows = [`${c.bold('rule'.padEnd(w))}  ${c.bold('default')}  ${c.bold('fix')}  ${c.bold('net')}  ${c.bold('what it checks')}`];
  for (const r of rules) {
    const sev = r.meta.defaultSeverity.padEnd(7);
    rows.push(`${r.id.padEnd(w)}  ${r.meta.defaultSeverity === 'error' ? c.red(sev) : r.meta.defaultSeverity === 'warn' ? c.yellow(sev) : c.dim(sev)}  ${r.meta.fixable ? 'yes' : ' - '}  ${r.meta.network ? 'yes' : ' - '}  ${r.meta.description}`);
  }
  rows.push('', c.dim("fix: --fix can correct it · net: needs the network (skipped with --offline) · 'postlint rules <id>' explains one"));
  return `${rows.join('\n')}\n`;
}

/** `messages: false` leaves out the message list (SARIF help: SARIF carries the messages itself). */
export function explainRule(r: Rule, c: InstanceType<typeof Chalk>, { messages = true } = {}): string {
  const d = r.meta.docs ?? { why: r.meta.description };
  const out = [
    `${c.bold(r.id)}: ${r.meta.description}`,
    `default: ${r.meta.defaultSeverity} · fixable: ${r.meta.fixable ? 'yes' : 'no'} · needs the network: ${r.meta.network ? 'yes' : 'no'}${r.meta.time ? ' · depends on the date (--now)' : ''}${r.meta.brandOnly ? ' · brand accounts only' : ''}`,
    '',
    c.bold('Why'),
    indent(d.why),
  ];
  if (d.incidents?.length) out.push('', c.bold('Real failures it is built to stop'), ...d.incidents.map((i) => indent(`- ${i}`)));
  if (d.bad) out.push('', c.red.bold('Bad'), indent(d.bad));
  if (d.good) out.push('', c.green.bold('Good'), indent(d.good));
  if (d.notes?.length) out.push('', c.bold('Notes'), ...d.notes.map((n) => indent(`- ${n}`)));
  const props = (r.meta.options as { properties?: Record<string, { description?: string; type?: unknown; default?: unknown }> } | undefined)?.properties;
  if (props && Object.keys(props).length) {
    out.push('', c.bold('Options'), ...Object.entries(props).map(([k, v]) => indent(`${k}${v.type ? ` (${Array.isArray(v.type) ? v.type.join('|') : String(v.type)})` : ''}${v.default !== undefined ? `, default ${JSON.stringify(v.default)}` : ''}${v.description ? `: ${v.description}` : ''}`)));
    out.push(indent(c.dim(`in the config: rules: { ${r.id}: [error, { ... }] }`)));
  }
  const ids = Object.entries(r.meta.messages ?? {});
  if (messages && ids.length) out.push('', c.bold('Messages'), ...ids.map(([id, t]) => indent(`${id}: ${t}`)), indent(c.dim('messageId in --format json and SARIF; {{name}} is filled in per finding')));
  return `${out.join('\n')}\n`;
}

const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');
