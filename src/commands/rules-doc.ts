// The rules reference in Markdown (docs/rules.md), built from each rule's meta.
import { builtinRules } from '../engine/registry.js';
import type { Rule } from '../engine/rule.js';

export async function rulesReference(): Promise<string> {
  const rules = [...(await builtinRules())].sort((a, b) => a.id.localeCompare(b.id));
  const out = [
    '# Rules',
    '',
    'Generated from the rules\' own documentation (`npm run docs`); `postlint rules <id>` prints the same.',
    '',
    '| rule | default | fixable | network | what it checks |',
    '|---|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.meta.defaultSeverity} | ${r.meta.fixable ? 'yes' : 'no'} | ${r.meta.network ? 'yes' : 'no'} | ${r.meta.description.replace(/\|/g, '\\|')} |`),
  ];
  for (const r of rules) out.push('', `## ${r.id}`, '', ruleMarkdown(r));
  return `${out.join('\n')}\n`;
}

/** One rule's documentation in Markdown, without its heading (docs/rules.md; SARIF help, without the messages). */
export function ruleMarkdown(r: Rule, { messages = true } = {}): string {
  const d = r.meta.docs ?? { why: r.meta.description };
  const lines = [r.meta.description, '', `Default: **${r.meta.defaultSeverity}** · fixable: ${r.meta.fixable ? 'yes' : 'no'} · needs the network: ${r.meta.network ? 'yes' : 'no'}${r.meta.time ? ' · depends on the date' : ''}${r.meta.brandOnly ? ' · brand accounts only' : ''}`, '', d.why];
  if (d.incidents?.length) lines.push('', '**Real failures it is built to stop**', '', ...d.incidents.map((i) => `- ${i}`));
  if (d.bad) lines.push('', '**Bad**', '', '```markdown', d.bad, '```');
  if (d.good) lines.push('', '**Good**', '', '```markdown', d.good, '```');
  if (d.notes?.length) lines.push('', '**Notes**', '', ...d.notes.map((n) => `- ${n}`));
  const props = (r.meta.options as { properties?: Record<string, { description?: string; default?: unknown }> } | undefined)?.properties;
  if (props && Object.keys(props).length) {
    lines.push('', '**Options**', '');
    for (const [k, v] of Object.entries(props)) lines.push(`- \`${k}\`${v.default !== undefined ? ` (default \`${JSON.stringify(v.default)}\`)` : ''}${v.description ? `: ${v.description}` : ''}`);
  }
  const ids = Object.entries(r.meta.messages ?? {});
  if (messages && ids.length) {
    lines.push('', '<details><summary><strong>Messages</strong> (the <code>messageId</code> of each finding in JSON and SARIF)</summary>', '');
    for (const [id, t] of ids) lines.push(`- \`${id}\`: ${code(t)}`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

/** Inline code that holds any text: a fence longer than the longest run of backticks in it. */
function code(s: string): string {
  const fence = '`'.repeat(Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
