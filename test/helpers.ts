// Shared test helpers: lint a draft string with one rule and look at what it said.
import { ENGINE_ID } from '../src/engine/engine-id.js';
import { lintText } from '../src/lint.js';
import type { Message } from '../src/types.js';

export const NOW = new Date('2027-06-01T12:00:00Z');

export interface RunOpts {
  /** Inline config (same shape as .postlintrc.yaml). */
  config?: Record<string, unknown>;
  filePath?: string;
  now?: Date;
  offline?: boolean;
  fix?: boolean;
  /** Folder relative paths in the config start from. */
  cwd?: string;
}

/** A draft file's text from front matter and body. */
export function draft(front: Record<string, unknown> | string, body: string): string {
  const fm = typeof front === 'string' ? front : Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  return `---\n${fm}\n---\n${body}\n`;
}

/** Messages of `rule` only (other rules still run off: --only). `run(ENGINE_ID, ...)`: postlint's own findings, with every rule off. */
export async function run(rule: string, text: string, opts: RunOpts = {}): Promise<Message[]> {
  const engine = rule === ENGINE_ID;
  const config = { ...(opts.config ?? {}) } as Record<string, unknown>;
  const rules = { ...((config.rules as Record<string, unknown>) ?? {}) };
  if (!engine && !(rule in rules)) rules[rule] = 'error';
  config.rules = rules;
  const summary = await lintText(text, {
    config,
    filePath: opts.filePath ?? 'post.md',
    now: opts.now ?? NOW,
    offline: opts.offline,
    only: engine ? [] : [rule],
    fix: opts.fix,
    cwd: opts.cwd,
  });
  const r = summary.results[0];
  if (summary.fatal) throw new Error(`rule crashed: ${r.messages.map((m) => m.message).join('; ')}`);
  return r.messages.filter((m) => m.ruleId === rule);
}

/** The fixed text after --fix passes. */
export async function fixed(rule: string, text: string, opts: RunOpts = {}): Promise<string> {
  // The rule keeps the options the config gives it (as in `run`); other rules stay off (--only).
  const rules = { ...((opts.config?.rules as Record<string, unknown>) ?? {}) };
  if (!(rule in rules)) rules[rule] = 'error';
  const config = { ...(opts.config ?? {}), rules };
  const summary = await lintText(text, { config, filePath: opts.filePath ?? 'post.md', now: opts.now ?? NOW, offline: opts.offline, only: [rule], fix: true, cwd: opts.cwd });
  return summary.results[0].output ?? text;
}

/** The text a message points at, for exact-range assertions. */
export function slice(text: string, m: Message): string {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  if (m.line === m.endLine) return lines[m.line - 1].slice(m.column - 1, m.endColumn - 1);
  return [lines[m.line - 1].slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), lines[m.endLine - 1].slice(0, m.endColumn - 1)].join('\n');
}
